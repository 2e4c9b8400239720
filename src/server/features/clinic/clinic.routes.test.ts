import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  ClinicRecord,
  ClinicStatistics,
  ClinicTest,
  Consultation,
  Cost,
  Medicine,
  Referral,
  TestBoard,
  Turnaround,
} from "../../../common/contracts/clinic.js";
import type { Site } from "../../../common/contracts/sites.js";
import type { Tonight, Visit, VisitorProfile } from "../../../common/contracts/visits.js";
import { buildTestApp, type SignedIn, type TestApp, totpCode } from "../../test/build-test-app.js";
import { consultationCountOfSession, seenTonight } from "./clinic.service.js";

let t: TestApp;
let manager: SignedIn;
let admin: SignedIn;
let nurse: SignedIn;
let nurseB: SignedIn;
let worker: SignedIn;
let volunteer: SignedIn;
let siteA: Site;
let siteB: Site;

/** Moves the clock to a local time in Copenhagen (winter time, March 2010) and keeps sign-ins alive. */
async function travel(local: string) {
  const now = new Date(`${local}+01:00`);
  t.clock.set(now);
  await t.database.pool.query(
    "update account_sessions set last_seen_at = $1, expires_at = $1::timestamptz + interval '12 hours' where ended_at is null",
    [now],
  );
}

async function ok<T>(res: { statusCode: number; body: string; json: () => unknown }, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

function problemOf(res: { statusCode: number; json: () => unknown }, status: number) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { code: string; errors?: { path: string; code: string }[] };
  return { code: body.code, fields: (body.errors ?? []).map((e) => [e.path, e.code]) };
}

async function audited(event: string, entityId?: string) {
  const { rows } = await t.database.pool.query<{
    entity_id: string;
    entity_type: string;
    actor_account_id: string;
  }>(
    `select entity_id, entity_type, actor_account_id from audit_events where event = $1 ${entityId ? "and entity_id = $2" : ""} order by id`,
    entityId ? [event, entityId] : [event],
  );
  return rows;
}

async function count(table: string) {
  const { rows } = await t.database.pool.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return rows[0]?.n ?? 0;
}

const issue = async (nationality = "RO") =>
  ok<VisitorProfile>(
    await volunteer.request({ method: "POST", url: "/api/v1/visitor-codes", payload: { nationality } }),
    201,
  );

const checkIn = async (visitorCode?: string, nationality = "RO") =>
  ok<Visit>(
    await volunteer.request({
      method: "POST",
      url: "/api/v1/visits",
      payload: { siteId: siteA.id, nationality, firstVisit: false, ...(visitorCode ? { visitorCode } : {}) },
    }),
    201,
  );

const record = (who: SignedIn, payload: object) =>
  who.request({ method: "POST", url: "/api/v1/clinic/consultations", payload });

async function recorded(payload: object) {
  return ok<Consultation>(
    await record(nurse, {
      siteId: siteA.id,
      clinicKind: "clinic_gynaecology",
      reason: "Check-up",
      ...payload,
    }),
    201,
  );
}

const move = (who: SignedIn, testId: string, payload: object) =>
  who.request({ method: "POST", url: `/api/v1/clinic/tests/${testId}/transitions`, payload });

