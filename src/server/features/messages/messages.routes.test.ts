import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message, MessageList, Receipts } from "../../../common/contracts/messages.js";
import type { Site } from "../../../common/contracts/sites.js";
import { LIMITS } from "../../../common/limits.js";
import { buildTestApp, type SignedIn, type TestApp } from "../../test/build-test-app.js";

let t: TestApp;
let manager: SignedIn;
let manager2: SignedIn;
let admin: SignedIn;
let author: SignedIn;
let colleague: SignedIn;
let volunteer: SignedIn;
let workerB: SignedIn;
let siteA: Site;
let siteB: Site;

async function send(who: SignedIn, payload: object) {
  const res = await who.request({
    method: "POST",
    url: "/api/v1/messages",
    payload: { siteId: siteA.id, ...payload },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Message>();
}

async function list(who: SignedIn, query = "", site: Site = siteA) {
  const res = await who.request({ method: "GET", url: `/api/v1/sites/${site.id}/messages${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<MessageList>();
}

const idsOf = async (who: SignedIn, query = "") => (await list(who, query)).items.map((m) => m.id);

const markRead = (who: SignedIn, id: string) =>
  who.request({ method: "POST", url: `/api/v1/messages/${id}/read` });

function problemOf(res: { statusCode: number; json: () => unknown }, status = 400) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { code: string; errors?: { path: string; code: string }[] };
  return { code: body.code, fields: (body.errors ?? []).map((e) => [e.path, e.code]) };
}

async function messageCount() {
  const { rows } = await t.database.pool.query<{ n: number }>("select count(*)::int as n from messages");
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  t = await buildTestApp();
  manager = await t.signInAs("manager");
  manager2 = await t.signInAs("manager");
  const makeSite = async (name: string, slug: string) => {
    const res = await manager.request({ method: "POST", url: "/api/v1/sites", payload: { name, slug } });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Site>();
  };
  siteA = await makeSite("Mødestedet", "moedestedet");
  siteB = await makeSite("Reden", "reden");
  admin = await t.signInAs("administrator");
  author = await t.signInAs("social_worker", { siteIds: [siteA.id] });
  colleague = await t.signInAs("health_staff", { siteIds: [siteA.id] });
  volunteer = await t.signInAs("volunteer", { siteIds: [siteA.id] });
  workerB = await t.signInAs("social_worker", { siteIds: [siteB.id] });
});
afterAll(() => t.close());

describe("who reads a message", () => {
  it("shows a message to all staff to everyone of the site, and to no one of another site", async () => {
    const message = await send(author, {
      audience: "all",
      body: "The shower is broken; use the one upstairs.",
    });
    expect(message).toMatchObject({
      audience: "all",
      recipient: null,
      author: { accountId: author.account.id },
      pinned: false,
      can: { pin: true, receipts: true },
    });
    expect(message.warnings).toEqual([]);
    const named = await send(author, { audience: "managers", body: "Her passport number is AB1234567" });
    expect(named.warnings).toEqual([{ path: "body", warning: "LOOKS_LIKE_PASSPORT_NUMBER" }]);
    for (const who of [author, colleague, volunteer, manager]) expect(await idsOf(who)).toContain(message.id);
    expect((await list(workerB, "", siteB)).items).toEqual([]);
    for (const who of [workerB]) {
      const res = await who.request({ method: "GET", url: `/api/v1/messages/${message.id}` });
      expect(problemOf(res, 404).code).toBe("NOT_FOUND");
      expect(problemOf(await markRead(who, message.id), 404).code).toBe("NOT_FOUND");
      expect(
        problemOf(await who.request({ method: "GET", url: `/api/v1/sites/${siteA.id}/messages` }), 404).code,
      ).toBe("NOT_FOUND");
    }
  });

  it("shows a message to the managers only to managers and its author", async () => {
    const message = await send(volunteer, { audience: "managers", body: "We are out of bus cards." });
    expect(await idsOf(manager)).toContain(message.id);
    expect(await idsOf(manager2)).toContain(message.id);
    expect(await idsOf(volunteer)).toContain(message.id);
    expect(await idsOf(author)).not.toContain(message.id);
    expect(await idsOf(colleague)).not.toContain(message.id);
    const res = await author.request({ method: "GET", url: `/api/v1/messages/${message.id}` });
    expect(problemOf(res, 404).code).toBe("NOT_FOUND");
  });

  it("shows a message to one person only to her and its author, not even to managers", async () => {
    const message = await send(author, {
      audience: "person",
      recipientId: colleague.account.id,
      body: "Can you swap Thursday?",
    });
    expect(message.recipient).toEqual({ accountId: colleague.account.id, displayName: "Test health_staff" });
    expect(await idsOf(colleague)).toContain(message.id);
    expect(await idsOf(author)).toContain(message.id);
    for (const who of [volunteer, manager]) {
      expect(await idsOf(who)).not.toContain(message.id);
      expect((await who.request({ method: "GET", url: `/api/v1/messages/${message.id}` })).statusCode).toBe(
        404,
      );
    }
  });

  it("refuses a missing, stray or foreign recipient and bad text on the field, saving nothing", async () => {
    const before = await messageCount();
    const post = (payload: object) =>
      author.request({ method: "POST", url: "/api/v1/messages", payload: { siteId: siteA.id, ...payload } });
    expect(problemOf(await post({ audience: "person", body: "Hi" })).fields).toEqual([
      ["recipientId", "RECIPIENT_REQUIRED"],
    ]);
    expect(
      problemOf(await post({ audience: "all", recipientId: colleague.account.id, body: "Hi" })).fields,
    ).toEqual([["recipientId", "RECIPIENT_NOT_ALLOWED"]]);
    for (const recipientId of [workerB.account.id, admin.account.id, randomUUID()]) {
      expect(problemOf(await post({ audience: "person", recipientId, body: "Hi" })).fields).toEqual([
        ["recipientId", "UNKNOWN_RECIPIENT"],
      ]);
    }
    for (const payload of [
      { audience: "all", body: "   " },
      { audience: "all", body: "x".repeat(LIMITS.messageMax + 1) },
      { audience: "everyone", body: "Hi" },
      { audience: "all", body: "Hi", authorId: manager.account.id },
    ]) {
      expect(problemOf(await post(payload)).code).toBe("VALIDATION_FAILED");
    }
    const foreign = await workerB.request({
      method: "POST",
      url: "/api/v1/messages",
      payload: { siteId: siteA.id, audience: "all", body: "Hello from Reden" },
    });
    expect(problemOf(foreign, 404).code).toBe("NOT_FOUND");
    expect(await messageCount()).toBe(before);
  });

  it("answers an administrator 403 on every messages route", async () => {
    const message = await send(author, { audience: "all", body: "For the admin test" });
    for (const route of [
      { method: "GET", url: `/api/v1/sites/${siteA.id}/messages` },
      { method: "GET", url: `/api/v1/sites/${siteA.id}/messages/unread-count` },
      { method: "POST", url: "/api/v1/messages", payload: { siteId: siteA.id, audience: "all", body: "x" } },
      { method: "GET", url: `/api/v1/messages/${message.id}` },
      { method: "POST", url: `/api/v1/messages/${message.id}/read` },
      { method: "PUT", url: `/api/v1/messages/${message.id}/pin`, payload: { pinned: true } },
      { method: "GET", url: `/api/v1/messages/${message.id}/receipts` },
    ] as const) {
      expect((await admin.request(route)).statusCode).toBe(403);
    }
  });
});

describe("pins, unread and receipts", () => {
  it("lists pinned messages first, then newest first; only the author or a manager pins", async () => {
    const old = await send(author, { audience: "all", body: "Old but important", pinned: true });
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    const newer = await send(author, { audience: "all", body: "New and ordinary" });
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    const newest = await send(colleague, { audience: "all", body: "Newest" });
    const ids = await idsOf(volunteer);
    expect(ids.indexOf(old.id)).toBeLessThan(ids.indexOf(newest.id));
    expect(ids.indexOf(newest.id)).toBeLessThan(ids.indexOf(newer.id));

    const pin = (who: SignedIn, id: string, pinned: boolean) =>
      who.request({ method: "PUT", url: `/api/v1/messages/${id}/pin`, payload: { pinned } });
    expect(problemOf(await pin(volunteer, newer.id, true), 403).code).toBe("FORBIDDEN");
    const byManager = await pin(manager, newer.id, true);
    expect(byManager.statusCode, byManager.body).toBe(200);
    expect(byManager.json<Message>().pinned).toBe(true);
    const unpinned = await pin(author, old.id, false);
    expect(unpinned.json<Message>().pinned).toBe(false);
    const after = await idsOf(volunteer);
    expect(after.indexOf(newer.id)).toBeLessThan(after.indexOf(newest.id));
    expect(after.indexOf(newest.id)).toBeLessThan(after.indexOf(old.id));
    const { rows } = await t.database.pool.query<{ event: string }>(
      "select event from audit_events where entity_id = any($1) and event like 'MESSAGE_%PINNED' order by id",
      [[old.id, newer.id]],
    );
    expect(rows.map((r) => r.event)).toEqual(["MESSAGE_PINNED", "MESSAGE_UNPINNED"]);
  });

  it("marks a message read when opened, keeps the first time, and counts unread", async () => {
    const message = await send(author, { audience: "all", body: "Staff meeting on Friday at 15" });
    const before = await list(volunteer, "?filter=unread");
    expect(before.items.map((m) => m.id)).toContain(message.id);
    expect(before.items.every((m) => m.readAt === null)).toBe(true);
    const count = await volunteer.request({
      method: "GET",
      url: `/api/v1/sites/${siteA.id}/messages/unread-count`,
    });
    expect(count.json()).toEqual({ unreadCount: before.unreadCount });

    // Opening without marking leaves it unread.
    const got = await volunteer.request({ method: "GET", url: `/api/v1/messages/${message.id}` });
    expect(got.json<Message>().readAt).toBeNull();

    const firstTime = t.clock.now().toISOString();
    const read = await markRead(volunteer, message.id);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<Message>().readAt).toBe(firstTime);
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    expect((await markRead(volunteer, message.id)).json<Message>().readAt).toBe(firstTime);
    const afterList = await list(volunteer, "?filter=unread");
    expect(afterList.items.map((m) => m.id)).not.toContain(message.id);
    expect(afterList.unreadCount).toBe(before.unreadCount - 1);
    // Her own messages are never unread to the author.
    expect((await list(author, "?filter=unread")).items.map((m) => m.id)).not.toContain(message.id);
  });

  it("shows receipts to managers and the author only", async () => {
    const message = await send(author, { audience: "all", body: "New opening hours from May" });
    await markRead(colleague, message.id);
    const receiptsOf = (who: SignedIn) =>
      who.request({ method: "GET", url: `/api/v1/messages/${message.id}/receipts` });
    for (const who of [manager, author]) {
      const res = await receiptsOf(who);
      expect(res.statusCode, res.body).toBe(200);
      const receipts = res.json<Receipts>();
      expect(receipts.items[0]).toMatchObject({ accountId: colleague.account.id });
      expect(receipts.items[0]?.readAt).not.toBeNull();
      const ids = receipts.items.map((r) => r.accountId);
      expect(ids).toEqual(
        expect.arrayContaining([volunteer.account.id, manager.account.id, manager2.account.id]),
      );
      expect(ids).not.toContain(author.account.id);
      expect(ids).not.toContain(workerB.account.id);
      expect(ids).not.toContain(admin.account.id);
      expect(receipts.readCount).toBe(1);
      expect(receipts.audienceCount).toBe(ids.length);
    }
    for (const who of [colleague, volunteer])
      expect(problemOf(await receiptsOf(who), 403).code).toBe("FORBIDDEN");

    const seenByAuthor = (await list(author)).items.find((m) => m.id === message.id);
    expect(seenByAuthor?.readSummary).toMatchObject({ readCount: 1 });
    const seenByColleague = (await list(colleague)).items.find((m) => m.id === message.id);
    expect(seenByColleague).toMatchObject({ readSummary: null, can: { pin: false, receipts: false } });

    // A message to one person: her receipt, for the author; the manager does not even see it.
    const personal = await send(author, {
      audience: "person",
      recipientId: volunteer.account.id,
      body: "Thanks!",
    });
    await markRead(volunteer, personal.id);
    const personalReceipts = await author.request({
      method: "GET",
      url: `/api/v1/messages/${personal.id}/receipts`,
    });
    expect(personalReceipts.json<Receipts>()).toMatchObject({
      readCount: 1,
      audienceCount: 1,
      items: [{ accountId: volunteer.account.id }],
    });
    expect(
      (await manager.request({ method: "GET", url: `/api/v1/messages/${personal.id}/receipts` })).statusCode,
    ).toBe(404);
  });
});
