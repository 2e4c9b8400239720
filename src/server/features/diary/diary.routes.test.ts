import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  Entry,
  EntryHistory,
  EntryList,
  EntryWrite,
  Paragraph,
  ParagraphWrite,
  SearchResult,
  Theme,
  ThemeEntries,
  ThemeList,
  ThemeMonths,
  TonightEntry,
} from "../../../common/contracts/diary.js";
import type { Catalogue } from "../../../common/contracts/services.js";
import type { Site } from "../../../common/contracts/sites.js";
import type { VisitorProfile } from "../../../common/contracts/visits.js";
import { LIMITS } from "../../../common/limits.js";
import { checkCharacter } from "../../../common/visitor-code.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";
import { createOrganisation } from "../../test/factories.js";
import { lastEntrySummary } from "./diary.service.js";

let t: TestApp;
let manager: SignedIn;
let admin: SignedIn;
let workerA: SignedIn;
let workerA2: SignedIn;
let workerB: SignedIn;
let nurseB: SignedIn;
let volunteerB: SignedIn;
let outsider: SignedIn;
let siteA: Site;
let siteB: Site;
let themes: ThemeList;
let codeA: VisitorProfile;
let codeB: VisitorProfile;
let marchSession: string;
let aprilSession: string;

const UNISSUED = `ZZZZZZZ${checkCharacter("ZZZZZZZ")}`;

/** Moves the clock to an instant and keeps everyone's sign-in alive, as staff at their tablets. */
async function travel(instant: string) {
  const now = new Date(instant);
  t.clock.set(now);
  await t.database.pool.query(
    "update account_sessions set last_seen_at = $1, expires_at = $1::timestamptz + interval '12 hours' where ended_at is null",
    [now],
  );
}

async function ok<T>(
  res: { statusCode: number; body: string; json: () => unknown },
  status = 200,
): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

function problemOf(res: { statusCode: number; json: () => unknown }, status = 400) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { code: string; errors?: { path: string; code: string }[]; current?: unknown };
  return { code: body.code, fields: (body.errors ?? []).map((e) => [e.path, e.code]), current: body.current };
}

const themeId = (key: string) => {
  const found = themes.themes.find((th) => th.key === key);
  if (!found) throw new Error(`no theme ${key}`);
  return found.id;
};

const entryOf = (who: SignedIn, sessionId: string) =>
  who.request({ method: "GET", url: `/api/v1/diary/sessions/${sessionId}` });

const addParagraph = (who: SignedIn, sessionId: string, payload: object) =>
  who.request({ method: "POST", url: `/api/v1/diary/sessions/${sessionId}/paragraphs`, payload });

async function written(who: SignedIn, sessionId: string, payload: object) {
  return (await ok<ParagraphWrite>(await addParagraph(who, sessionId, payload), 201)).paragraph;
}

const editParagraph = (who: SignedIn, id: string, payload: object) =>
  who.request({ method: "PATCH", url: `/api/v1/diary/paragraphs/${id}`, payload });

const search = (who: SignedIn, payload: object, site: Site = siteA) =>
  who.request({ method: "POST", url: `/api/v1/sites/${site.id}/diary/search`, payload });

async function audited(event: string, entityId?: string) {
  const { rows } = await t.database.pool.query<{ entity_id: string; actor_account_id: string }>(
    `select entity_id, actor_account_id from audit_events where event = $1 ${entityId ? "and entity_id = $2" : ""} order by id`,
    entityId ? [event, entityId] : [event],
  );
  return rows;
}