async function board(): Promise<Tonight> {
  return ok<Tonight>(await volunteer.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/tonight` }));
}

async function medicine(payload: object = {}) {
  return ok<Medicine>(
    await nurse.request({
      method: "POST",
      url: "/api/v1/clinic/medicines",
      payload: {
        siteId: siteA.id,
        name: `Med ${Math.random().toString(36).slice(2, 8)}`,
        unit: "tablet",
        stock: 10,
        ...payload,
      },
    }),
    201,
  );
}

beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
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
  for (const [site, weekday] of [
    [siteA, 1],
    [siteA, 3],
    [siteB, 1],
  ] as const) {
    const opening = await post(site, "weekly-openings", {
      weekday,
      startsAt: "16:00",
      endsAt: "22:00",
      validFrom: "2010-01-01",
    });
    await post(site, "activities", {
      kind: "clinic_gynaecology",
      startsAt: "16:30",
      endsAt: "19:30",
      weeklyOpeningId: opening,
    });
  }
  admin = await t.signInAs("administrator");
  nurse = await t.signInAs("health_staff", { siteIds: [siteA.id] });
  nurseB = await t.signInAs("health_staff", { siteIds: [siteB.id] });
  worker = await t.signInAs("social_worker", { siteIds: [siteA.id] });
  volunteer = await t.signInAs("volunteer", { siteIds: [siteA.id] });
  await travel("2010-03-01T17:00");
});
afterAll(() => t.close());

describe("medical confidentiality", () => {
  it("answers 401 without sign-in and 403 to every non-health role, and audits each refusal", async () => {
    const consultation = await recorded({});
    const teacher = await t.signInAs("teacher", { siteIds: [siteA.id] });
    const identification = await t.signInAs("identification_staff", { siteIds: [siteA.id] });
    const lawyer = await t.signInAs("lawyer", { siteIds: [siteA.id] });
    const routes = [
      { method: "GET", url: `/api/v1/clinic/consultations/${consultation.id}` },
      { method: "GET", url: `/api/v1/clinic/consultations?siteId=${siteA.id}` },
      {
        method: "POST",
        url: "/api/v1/clinic/consultations",
        payload: { siteId: siteA.id, clinicKind: "clinic_gynaecology", reason: "x" },
      },
      { method: "POST", url: "/api/v1/clinic/records/lookup", payload: { code: "K7MQ-4XPR" } },
      { method: "GET", url: `/api/v1/clinic/tests?siteId=${siteA.id}` },
      { method: "GET", url: `/api/v1/clinic/medicines?siteId=${siteA.id}` },
      { method: "GET", url: `/api/v1/clinic/costs?siteId=${siteA.id}&from=2010-03-01&to=2010-03-31` },
    ] as const;
    for (const who of [worker, volunteer, teacher, identification, lawyer, manager, admin]) {
      for (const route of routes) {
        const before = (await audited("PERMISSION_REFUSED")).filter(
          (r) => r.actor_account_id === who.account.id,
        );
        const res = await who.request(route);
        expect([who.me.role, route.url, res.statusCode]).toEqual([who.me.role, route.url, 403]);
        expect(res.body).not.toContain("Check-up");
        const after = (await audited("PERMISSION_REFUSED")).filter(
          (r) => r.actor_account_id === who.account.id,
        );
        expect(after.length, `${who.me.role} ${route.url} audited`).toBe(before.length + 1);
        expect(after.at(-1)?.entity_type).toBe("route");
      }
    }
    for (const route of routes) expect((await t.app.inject(route)).statusCode).toBe(401);
  });

  it("lets managers read the statistics but not a single record; social workers neither", async () => {
    const q = `siteId=${siteA.id}&from=2010-03-01&to=2010-03-31`;
    await ok(await manager.request({ method: "GET", url: `/api/v1/clinic/statistics?${q}` }));
    await ok(await manager.request({ method: "GET", url: `/api/v1/clinic/turnaround?${q}` }));
    expect((await worker.request({ method: "GET", url: `/api/v1/clinic/statistics?${q}` })).statusCode).toBe(
      403,
    );
    expect((await worker.request({ method: "GET", url: `/api/v1/clinic/turnaround?${q}` })).statusCode).toBe(
      403,
    );
  });

  it("encrypts clinical text at rest: the columns hold no plaintext", async () => {
    const consultation = await recorded({
      reason: "Lower abdominal pain PLAINTEXT-REASON",
      notes: "Discharge PLAINTEXT-NOTES",
      diagnoses: [{ text: "Vaginitis PLAINTEXT-DIAGNOSIS", icd10: "N76.0" }],
      tests: [{ testType: "other", otherName: "Herpes PLAINTEXT-TEST" }],
      referrals: [{ kind: "hospital", place: "Rigshospitalet PLAINTEXT-PLACE", note: "PLAINTEXT-WHY" }],
      costs: [{ kind: "treatment", amountOre: 12_500, note: "Invoice PLAINTEXT-COST" }],
    });
    expect(consultation.reason).toBe("Lower abdominal pain PLAINTEXT-REASON");
    const tables = [
      ["clinic_consultations", "reason, notes, diagnoses", "id"],
      ["clinic_tests", "other_test", "consultation_id"],
      ["clinic_referrals", "place, note", "consultation_id"],
      ["clinic_costs", "note", "consultation_id"],
    ] as const;
    for (const [table, columns, key] of tables) {
      const { rows } = await t.database.pool.query(`select ${columns} from ${table} where ${key} = $1`, [
        consultation.id,
      ]);
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) {
        for (const value of Object.values(row)) {
          expect(Buffer.isBuffer(value), `${table} holds bytes`).toBe(true);
          expect((value as Buffer).toString("latin1")).not.toContain("PLAINTEXT");
          expect((value as Buffer).toString("utf8")).not.toContain("PLAINTEXT");
        }
      }
    }
  });
});

describe("consultations", () => {
  it("records a consultation of a woman checked in at the door, in her session, and the board shows only that she was seen", async () => {
    await travel("2010-03-01T17:30");
    const code = await issue("NG");
    const visit = await checkIn(code.code, "NG");
    const other = await checkIn();
    const med = await medicine({ stock: 5 });
    const consultation = await recorded({
      visitId: visit.id,
      visitorCode: code.code.toLowerCase(),
      diagnoses: [{ text: "Vaginitis", icd10: "dn760" }, { text: "Tired" }],
      tests: [{ testType: "chlamydia" }, { testType: "hiv" }],
      dispense: [{ medicineId: med.id, quantity: 2 }],
      costs: [{ kind: "medicine", amountOre: 4_000 }],
    });
    expect(consultation).toMatchObject({
      sessionId: visit.sessionId,
      visitId: visit.id,
      visitorCode: code.code,
      nationality: "NG",
      diagnoses: [
        { text: "Vaginitis", icd10: "N76.0" },
        { text: "Tired", icd10: null },
      ],
      seenBy: { accountId: nurse.account.id },
      version: 1,
    });
    expect(consultation.tests.map((x) => [x.testType, x.state, x.nextState])).toEqual([
      ["chlamydia", "taken", "sent"],
      ["hiv", "taken", "sent"],
    ]);
    expect(consultation.dispensed).toMatchObject([{ medicineId: med.id, quantity: 2, stockLeft: 3 }]);
    expect(consultation.costs).toMatchObject([
      { kind: "medicine", amountOre: 4_000, incurredOn: "2010-03-01" },
    ]);
    expect(await audited("CONSULTATION_RECORDED", consultation.id)).toHaveLength(1);

    const tonight = await board();
    const seen = Object.fromEntries(tonight.recentVisits.map((v) => [v.id, v.seenByClinic]));
    expect([seen[visit.id], seen[other.id]]).toEqual([true, false]);
    const boardText = JSON.stringify(tonight);
    for (const secret of ["Vaginitis", "N76.0", "chlamydia", "Check-up"])
      expect(boardText).not.toContain(secret);

    // For the diary and the door, through the service.
    expect(await consultationCountOfSession(t.ctx.db, visit.sessionId)).toBeGreaterThanOrEqual(1);
    const seenSets = await seenTonight(t.ctx.db, visit.sessionId);
    expect(seenSets.visitIds.has(visit.id)).toBe(true);
    expect(seenSets.visitorCodeIds.has(code.id)).toBe(true);
  });

  it("takes her nationality from her code, and from the form only when she has none", async () => {
    const code = await issue("RO");
    // Only her code typed, no visit or ticket: her code's nationality, whatever the form says.
    expect((await recorded({ visitorCode: code.code })).nationality).toBe("RO");
    expect((await recorded({ visitorCode: code.code, nationality: "XX" })).nationality).toBe("RO");
    // A visit that did not know it does not hide what her code knows.
    const visit = await checkIn(code.code, "XX");
    expect((await recorded({ visitId: visit.id })).nationality).toBe("RO");
    // A code that knows none leaves the form's; a woman without a code is counted by the form.
    const unknown = await issue("XX");
    expect((await recorded({ visitorCode: unknown.code, nationality: "BG" })).nationality).toBe("BG");
    expect((await recorded({ nationality: "TH" })).nationality).toBe("TH");
    expect((await recorded({})).nationality).toBe("XX");
    // A bad country in the form is refused even when her code would tell it.
    const bad = await record(nurse, {
      siteId: siteA.id,
      clinicKind: "clinic_gynaecology",
      reason: "x",
      visitorCode: code.code,
      nationality: "QQ",
    });
    expect(problemOf(bad, 400).fields).toEqual([["nationality", "UNKNOWN_COUNTRY"]]);
  });

  it("audits every read, the list and her record by code", async () => {
    const code = await issue();
    const consultation = await recorded({ visitorCode: code.code, notes: "Secret notes" });
    const read = await ok<Consultation>(
      await nurse.request({ method: "GET", url: `/api/v1/clinic/consultations/${consultation.id}` }),
    );
    expect(read.notes).toBe("Secret notes");
    await nurse.request({ method: "GET", url: `/api/v1/clinic/consultations/${consultation.id}` });
    expect(await audited("CONSULTATION_READ", consultation.id)).toHaveLength(2);

    const list = await ok<{ items: { id: string }[] }>(
      await nurse.request({ method: "GET", url: `/api/v1/clinic/consultations?siteId=${siteA.id}&limit=2` }),
    );
    expect(list.items).toHaveLength(2);
    expect(JSON.stringify(list)).not.toContain("Secret notes");
    expect((await audited("CONSULTATIONS_LISTED")).length).toBeGreaterThan(0);

    const mine = await ok<ClinicRecord>(
      await nurse.request({
        method: "POST",
        url: "/api/v1/clinic/records/lookup",
        payload: { code: code.code },
      }),
    );
    expect(mine.consultations.map((c) => c.id)).toEqual([consultation.id]);
    expect(await audited("CLINIC_RECORD_READ", code.id)).toHaveLength(1);
  });

  it("refuses bad input with field errors and saves nothing", async () => {
    const before = await count("clinic_consultations");
    const med = await medicine({ stock: 1 });
    const otherSiteMed = await ok<Medicine>(
      await nurseB.request({
        method: "POST",
        url: "/api/v1/clinic/medicines",
        payload: { siteId: siteB.id, name: "Elsewhere", stock: 10 },
      }),
      201,
    );
    const base = { siteId: siteA.id, clinicKind: "clinic_gynaecology", reason: "Pain" };
    const cases: [object, number, string, string[][]][] = [
      [
        {
          diagnoses: [
            { text: "a", icd10: "N76.0" },
            { text: "b", icd10: "76" },
          ],
        },
        400,
        "INVALID_ICD10",
        [["diagnoses.1.icd10", "INVALID_ICD10"]],
      ],
      [
        { visitorCode: "K7MQ-4XPQ" },
        400,
        "MALFORMED_VISITOR_CODE",
        [["visitorCode", "MALFORMED_VISITOR_CODE"]],
      ],
      [
        { tests: [{ testType: "other" }] },
        400,
        "VALIDATION_FAILED",
        [["tests.0.otherName", "VALIDATION_FAILED"]],
      ],
      [
        { referrals: [{ kind: "dentist", place: "Tandlægen", needsAccompaniment: true }] },
        400,
        "VALIDATION_FAILED",
        [["referrals.0.appointmentOn", "VALIDATION_FAILED"]],
      ],
      [
        { dispense: [{ medicineId: otherSiteMed.id, quantity: 1 }] },
        400,
        "VALIDATION_FAILED",
        [["dispense.0.medicineId", "VALIDATION_FAILED"]],
      ],
      [
        { dispense: [{ medicineId: med.id, quantity: 2 }] },
        400,
        "OUT_OF_STOCK",
        [["dispense.0.quantity", "OUT_OF_STOCK"]],
      ],
      [{ nationality: "QQ" }, 400, "UNKNOWN_COUNTRY", [["nationality", "UNKNOWN_COUNTRY"]]],
    ];
    for (const [extra, status, code, fields] of cases) {
      const res = await record(nurse, { ...base, ...extra });
      expect(problemOf(res, status), JSON.stringify(extra)).toEqual({ code, fields });
    }
    for (const body of [
      { ...base, reason: "" },
      { ...base, reason: "x".repeat(501) },
      { ...base, clinicKind: "dentistry" },
      { ...base, seenBy: nurse.account.id },
      { ...base, costs: [{ kind: "treatment", amountOre: 0 }] },
    ]) {
      expect((await record(nurse, body)).statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect(await count("clinic_consultations")).toBe(before);
    const stock = await ok<{ medicines: Medicine[] }>(
      await nurse.request({ method: "GET", url: `/api/v1/clinic/medicines?siteId=${siteA.id}` }),
    );
    expect(stock.medicines.find((m) => m.id === med.id)?.stock, "nothing dispensed").toBe(1);
  });

  it("answers another site's consultation as not found", async () => {
    const consultation = await recorded({});
    const res = await nurseB.request({
      method: "GET",
      url: `/api/v1/clinic/consultations/${consultation.id}`,
    });
    expect(problemOf(res, 404).code).toBe("NOT_FOUND");
    expect(
      (await record(nurseB, { siteId: siteA.id, clinicKind: "clinic_gynaecology", reason: "x" })).statusCode,
    ).toBe(404);
  });

  it("refuses an edit of a stale copy with the current version, and audits that read", async () => {
    const consultation = await recorded({ notes: "first" });
    const edited = await ok<Consultation>(
      await nurse.request({
        method: "PATCH",
        url: `/api/v1/clinic/consultations/${consultation.id}`,
        payload: { version: 1, notes: "second", diagnoses: [{ text: "Candida", icd10: "b37.3" }] },
      }),
    );
    expect([edited.version, edited.notes, edited.diagnoses]).toEqual([
      2,
      "second",
      [{ text: "Candida", icd10: "B37.3" }],
    ]);
    const stale = await nurse.request({
      method: "PATCH",
      url: `/api/v1/clinic/consultations/${consultation.id}`,
      payload: { version: 1, notes: "third" },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "STALE_VERSION", current: { version: 2, notes: "second" } });
    expect(await audited("CONSULTATION_UPDATED", consultation.id)).toHaveLength(1);
    expect(await audited("CONSULTATION_READ", consultation.id)).toHaveLength(1);
  });
});

describe("tests and results", () => {
  it("moves taken → sent → result in → told, one step at a time, and the door's flag follows", async () => {
    await travel("2010-03-01T18:00");
    const code = await issue();
    const visit = await checkIn(code.code);
    const consultation = await recorded({ visitorCode: code.code, tests: [{ testType: "gonorrhoea" }] });
    const test = consultation.tests[0] as ClinicTest;
    expect(problemOf(await move(nurse, test.id, { to: "result_in", outcome: "negative" }), 409).code).toBe(
      "INVALID_TRANSITION",
    );
    expect(problemOf(await move(nurse, test.id, { to: "told" }), 409).code).toBe("INVALID_TRANSITION");
    await ok(await move(nurse, test.id, { to: "sent" }));
    expect(problemOf(await move(nurse, test.id, { to: "sent" }), 409).code).toBe("INVALID_TRANSITION");
    expect((await move(nurse, test.id, { to: "result_in" })).statusCode, "an outcome is required").toBe(400);
    const flagsOf = async () => (await board()).recentVisits.find((v) => v.id === visit.id)?.flags;
    expect(await flagsOf()).toEqual([]);

    await travel("2010-03-03T17:00");
    const result = await ok<ClinicTest>(
      await move(nurse, test.id, { to: "result_in", outcome: "positive", note: "Treat" }),
    );
    expect([result.state, result.outcome, result.resultNote, result.nextState]).toEqual([
      "result_in",
      "positive",
      "Treat",
      "told",
    ]);
    // She comes to the door on Wednesday: the door asks her to see the nurse, and knows nothing more.
    const wednesday = await checkIn(code.code);
    const door = (await board()).recentVisits.find((v) => v.id === wednesday.id);
    expect(door?.flags).toEqual(["see_nurse"]);
    expect(JSON.stringify(await board())).not.toContain("positive");
    expect(problemOf(await move(nurse, test.id, { to: "sent" }), 409).code).toBe("INVALID_TRANSITION");

    const told = await ok<ClinicTest>(await move(nurse, test.id, { to: "told" }));
    expect([told.state, told.nextState]).toEqual(["told", null]);
    expect((await board()).recentVisits.find((v) => v.id === wednesday.id)?.flags).toEqual([]);
    expect(problemOf(await move(nurse, test.id, { to: "told" }), 409).code).toBe("INVALID_TRANSITION");
    for (const event of ["CLINIC_TEST_SENT", "CLINIC_TEST_RESULT_RECORDED", "CLINIC_TEST_TOLD"]) {
      expect(await audited(event, test.id), event).toHaveLength(1);
    }
    expect(problemOf(await move(nurseB, test.id, { to: "told" }), 404).code).toBe("NOT_FOUND");
  });

  it("refuses a result for a code that was erased, with a clear message", async () => {
    await travel("2010-03-03T18:00");
    const code = await issue();
    const consultation = await recorded({ visitorCode: code.code, tests: [{ testType: "syphilis" }] });
    const test = consultation.tests[0] as ClinicTest;
    await ok(await move(nurse, test.id, { to: "sent" }));
    await ok(
      await worker.request({
        method: "POST",
        url: "/api/v1/me/step-up",
        payload: { code: await totpCode(worker.account.totpSecret ?? "", t.clock) },
      }),
    );
    await ok(await worker.request({ method: "DELETE", url: `/api/v1/visitor-codes/${code.id}` }));
    const refused = await move(nurse, test.id, { to: "result_in", outcome: "negative" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "CODE_ERASED", detail: expect.stringMatching(/erased/) });
    const after = await ok<ClinicTest>(
      await nurse.request({ method: "GET", url: `/api/v1/clinic/tests/${test.id}` }),
    );
    expect([after.state, after.codeErased, after.visitorCode]).toEqual(["sent", true, null]);
    expect(await audited("CLINIC_TEST_READ", test.id)).toHaveLength(1);
  });

  it("puts results waiting to be told first on the board, without results or notes", async () => {
    const consultation = await recorded({ tests: [{ testType: "hepatitis_b" }, { testType: "pregnancy" }] });
    const [waiting, taken] = consultation.tests as [ClinicTest, ClinicTest];
    await ok(await move(nurse, waiting.id, { to: "sent" }));
    await ok(await move(nurse, waiting.id, { to: "result_in", outcome: "negative", note: "BOARD-SECRET" }));
    const page = await ok<TestBoard>(
      await nurse.request({ method: "GET", url: `/api/v1/clinic/tests?siteId=${siteA.id}&limit=1` }),
    );
    expect(page.items[0]?.state).toBe("result_in");
    expect(page.counts.result_in).toBeGreaterThan(0);
    expect(page.nextCursor).not.toBeNull();
    const rest = await ok<TestBoard>(
      await nurse.request({
        method: "GET",
        url: `/api/v1/clinic/tests?siteId=${siteA.id}&limit=200&cursor=${page.nextCursor}`,
      }),
    );
    const all = [...page.items, ...rest.items];
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(all.map((i) => i.id)).toContain(taken.id);
    const ranks = all.map((i) => ["result_in", "sent", "taken", "told"].indexOf(i.state));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(JSON.stringify(all)).not.toContain("BOARD-SECRET");
    expect(JSON.stringify(all)).not.toContain("negative");
  });
});

describe("referrals and accompaniment", () => {
  it("gives the social workers a task with date, place and language, and no medical detail", async () => {
    const code = await issue();
    const consultation = await recorded({
      visitorCode: code.code,
      referrals: [
        {
          kind: "abortion_clinic",
          place: "Hvidovre Hospital, entrance 3",
          note: "Week 9, wants termination",
          appointmentOn: "2010-03-10",
          appointmentTime: "09:30",
          needsAccompaniment: true,
          languageNeeded: "ro",
        },
      ],
    });
    const referral = consultation.referrals[0] as Referral;
    expect(referral).toMatchObject({
      kind: "abortion_clinic",
      appointmentAt: "2010-03-10T08:30:00.000Z",
      needsAccompaniment: true,
      accompaniment: { status: "open", outcome: null },
    });
    const { rows } = await t.database.pool.query("select * from follow_ups where source_referral_id = $1", [
      referral.id,
    ]);
    expect(rows).toHaveLength(1);
    const task = JSON.stringify(rows[0]);
    expect(task).toContain("Hvidovre Hospital, entrance 3");
    for (const medical of ["abortion", "termination", "Week 9", "Check-up"])
      expect(task).not.toContain(medical);

    const added = await ok<Referral>(
      await nurse.request({
        method: "POST",
        url: `/api/v1/clinic/consultations/${consultation.id}/referrals`,
        payload: { kind: "dentist", place: "Tandlægeskolen" },
      }),
      201,
    );
    expect([added.needsAccompaniment, added.accompaniment]).toEqual([false, null]);
    const list = await ok<{ items: { id: string; accompaniment: unknown }[] }>(
      await nurse.request({
        method: "GET",
        url: `/api/v1/clinic/referrals?siteId=${siteA.id}&needsAccompaniment=true`,
      }),
    );
    expect(list.items.map((i) => i.id)).toContain(referral.id);
    expect(list.items.map((i) => i.id)).not.toContain(added.id);
  });
});

describe("medicine", () => {
  it("never lets the stock go below zero, even with parallel dispensing", async () => {
    const med = await medicine({ stock: 10 });
    const consultations = await Promise.all(Array.from({ length: 3 }, () => recorded({})));
    const attempts = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        nurse.request({
          method: "POST",
          url: `/api/v1/clinic/consultations/${consultations[i % 3]?.id}/dispensings`,
          payload: { medicineId: med.id, quantity: 1 },
        }),
      ),
    );
    const codes = attempts.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(10);
    expect(codes.filter((c) => c === 400)).toHaveLength(6);
    for (const a of attempts.filter((x) => x.statusCode === 400)) expect(a.json().code).toBe("OUT_OF_STOCK");
    const { rows } = await t.database.pool.query("select stock from clinic_medicines where id = $1", [
      med.id,
    ]);
    expect(rows[0].stock).toBe(0);
    const dispensed = await t.database.pool.query(
      "select sum(quantity)::int as n from clinic_medicine_dispensings where medicine_id = $1",
      [med.id],
    );
    expect(dispensed.rows[0].n).toBe(10);
  });

  it("keeps a stock list: deliveries, counts that cannot go negative, unique names, hiding", async () => {
    const med = await medicine({ name: "Azithromycin 500 mg", stock: 4, lowStockAt: 5 });
    expect(med.lowStock).toBe(true);
    const adjust = (delta: number) =>
      nurse.request({
        method: "POST",
        url: `/api/v1/clinic/medicines/${med.id}/adjustments`,
        payload: { delta, reason: "count" },
      });
    expect((await ok<Medicine>(await adjust(20))).stock).toBe(24);
    expect(problemOf(await adjust(-25), 400)).toEqual({
      code: "OUT_OF_STOCK",
      fields: [["delta", "OUT_OF_STOCK"]],
    });
    expect((await adjust(0)).statusCode).toBe(400);
    const twin = await nurse.request({
      method: "POST",
      url: "/api/v1/clinic/medicines",
      payload: { siteId: siteA.id, name: "azithromycin 500 MG" },
    });
    expect(problemOf(twin, 409)).toEqual({
      code: "MEDICINE_NAME_TAKEN",
      fields: [["name", "MEDICINE_NAME_TAKEN"]],
    });
    await ok(
      await nurse.request({
        method: "PATCH",
        url: `/api/v1/clinic/medicines/${med.id}`,
        payload: { active: false },
      }),
    );
    const list = await ok<{ medicines: Medicine[] }>(
      await nurse.request({ method: "GET", url: `/api/v1/clinic/medicines?siteId=${siteA.id}` }),
    );
    expect(list.medicines.map((m) => m.id)).not.toContain(med.id);
    const all = await ok<{ medicines: Medicine[] }>(
      await nurse.request({
        method: "GET",
        url: `/api/v1/clinic/medicines?siteId=${siteA.id}&includeInactive=true`,
      }),
    );
    expect(all.medicines.map((m) => m.id)).toContain(med.id);
    expect(await audited("MEDICINE_STOCK_ADJUSTED", med.id)).toHaveLength(1);
    expect(
      (
        await nurseB.request({
          method: "POST",
          url: `/api/v1/clinic/medicines/${med.id}/adjustments`,
          payload: { delta: 1 },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe("costs", () => {
  it("records what the centre pays in øre and lists a period with its total", async () => {
    const consultation = await recorded({});
    const cost = await ok<Cost>(
      await nurse.request({
        method: "POST",
        url: "/api/v1/clinic/costs",
        payload: {
          siteId: siteA.id,
          consultationId: consultation.id,
          kind: "abortion",
          amountOre: 350_000,
          incurredOn: "2010-03-05",
          note: "Invoice 17",
        },
      }),
      201,
    );
    expect(cost).toMatchObject({
      kind: "abortion",
      amountOre: 350_000,
      incurredOn: "2010-03-05",
      note: "Invoice 17",
    });
    const list = await ok<{ items: Cost[]; totalOre: number }>(
      await nurse.request({
        method: "GET",
        url: `/api/v1/clinic/costs?siteId=${siteA.id}&from=2010-03-05&to=2010-03-05`,
      }),
    );
    expect([list.items.map((c) => c.id), list.totalOre]).toEqual([[cost.id], 350_000]);
    const elsewhere = await nurseB.request({
      method: "POST",
      url: "/api/v1/clinic/costs",
      payload: { siteId: siteB.id, consultationId: consultation.id, kind: "treatment", amountOre: 100 },
    });
    expect(problemOf(elsewhere, 404)).toEqual({
      code: "NOT_FOUND",
      fields: [["consultationId", "NOT_FOUND"]],
    });
    const backwards = await nurse.request({
      method: "GET",
      url: `/api/v1/clinic/costs?siteId=${siteA.id}&from=2010-03-05&to=2010-03-01`,
    });
    expect(problemOf(backwards, 400).code).toBe("END_BEFORE_START");
  });
});

describe("statistics", () => {
  it("counts consultations, tests, turnaround, costs and queue figures, and suppresses small health counts", async () => {
    // A fresh site keeps the figures exact.
    const site = await ok<Site>(
      await manager.request({
        method: "POST",
        url: "/api/v1/sites",
        payload: { name: "Stats", slug: "stats" },
      }),
      201,
    );
    const opening = (
      await ok<{ id: string }>(
        await manager.request({
          method: "POST",
          url: `/api/v1/sites/${site.id}/weekly-openings`,
          payload: { weekday: 1, startsAt: "16:00", endsAt: "22:00", validFrom: "2010-01-01" },
        }),
        201,
      )
    ).id;
    await ok(
      await manager.request({
        method: "POST",
        url: `/api/v1/sites/${site.id}/activities`,
        payload: { kind: "clinic_gynaecology", startsAt: "16:30", endsAt: "19:30", weeklyOpeningId: opening },
      }),
      201,
    );
    const statsNurse = await t.signInAs("health_staff", { siteIds: [site.id] });
    const statsDoor = await t.signInAs("volunteer", { siteIds: [site.id] });
    await travel("2010-03-08T17:00");
    const door = await ok<{ id: string }>(
      await statsDoor.request({ method: "POST", url: `/api/v1/sites/${site.id}/tonight/open` }),
    );
    const consult = (nationality: string, extra: object = {}) =>
      statsNurse.request({
        method: "POST",
        url: "/api/v1/clinic/consultations",
        payload: { siteId: site.id, clinicKind: "clinic_gynaecology", reason: "x", nationality, ...extra },
      });
    // RO 11, BG 10, NG 1: NG is hidden, and BG with it (else NG = total − the rest).
    const tests = Array.from({ length: 20 }, () => ({ testType: "chlamydia" }));
    const first = await ok<Consultation>(await consult("RO", { tests }), 201);
    for (let i = 0; i < 10; i++) await ok(await consult("RO"), 201);
    for (let i = 0; i < 10; i++) await ok(await consult("BG"), 201);
    const withHiv = await ok<Consultation>(await consult("NG", { tests: [{ testType: "hiv" }] }), 201);
    expect(first.sessionId).toBe(door.id);
    await ok(
      await statsNurse.request({
        method: "POST",
        url: "/api/v1/clinic/costs",
        payload: { siteId: site.id, kind: "treatment", amountOre: 10_050, incurredOn: "2010-03-08" },
      }),
      201,
    );
    // The queue's figures: two turned away, one no-show (written as the queue writes them).
    for (const [n, status] of [
      [1, "turned_away"],
      [2, "turned_away"],
      [3, "no_show"],
    ] as const) {
      await t.database.pool.query(
        "insert into clinic_tickets (site_id, session_id, number, clinic_kind, source, status, taken_at) values ($1, $2, $3, 'clinic_gynaecology', 'door', $4, now())",
        [site.id, door.id, n, status],
      );
    }
    // Turnaround: sent after 1 hour, result after 49 hours, told a day later. 12 positives of 20.
    const chlamydia = first.tests;
    await travel("2010-03-08T18:00");
    for (const x of chlamydia)
      await ok(
        await statsNurse.request({
          method: "POST",
          url: `/api/v1/clinic/tests/${x.id}/transitions`,
          payload: { to: "sent" },
        }),
      );
    await travel("2010-03-10T18:00");
    for (const [i, x] of chlamydia.entries()) {
      await ok(
        await statsNurse.request({
          method: "POST",
          url: `/api/v1/clinic/tests/${x.id}/transitions`,
          payload: { to: "result_in", outcome: i < 12 ? "positive" : "negative" },
        }),
      );
    }
    await travel("2010-03-11T18:00");
    for (const x of chlamydia.slice(0, 10))
      await ok(
        await statsNurse.request({
          method: "POST",
          url: `/api/v1/clinic/tests/${x.id}/transitions`,
          payload: { to: "told" },
        }),
      );
    // The one HIV test: sent and positive, a small count that must not show.
    const hiv = withHiv.tests[0] as ClinicTest;
    await ok(
      await statsNurse.request({
        method: "POST",
        url: `/api/v1/clinic/tests/${hiv.id}/transitions`,
        payload: { to: "sent" },
      }),
    );
    await ok(
      await statsNurse.request({
        method: "POST",
        url: `/api/v1/clinic/tests/${hiv.id}/transitions`,
        payload: { to: "result_in", outcome: "positive" },
      }),
    );

    const q = `siteId=${site.id}&from=2010-03-01&to=2010-03-31`;
    const stats = await ok<ClinicStatistics>(
      await manager.request({ method: "GET", url: `/api/v1/clinic/statistics?${q}` }),
    );
    expect(stats.totals).toEqual({
      sessions: 1,
      consultations: 22,
      clinicHours: 3,
      consultationsPerHour: 7.33,
      turnedAway: 2,
      noShows: 1,
      tests: 21,
      costsOre: 10_050,
    });
    expect(stats.sessions).toEqual([
      {
        sessionId: door.id,
        date: "2010-03-08",
        clinicHours: 3,
        consultations: 22,
        turnedAway: 2,
        noShows: 1,
      },
    ]);
    const byType = Object.fromEntries(stats.tests.map((x) => [x.testType, x]));
    expect(byType.chlamydia).toEqual({
      testType: "chlamydia",
      taken: 20,
      withResult: 20,
      positives: 12,
      positiveRate: 0.6,
      suppressed: false,
    });
    expect(byType.hiv).toEqual({
      testType: "hiv",
      taken: 1,
      withResult: 1,
      positives: null,
      positiveRate: null,
      suppressed: true,
    });
    expect(stats.byNationality).toEqual([
      { nationality: "RO", consultations: 11, suppressed: false },
      { nationality: "BG", consultations: null, suppressed: true },
      { nationality: "NG", consultations: null, suppressed: true },
    ]);
    expect(stats.turnaround.find((x) => x.testType === "chlamydia")).toEqual({
      testType: "chlamydia",
      taken: 20,
      medianHoursTakenToResult: 49,
      medianHoursResultToTold: 24,
      medianHoursTakenToTold: 73,
      waitingForResult: 0,
      waitingToBeTold: 10,
    });
    expect(stats.costs).toEqual([{ month: "2010-03", kind: "treatment", amountOre: 10_050, count: 1 }]);
    const turnaround = await ok<Turnaround>(
      await statsNurse.request({ method: "GET", url: `/api/v1/clinic/turnaround?${q}` }),
    );
    expect(turnaround.byType).toEqual(stats.turnaround);

    const csv = await manager.request({
      method: "GET",
      url: `/api/v1/clinic/statistics?${q}`,
      headers: { accept: "text/csv" },
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toContain("attachment");
    expect(csv.body).toContain("<10");
    // The manager reads Danish: the file is headed in her language.
    expect(csv.body).toContain("Prøver: Positive,chlamydia,Klamydia,12");
    expect(csv.body).toContain("Prøver: Positive,hiv,HIV,<10");
    expect(csv.body).toMatch(/Nationaliteter,NG,Nigeria,<10\r?\n/);
    const xlsx = await manager.request({
      method: "GET",
      url: `/api/v1/clinic/statistics?${q}`,
      headers: { accept: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "I alt",
      "Åbninger",
      "Klinikker",
      "Prøver",
      "Svartider",
      "Udgifter",
      "Nationaliteter",
    ]);
    const nationalities = workbook.getWorksheet("Nationaliteter");
    expect(nationalities?.getRow(3).values).toEqual([undefined, "BG", "Bulgarien", "<10"]);
    expect((await audited("CLINIC_STATISTICS_EXPORTED")).length).toBe(2);

    const tooLong = await manager.request({
      method: "GET",
      url: `/api/v1/clinic/statistics?siteId=${site.id}&from=2000-01-01&to=2012-01-01`,
    });
    expect(problemOf(tooLong, 400).fields).toEqual([["to", "VALIDATION_FAILED"]]);
  });
});