async function paragraphCount() {
  const { rows } = await t.database.pool.query<{ n: number }>(
    "select count(*)::int as n from diary_paragraphs",
  );
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
  admin = await t.signInAs("administrator");
  const makeSite = async (name: string, slug: string) =>
    ok<Site>(await manager.request({ method: "POST", url: "/api/v1/sites", payload: { name, slug } }), 201);
  siteA = await makeSite("Mødestedet", "moedestedet");
  siteB = await makeSite("Reden", "reden");
  const post = async (site: Site, path: string, payload: object) =>
    (
      await ok<{ id: string }>(
        await manager.request({ method: "POST", url: `/api/v1/sites/${site.id}/${path}`, payload }),
        201,
      )
    ).id;
  const monday = await post(siteA, "weekly-openings", {
    weekday: 1,
    startsAt: "16:00",
    endsAt: "22:00",
    validFrom: "2010-01-01",
  });
  await post(siteA, "activities", {
    kind: "class",
    title: "Danish for beginners",
    startsAt: "17:00",
    endsAt: "18:30",
    weeklyOpeningId: monday,
  });
  await post(siteB, "weekly-openings", {
    weekday: 1,
    startsAt: "16:00",
    endsAt: "22:00",
    validFrom: "2010-01-01",
  });

  const orgA = (await createOrganisation(t.ctx, { name: "Government unit A", kind: "government" })).id;
  const orgB = (await createOrganisation(t.ctx, { name: "NGO B", kind: "ngo" })).id;
  workerA = await t.signInAs("social_worker", { organisationId: orgA, siteIds: [siteA.id] });
  workerA2 = await t.signInAs("social_worker", { organisationId: orgA, siteIds: [siteA.id] });
  workerB = await t.signInAs("social_worker", { organisationId: orgB, siteIds: [siteA.id] });
  nurseB = await t.signInAs("health_staff", { organisationId: orgB, siteIds: [siteA.id] });
  volunteerB = await t.signInAs("volunteer", { organisationId: orgB, siteIds: [siteA.id] });
  outsider = await t.signInAs("social_worker", { organisationId: orgA, siteIds: [siteB.id] });

  // Monday 1 March 2010, 17:00 in Copenhagen: the door opens, three women come, one gets supplies.
  await travel("2010-03-01T17:00:00+01:00");
  marchSession = (
    await ok<{ id: string }>(
      await workerA.request({ method: "POST", url: `/api/v1/sites/${siteA.id}/tonight/open` }),
    )
  ).id;
  codeA = await ok<VisitorProfile>(
    await workerA.request({ method: "POST", url: "/api/v1/visitor-codes", payload: { nationality: "RO" } }),
    201,
  );
  codeB = await ok<VisitorProfile>(
    await workerA.request({ method: "POST", url: "/api/v1/visitor-codes", payload: { nationality: "NG" } }),
    201,
  );
  const checkIn = async (payload: object) =>
    ok<{ id: string }>(
      await workerA.request({
        method: "POST",
        url: "/api/v1/visits",
        payload: { siteId: siteA.id, ...payload },
      }),
      201,
    );
  const first = await checkIn({ nationality: "RO", firstVisit: true, visitorCode: codeA.code });
  await checkIn({ nationality: "NG", firstVisit: false, visitorCode: codeB.code });
  await checkIn({ nationality: "RO", firstVisit: null });
  const catalogue = await ok<Catalogue>(
    await workerA.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/catalogue` }),
  );
  const item = catalogue.supplies[0];
  if (!item) throw new Error("no supply item");
  await ok(
    await manager.request({
      method: "POST",
      url: `/api/v1/sites/${siteA.id}/supplies/${item.id}/stock`,
      payload: { delta: 100, reason: "delivery" },
    }),
  );
  await ok(
    await workerA.request({
      method: "POST",
      url: `/api/v1/visits/${first.id}/supplies`,
      payload: { items: [{ itemId: item.id, quantity: 3 }] },
    }),
    201,
  );
  themes = await ok<ThemeList>(await workerA.request({ method: "GET", url: "/api/v1/diary/themes" }));
});

afterAll(async () => {
  await t?.close();
});

describe("who may use the diary", () => {
  it("requires a sign-in", async () => {
    const res = await t.app.inject({ method: "GET", url: `/api/v1/diary/sessions/${marchSession}` });
    expect(res.statusCode).toBe(401);
  });

  it("refuses administrators, who never read case content", async () => {
    expect((await entryOf(admin, marchSession)).statusCode).toBe(403);
    expect((await admin.request({ method: "GET", url: "/api/v1/diary/themes" })).statusCode).toBe(403);
  });

  it("answers a session of another site as not found, exactly like an unknown one", async () => {
    const other = await entryOf(outsider, marchSession);
    const unknown = await entryOf(outsider, "00000000-0000-4000-8000-000000000000");
    expect(other.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(other.json()).toEqual(unknown.json());
    expect(
      (await addParagraph(outsider, marchSession, { body: "Trying to write elsewhere" })).statusCode,
    ).toBe(404);
    expect((await search(outsider, { q: "anything" })).statusCode).toBe(404);
  });
});

describe("tonight's entry", () => {
  it("opens pre-filled with what Pusterum knows of the session", async () => {
    const { entry } = await ok<TonightEntry>(
      await workerA.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/diary/tonight` }),
    );
    expect(entry).not.toBeNull();
    expect(entry?.id).toBeNull();
    expect(entry?.version).toBe(0);
    expect(entry?.session).toMatchObject({
      id: marchSession,
      date: "2010-03-01",
      startsAt: "16:00",
      state: "open",
    });
    expect(entry?.facts).toMatchObject({
      visits: 3,
      firstVisits: 1,
      anonymousVisits: 1,
      distinctCodes: 2,
      nationalities: [
        { country: "RO", count: 2 },
        { country: "NG", count: 1 },
      ],
      clinicConsultations: 0,
      classes: [{ title: "Danish for beginners", startsAt: "17:00", endsAt: "18:30" }],
      limitOverrides: 0,
    });
    expect(entry?.facts.supplies).toEqual([expect.objectContaining({ quantity: 3, handouts: 1 })]);
    expect(entry?.paragraphs).toEqual([]);
    expect(entry?.can).toEqual({ write: true, history: false });
  });

  it("is empty at a site whose door has not opened", async () => {
    const res = await manager.request({ method: "GET", url: `/api/v1/sites/${siteB.id}/diary/tonight` });
    expect((await ok<TonightEntry>(res)).entry).toBeNull();
  });
});

describe("paragraphs", () => {
  it("are written by several staff at once, each with author and time, and none is lost", async () => {
    const [one, two] = await Promise.all([
      addParagraph(workerA, marchSession, { body: "Quiet start; tea and coffee for everyone." }),
      addParagraph(workerB, marchSession, { body: "Two women asked about the Danish class." }),
    ]);
    expect(one.statusCode, one.body).toBe(201);
    expect(two.statusCode, two.body).toBe(201);
    const entry = await ok<Entry>(await entryOf(workerA2, marchSession));
    expect(entry.id).not.toBeNull();
    expect(entry.paragraphs.map((p) => p.body).sort()).toEqual([
      "Quiet start; tea and coffee for everyone.",
      "Two women asked about the Danish class.",
    ]);
    for (const p of entry.paragraphs) {
      expect(p.author.displayName).toBe("Test social_worker");
      expect(p.writtenAt).toBe("2010-03-01T16:00:00.000Z");
      expect(p.can).toEqual({ edit: true, remove: true });
    }
  });

  it("sent again with the same Idempotency-Key (a lost answer, an offline draft) are written once", async () => {
    const before = await paragraphCount();
    const key = "draft-7f3c2a";
    const send = () =>
      workerA.request({
        method: "POST",
        url: `/api/v1/diary/sessions/${marchSession}/paragraphs`,
        payload: { body: "Sent from the train, saved when the signal came back." },
        headers: { "idempotency-key": key },
      });
    const [first, twin] = await Promise.all([send(), send()]);
    expect([first.statusCode, twin.statusCode].sort()).toEqual([200, 201]);
    const again = await send();
    expect(again.statusCode).toBe(200);
    const ids = [first, twin, again].map((r) => (r.json() as ParagraphWrite).paragraph.id);
    expect(new Set(ids).size).toBe(1);
    expect(await paragraphCount()).toBe(before + 1);
    // The key is the author's own: a colleague's draft with the same key is a paragraph of its own.
    const colleague = await workerB.request({
      method: "POST",
      url: `/api/v1/diary/sessions/${marchSession}/paragraphs`,
      payload: { body: "Another paragraph." },
      headers: { "idempotency-key": key },
    });
    expect(colleague.statusCode).toBe(201);
    const malformed = await workerA.request({
      method: "POST",
      url: `/api/v1/diary/sessions/${marchSession}/paragraphs`,
      payload: { body: "x" },
      headers: { "idempotency-key": "k".repeat(500) },
    });
    expect(problemOf(malformed).fields).toEqual([["Idempotency-Key", "VALIDATION_FAILED"]]);
    expect(await paragraphCount()).toBe(before + 2);
  });

  it("suggest themes from Danish and English keywords and warn about what looks like personal data, saving all the same", async () => {
    const res = await addParagraph(workerA, marchSession, {
      body: "Maria Popescu skulle til lægen i morgen; she has her passport AB1234567 with her.",
      visitorCodes: [codeA.code],
    });
    const write = await ok<ParagraphWrite>(res, 201);
    expect(write.suggestedThemeIds).toContain(themeId("health"));
    expect(write.warnings).toEqual(
      expect.arrayContaining([
        { path: "body", warning: "LOOKS_LIKE_FULL_NAME" },
        { path: "body", warning: "LOOKS_LIKE_PASSPORT_NUMBER" },
      ]),
    );
    expect(write.paragraph.visitorCodes).toEqual([codeA.code]);
    expect(write.paragraph.body).toContain("Maria Popescu");
  });

  it("refuse oversized text, unknown codes and unknown themes with a field error, saving nothing", async () => {
    const before = await paragraphCount();
    const long = await addParagraph(workerA, marchSession, {
      body: "x".repeat(LIMITS.diaryParagraphMax + 1),
    });
    expect(problemOf(long)).toMatchObject({
      code: "VALIDATION_FAILED",
      fields: [["body", "VALIDATION_FAILED"]],
    });
    const unknown = await addParagraph(workerA, marchSession, {
      body: "About her",
      visitorCodes: [UNISSUED],
    });
    expect(problemOf(unknown)).toMatchObject({
      code: "UNKNOWN_VISITOR_CODE",
      fields: [["visitorCodes.0", "UNKNOWN_VISITOR_CODE"]],
    });
    const malformed = await addParagraph(workerA, marchSession, {
      body: "About her",
      visitorCodes: [codeA.code, "K7MQ-0000"],
    });
    expect(problemOf(malformed)).toMatchObject({ fields: [["visitorCodes.1", "MALFORMED_VISITOR_CODE"]] });
    const theme = await addParagraph(workerA, marchSession, {
      body: "About the evening",
      themeIds: [themeId("health"), "00000000-0000-4000-8000-000000000000"],
    });
    expect(problemOf(theme)).toMatchObject({
      code: "UNKNOWN_THEME",
      fields: [["themeIds.1", "UNKNOWN_THEME"]],
    });
    const empty = await addParagraph(workerA, marchSession, { body: "   " });
    expect(problemOf(empty).fields).toEqual([["body", "VALIDATION_FAILED"]]);
    const extra = await addParagraph(workerA, marchSession, { body: "ok", authorId: workerB.account.id });
    expect(extra.statusCode).toBe(400);
    const role = await addParagraph(workerA, marchSession, { body: "ok", restriction: "role" });
    expect(problemOf(role).fields).toEqual([["restrictedRole", "VALIDATION_FAILED"]]);
    const adminRole = await addParagraph(workerA, marchSession, {
      body: "ok",
      restriction: "role",
      restrictedRole: "administrator",
    });
    expect(problemOf(adminRole).fields).toEqual([["restrictedRole", "VALIDATION_FAILED"]]);
    expect(await paragraphCount()).toBe(before);
  });

  it("refuse a conflicting edit of the same paragraph with the other version shown, keeping both writers' work safe", async () => {
    const p = await written(workerA, marchSession, { body: "First draft of the evening." });
    const mine = await editParagraph(workerA, p.id, { version: 1, body: "The evening, as I saw it." });
    expect((await ok<ParagraphWrite>(mine)).paragraph.version).toBe(2);
    const theirs = await editParagraph(workerB, p.id, { version: 1, body: "The evening, as she saw it." });
    const problem = problemOf(theirs, 409);
    expect(problem.code).toBe("STALE_VERSION");
    expect(problem.current).toMatchObject({ id: p.id, version: 2, body: "The evening, as I saw it." });
    const now = await ok<Entry>(await entryOf(workerA, marchSession));
    expect(now.paragraphs.find((x) => x.id === p.id)?.body).toBe("The evening, as I saw it.");
    // With the current version she saves her own.
    const again = await editParagraph(workerB, p.id, { version: 2, body: "The evening, as we both saw it." });
    expect((await ok<ParagraphWrite>(again)).paragraph).toMatchObject({
      version: 3,
      body: "The evening, as we both saw it.",
      editedBy: { accountId: workerB.account.id },
    });
  });

  it("are removed from the entry but kept in the history, which only managers read", async () => {
    const p = await written(workerA, marchSession, { body: "Written by mistake in this entry." });
    const stale = await workerA.request({
      method: "DELETE",
      url: `/api/v1/diary/paragraphs/${p.id}?version=7`,
    });
    expect(problemOf(stale, 409).code).toBe("STALE_VERSION");
    await ok(await workerA.request({ method: "DELETE", url: `/api/v1/diary/paragraphs/${p.id}?version=1` }));
    const entry = await ok<Entry>(await entryOf(workerA, marchSession));
    expect(entry.paragraphs.map((x) => x.id)).not.toContain(p.id);
    const edit = await editParagraph(workerA, p.id, { version: 2, body: "Back again?" });
    expect(problemOf(edit, 409).code).toBe("PARAGRAPH_REMOVED");
    expect(await audited("DIARY_PARAGRAPH_REMOVED", p.id)).toHaveLength(1);

    expect(
      (await workerA.request({ method: "GET", url: `/api/v1/diary/sessions/${marchSession}/history` }))
        .statusCode,
    ).toBe(403);
    const history = await ok<EntryHistory>(
      await manager.request({ method: "GET", url: `/api/v1/diary/sessions/${marchSession}/history` }),
    );
    const kept = history.paragraphs.find((x) => x.id === p.id);
    expect(kept?.removedAt).not.toBeNull();
    expect(kept?.versions.map((v) => [v.version, v.body, v.removed])).toEqual([
      [1, "Written by mistake in this entry.", false],
      [2, "Written by mistake in this entry.", true],
    ]);
    expect(await audited("DIARY_HISTORY_READ", entry.id ?? "")).toHaveLength(1);
  });

  it("keep every version of an edited paragraph for the history", async () => {
    const p = await written(workerA, marchSession, { body: "One." });
    await ok(await editParagraph(workerA, p.id, { version: 1, body: "Two." }));
    await ok(await editParagraph(workerA2, p.id, { version: 2, themeIds: [themeId("travel")] }));
    const history = await ok<EntryHistory>(
      await manager.request({ method: "GET", url: `/api/v1/diary/sessions/${marchSession}/history` }),
    );
    const versions = history.paragraphs.find((x) => x.id === p.id)?.versions ?? [];
    expect(versions.map((v) => [v.version, v.body, v.themeIds])).toEqual([
      [1, "One.", []],
      [2, "Two.", []],
      [3, "Two.", [themeId("travel")]],
    ]);
    expect(versions[2]?.editedBy.accountId).toBe(workerA2.account.id);
  });
});

describe("restricted paragraphs", () => {
  let orgParagraph: Paragraph;
  let roleParagraph: Paragraph;

  beforeAll(async () => {
    orgParagraph = await written(workerA, marchSession, {
      body: "Confidential: the shelter placement for her, kept to our organisation.",
      restriction: "organisation",
    });
    roleParagraph = await written(workerB, marchSession, {
      body: "Confidential: the nurse should ask about the bruises next time.",
      restriction: "role",
      restrictedRole: "health_staff",
    });
  });

  it("are encrypted at rest and left out of the search index", async () => {
    const { rows } = await t.database.pool.query<{ body: string | null; sealed: Buffer; search: string }>(
      "select body, body_sealed as sealed, search::text as search from diary_paragraphs where id = $1",
      [orgParagraph.id],
    );
    expect(rows[0]?.body).toBeNull();
    expect(rows[0]?.sealed.toString("utf8")).not.toContain("shelter");
    expect(rows[0]?.search).toBe("");
    const { rows: versions } = await t.database.pool.query<{ sealed: Buffer }>(
      "select body_sealed as sealed from diary_paragraph_versions where paragraph_id = $1",
      [orgParagraph.id],
    );
    expect(versions[0]?.sealed.toString("utf8")).not.toContain("shelter");
    const hits = await ok<SearchResult>(await search(workerA, { q: "shelter placement" }));
    expect(hits.items.map((h) => h.id)).not.toContain(orgParagraph.id);
  });

  it("are read by the author's organisation, each read audited", async () => {
    const before = (await audited("DIARY_PARAGRAPH_READ", orgParagraph.id)).length;
    const entry = await ok<Entry>(await entryOf(workerA2, marchSession));
    const seen = entry.paragraphs.find((p) => p.id === orgParagraph.id);
    expect(seen).toMatchObject({ readable: true, restriction: "organisation", body: orgParagraph.body });
    const reads = await audited("DIARY_PARAGRAPH_READ", orgParagraph.id);
    expect(reads).toHaveLength(before + 1);
    expect(reads.at(-1)?.actor_account_id).toBe(workerA2.account.id);
  });

  it("show others only that a restricted paragraph exists, and are not editable by them", async () => {
    const before = (await audited("DIARY_PARAGRAPH_READ", orgParagraph.id)).length;
    const entry = await ok<Entry>(await entryOf(workerB, marchSession));
    const hidden = entry.paragraphs.find((p) => p.id === orgParagraph.id);
    expect(hidden).toMatchObject({
      readable: false,
      body: null,
      themeIds: [],
      visitorCodes: [],
      restriction: "organisation",
      can: { edit: false, remove: false },
    });
    expect(hidden?.author.accountId).toBe(workerA.account.id);
    expect(JSON.stringify(entry)).not.toContain("shelter placement");
    expect(await audited("DIARY_PARAGRAPH_READ", orgParagraph.id)).toHaveLength(before);
    const edit = await editParagraph(workerB, orgParagraph.id, { version: 1, body: "Overwritten" });
    expect(edit.statusCode).toBe(404);
  });

  it("restricted to a role are read by that role in any organisation and by the author only", async () => {
    const nurse = await ok<Entry>(await entryOf(nurseB, marchSession));
    expect(nurse.paragraphs.find((p) => p.id === roleParagraph.id)).toMatchObject({
      readable: true,
      body: roleParagraph.body,
      restrictedRole: "health_staff",
    });
    const author = await ok<Entry>(await entryOf(workerB, marchSession));
    expect(author.paragraphs.find((p) => p.id === roleParagraph.id)?.readable).toBe(true);
    for (const other of [workerA, volunteerB, manager]) {
      const entry = await ok<Entry>(await entryOf(other, marchSession));
      expect(entry.paragraphs.find((p) => p.id === roleParagraph.id)).toMatchObject({
        readable: false,
        body: null,
      });
    }
    const reads = await audited("DIARY_PARAGRAPH_READ", roleParagraph.id);
    expect(reads.map((r) => r.actor_account_id)).toEqual(
      expect.arrayContaining([nurseB.account.id, workerB.account.id]),
    );
  });

  it("stay hidden from a manager outside the restriction in the history too", async () => {
    const history = await ok<EntryHistory>(
      await manager.request({ method: "GET", url: `/api/v1/diary/sessions/${marchSession}/history` }),
    );
    const kept = history.paragraphs.find((p) => p.id === roleParagraph.id);
    expect(kept?.versions[0]).toMatchObject({ readable: false, body: null, restriction: "role" });
  });

  it("can be lifted by someone who reads them: the text becomes searchable", async () => {
    const p = await written(workerA, marchSession, {
      body: "Lifted later: fundraising idea",
      restriction: "organisation",
    });
    const res = await editParagraph(workerA2, p.id, { version: 1, restriction: "none" });
    expect((await ok<ParagraphWrite>(res)).paragraph).toMatchObject({ restriction: "none", body: p.body });
    const hits = await ok<SearchResult>(await search(workerB, { q: "fundraising" }));
    expect(hits.items.map((h) => h.id)).toContain(p.id);
  });
});

describe("the entry's summary and themes", () => {
  it("are written with version 0, and a stale version answers 409 with the current entry", async () => {
    const res = await workerA.request({
      method: "PATCH",
      url: `/api/v1/diary/sessions/${marchSession}`,
      payload: {
        version: (await ok<Entry>(await entryOf(workerA, marchSession))).version,
        summary: "A calm evening with a class.",
      },
    });
    const write = await ok<EntryWrite>(res);
    expect(write.entry.summary).toBe("A calm evening with a class.");
    expect(write.suggestedThemeIds).toContain(themeId("teaching"));
    const stale = await workerB.request({
      method: "PATCH",
      url: `/api/v1/diary/sessions/${marchSession}`,
      payload: { version: write.entry.version - 1, summary: "Overwrite" },
    });
    const problem = problemOf(stale, 409);
    expect(problem.code).toBe("STALE_VERSION");
    expect(problem.current).toMatchObject({
      summary: "A calm evening with a class.",
      version: write.entry.version,
    });
    const long = await workerA.request({
      method: "PATCH",
      url: `/api/v1/diary/sessions/${marchSession}`,
      payload: { version: write.entry.version, summary: "y".repeat(LIMITS.diarySummaryMax + 1) },
    });
    expect(problemOf(long).fields).toEqual([["summary", "VALIDATION_FAILED"]]);
    const themed = await workerA.request({
      method: "PATCH",
      url: `/api/v1/diary/sessions/${marchSession}`,
      payload: { version: write.entry.version, themeIds: [themeId("women_in_general")] },
    });
    expect((await ok<EntryWrite>(themed)).entry).toMatchObject({
      themeIds: [themeId("women_in_general")],
      summary: "A calm evening with a class.",
    });
  });
});

describe("themes and keyword rules", () => {
  it("start with the eight built-in themes in Danish and English", async () => {
    expect(themes.themes.filter((th) => th.builtIn).map((th) => th.names.en)).toEqual([
      "Health",
      "New women",
      "Travel",
      "Teaching",
      "Prostitution",
      "Crisis shelter",
      "Development of the centre",
      "The women in general",
    ]);
    expect(themes.themes[0]?.names.da).toBe("Sundhed");
    expect(themes.themes[0]?.rules.some((r) => r.language === "da" && r.keyword === "læge")).toBe(true);
    expect(themes.can.manage).toBe(false);
  });

  it("are added and given keywords by managers only", async () => {
    const payload = { names: { da: "Økonomi", en: "Money" } };
    expect((await workerA.request({ method: "POST", url: "/api/v1/diary/themes", payload })).statusCode).toBe(
      403,
    );
    const theme = await ok<Theme>(
      await manager.request({ method: "POST", url: "/api/v1/diary/themes", payload }),
      201,
    );
    expect(theme).toMatchObject({ key: null, builtIn: false, archived: false, rules: [] });
    const twice = await manager.request({
      method: "POST",
      url: "/api/v1/diary/themes",
      payload: { names: { da: "økonomi", en: "Finances" } },
    });
    expect(problemOf(twice, 409).code).toBe("THEME_NAME_TAKEN");
    const rename = await manager.request({
      method: "PATCH",
      url: `/api/v1/diary/themes/${themeId("health")}`,
      payload: { names: { da: "Helbred", en: "Health" } },
    });
    expect(problemOf(rename).code).toBe("BUILT_IN_THEME");

    const withRule = await ok<Theme>(
      await manager.request({
        method: "POST",
        url: `/api/v1/diary/themes/${theme.id}/rules`,
        payload: { language: "da", keyword: "  Gæld " },
      }),
      201,
    );
    expect(withRule.rules.map((r) => [r.language, r.keyword])).toEqual([["da", "gæld"]]);
    const dup = await manager.request({
      method: "POST",
      url: `/api/v1/diary/themes/${theme.id}/rules`,
      payload: { language: "da", keyword: "GÆLD" },
    });
    expect(problemOf(dup, 409).code).toBe("KEYWORD_RULE_TAKEN");
    const tiny = await manager.request({
      method: "POST",
      url: `/api/v1/diary/themes/${theme.id}/rules`,
      payload: { language: "xx", keyword: "a" },
    });
    expect(
      problemOf(tiny)
        .fields.map((f) => f[0])
        .sort(),
    ).toEqual(["keyword", "language"]);

    const check = await ok<{ suggestedThemeIds: string[] }>(
      await workerA.request({
        method: "POST",
        url: "/api/v1/diary/text-check",
        payload: { text: "Hun har gælden til sin alfons" },
      }),
    );
    expect(check.suggestedThemeIds).toEqual([themeId("prostitution"), theme.id]);

    const ruleId = withRule.rules[0]?.id ?? "";
    const changed = await ok<Theme>(
      await manager.request({
        method: "PATCH",
        url: `/api/v1/diary/keyword-rules/${ruleId}`,
        payload: { language: "en", keyword: "debt" },
      }),
    );
    expect(changed.rules.map((r) => [r.language, r.keyword])).toEqual([["en", "debt"]]);
    const removed = await ok<Theme>(
      await manager.request({ method: "DELETE", url: `/api/v1/diary/keyword-rules/${ruleId}` }),
    );
    expect(removed.rules).toEqual([]);
    expect(await audited("DIARY_KEYWORD_RULE_REMOVED", ruleId)).toHaveLength(1);

    const archived = await ok<Theme>(
      await manager.request({
        method: "PATCH",
        url: `/api/v1/diary/themes/${theme.id}`,
        payload: { archived: true },
      }),
    );
    expect(archived.archived).toBe(true);
    const use = await addParagraph(workerA, marchSession, { body: "Money trouble", themeIds: [theme.id] });
    expect(problemOf(use).code).toBe("UNKNOWN_THEME");
  });
});

describe("the themes page", () => {
  beforeAll(async () => {
    // Monday 5 April 2010 (summer time): the next month's evening.
    await travel("2010-04-05T17:00:00+02:00");
    aprilSession = (
      await ok<{ id: string }>(
        await workerA.request({ method: "POST", url: `/api/v1/sites/${siteA.id}/tonight/open` }),
      )
    ).id;
    await written(workerA, aprilSession, { body: "Hospital visit planned.", themeIds: [themeId("health")] });
    await written(workerB, aprilSession, {
      body: "Another health matter.",
      themeIds: [themeId("health"), themeId("travel")],
    });
  });

  it("counts the entries carrying each theme per month, with the entries behind each count", async () => {
    const page = await ok<ThemeMonths>(
      await manager.request({
        method: "GET",
        url: `/api/v1/sites/${siteA.id}/diary/theme-months?from=2010-02&to=2010-04`,
      }),
    );
    expect(page.months).toEqual([
      { month: "2010-02", entries: 0 },
      { month: "2010-03", entries: 1 },
      { month: "2010-04", entries: 1 },
    ]);
    const cell = (key: string, month: string) =>
      page.cells.find((c) => c.themeId === themeId(key) && c.month === month)?.count ?? 0;
    expect(cell("health", "2010-04")).toBe(1);
    expect(cell("travel", "2010-04")).toBe(1);
    expect(cell("travel", "2010-03")).toBe(1);
    expect(cell("women_in_general", "2010-03")).toBe(1);
    expect(cell("health", "2010-02")).toBe(0);
    expect(page.totals.find((x) => x.themeId === themeId("travel"))?.count).toBe(2);

    const behind = await ok<ThemeEntries>(
      await workerA.request({
        method: "GET",
        url: `/api/v1/sites/${siteA.id}/diary/theme-months/${themeId("health")}?month=2010-04`,
      }),
    );
    expect(behind.items).toHaveLength(1);
    expect(behind.items[0]).toMatchObject({ sessionId: aprilSession, date: "2010-04-05", onEntry: false });
    expect(behind.items[0]?.paragraphs.map((p) => p.excerpt)).toEqual([
      "Hospital visit planned.",
      "Another health matter.",
    ]);
  });

  it("refuses a backward or too long range", async () => {
    const backward = await manager.request({
      method: "GET",
      url: `/api/v1/sites/${siteA.id}/diary/theme-months?from=2010-05&to=2010-04`,
    });
    expect(problemOf(backward).fields).toEqual([["to", "END_BEFORE_START"]]);
    const long = await manager.request({
      method: "GET",
      url: `/api/v1/sites/${siteA.id}/diary/theme-months?from=1990-01&to=2010-04`,
    });
    expect(problemOf(long).fields).toEqual([["to", "VALIDATION_FAILED"]]);
    const bad = await manager.request({
      method: "GET",
      url: `/api/v1/sites/${siteA.id}/diary/theme-months?from=2010-13&to=2010-14`,
    });
    expect(bad.statusCode).toBe(400);
  });

  it("lists the sessions with their entries, newest first, page by page", async () => {
    const first = await ok<EntryList>(
      await workerA.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/diary/entries?limit=1` }),
    );
    expect(first.items.map((i) => i.date)).toEqual(["2010-04-05"]);
    expect(first.items[0]).toMatchObject({ paragraphs: 2, restrictedParagraphs: 0 });
    expect(first.nextCursor).not.toBeNull();
    const second = await ok<EntryList>(
      await workerA.request({
        method: "GET",
        url: `/api/v1/sites/${siteA.id}/diary/entries?limit=1&cursor=${encodeURIComponent(first.nextCursor ?? "")}`,
      }),
    );
    expect(second.items.map((i) => i.date)).toEqual(["2010-03-01"]);
    expect(second.items[0]?.restrictedParagraphs).toBeGreaterThan(0);
    expect(second.items[0]?.summary).toBe("A calm evening with a class.");
    const bad = await workerA.request({
      method: "GET",
      url: `/api/v1/sites/${siteA.id}/diary/entries?cursor=nope`,
    });
    expect(problemOf(bad).fields).toEqual([["cursor", "VALIDATION_FAILED"]]);
  });
});

describe("search", () => {
  beforeAll(async () => {
    await written(workerA, aprilSession, {
      body: "Kvinderne talte om deres rejser hjem til Rumænien.",
      visitorCodes: [codeB.code],
    });
    await written(workerB, aprilSession, { body: "The doctors at the clinic were very busy tonight." });
    const now = t.clock.now();
    await t.database.pool.query(
      `insert into follow_ups (site_id, title, body, due_on, visitor_code_id, created_by, created_at, updated_at)
       values ($1, 'Ring til krisecentret', 'Spørg kvinden om en plads', '2010-04-08', $2, $3, $4, $4)`,
      [siteA.id, codeA.id, workerA.account.id, now],
    );
    await t.database.pool.query(
      `insert into messages (site_id, author_id, audience, recipient_id, body, created_at) values
        ($1, $2, 'all', null, 'Remember: the doctor comes earlier on Thursday', $4),
        ($1, $2, 'person', $3, 'Private: the doctor asked about your shift', $4),
        ($1, $2, 'managers', null, 'Managers only: doctor budget', $4)`,
      [siteA.id, workerA.account.id, workerA2.account.id, now],
    );
  });

  it("finds Danish words in other forms", async () => {
    const hits = await ok<SearchResult>(await search(workerA, { q: "kvinde rejse" }));
    expect(hits.items[0]).toMatchObject({ kind: "paragraph", sessionId: aprilSession, date: "2010-04-05" });
    expect(hits.items[0]?.snippet).toContain("«");
    expect(hits.items[0]?.visitorCodes).toEqual([codeB.code]);
  });

  it("finds English words in other forms, over paragraphs and the messages she may read", async () => {
    const hits = await ok<SearchResult>(await search(workerB, { q: "doctor" }));
    const kinds = hits.items.map((h) => [h.kind, h.snippet.replace(/[«»]/g, "")]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ["paragraph", expect.stringContaining("doctors at the clinic")],
        ["message", expect.stringContaining("doctor comes earlier")],
      ]),
    );
    expect(JSON.stringify(hits)).not.toContain("Private");
    expect(JSON.stringify(hits)).not.toContain("Managers only");
    const recipient = await ok<SearchResult>(await search(workerA2, { q: "doctor", kinds: ["message"] }));
    expect(recipient.items.map((h) => h.snippet).join()).toContain("your shift");
    const boss = await ok<SearchResult>(await search(manager, { q: "doctor", kinds: ["message"] }));
    expect(boss.items.map((h) => h.snippet).join()).toContain("budget");
  });

  it("finds follow-ups and filters by code, author, theme and date", async () => {
    const byCode = await ok<SearchResult>(await search(workerA, { visitorCode: codeA.code }));
    expect(byCode.items.map((h) => h.kind).sort()).toEqual(["follow_up", "paragraph"]);
    expect(byCode.items.find((h) => h.kind === "follow_up")).toMatchObject({
      title: "Ring til krisecentret",
      visitorCodes: [codeA.code],
    });
    const women = await ok<SearchResult>(await search(workerA, { q: "kvinder" }));
    expect(women.items.map((h) => h.kind).sort()).toEqual(["follow_up", "paragraph"]);

    const byAuthor = await ok<SearchResult>(
      await search(workerA, { authorId: workerB.account.id, kinds: ["paragraph"], limit: 50 }),
    );
    expect(byAuthor.items.length).toBeGreaterThan(0);
    expect(byAuthor.items.every((h) => h.author?.accountId === workerB.account.id)).toBe(true);

    const byTheme = await ok<SearchResult>(
      await search(workerA, { themeId: themeId("travel"), kinds: ["paragraph"] }),
    );
    expect(byTheme.items.map((h) => h.snippet)).toEqual(
      expect.arrayContaining(["Another health matter.", "Two."]),
    );

    const april = await ok<SearchResult>(
      await search(workerA, { from: "2010-04-01", to: "2010-04-30", kinds: ["paragraph"], limit: 50 }),
    );
    expect(april.items.length).toBe(4);
    expect(april.items.every((h) => h.date === "2010-04-05")).toBe(true);
  });

  it("pages through the results", async () => {
    const first = await ok<SearchResult>(await search(workerA, { kinds: ["paragraph"], limit: 2 }));
    expect(first.items).toHaveLength(2);
    expect(first.nextOffset).toBe(2);
    const second = await ok<SearchResult>(
      await search(workerA, { kinds: ["paragraph"], limit: 2, offset: 2 }),
    );
    expect(second.items.map((h) => h.id)).not.toContain(first.items[0]?.id);
  });

  it("refuses bad filters clearly", async () => {
    expect(problemOf(await search(workerA, { visitorCode: UNISSUED })).fields).toEqual([
      ["visitorCode", "UNKNOWN_VISITOR_CODE"],
    ]);
    expect(
      problemOf(await search(workerA, { themeId: "00000000-0000-4000-8000-000000000000" })).fields,
    ).toEqual([["themeId", "UNKNOWN_THEME"]]);
    expect(problemOf(await search(workerA, { from: "2010-05-01", to: "2010-04-01" })).fields).toEqual([
      ["to", "END_BEFORE_START"],
    ]);
    expect((await search(workerA, { q: "x".repeat(LIMITS.diarySearchQueryMax + 1) })).statusCode).toBe(400);
    expect((await search(workerA, { kinds: ["visits"] })).statusCode).toBe(400);
  });

  it("copes with words that are no query at all", async () => {
    const res = await ok<SearchResult>(await search(workerA, { q: "& | ! ( -" }));
    expect(res.items).toEqual([]);
  });
});

describe("the handover's summary", () => {
  it("gives the last entry before a date, restricted paragraphs only counted", async () => {
    expect(await lastEntrySummary(t.ctx.db, siteA.id, "2010-03-01")).toBeNull();
    const march = await lastEntrySummary(t.ctx.db, siteA.id, "2010-03-02");
    expect(march).toMatchObject({
      date: "2010-03-01",
      startsAt: "16:00",
      headcount: 3,
      summary: "A calm evening with a class.",
    });
    expect(march?.restrictedParagraphCount).toBeGreaterThanOrEqual(2);
    expect(march?.authors).toEqual(["Test social_worker"]);
    const april = await lastEntrySummary(t.ctx.db, siteA.id, "2010-04-06");
    expect(april?.date).toBe("2010-04-05");
    expect(april?.summary).toContain("Hospital visit planned.");
    expect(april?.summary).not.toContain("Confidential");
  });
});
