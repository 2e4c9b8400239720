import { describe, expect, it } from "vitest";
import {
  createDraftStore,
  type DiaryDraft,
  type DraftStorage,
  draftKey,
  parseDraft,
  queueDraft,
  type SendOutcome,
  sendPendingDrafts,
} from "./diary.drafts";

const ANNA = "11111111-1111-4111-8111-111111111111";
const BO = "22222222-2222-4222-8222-222222222222";
const MONDAY = "33333333-3333-4333-8333-333333333333";
const TUESDAY = "44444444-4444-4444-8444-444444444444";
const PARAGRAPH = "55555555-5555-4555-8555-555555555555";

/** localStorage's behaviour over a Map, in key order as browsers keep it. */
class MemoryStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException("full", "QuotaExceededError");
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

let counter = 0;
function draft(overrides: Partial<DiaryDraft> = {}): DiaryDraft {
  counter += 1;
  return {
    id: `draft-${counter}`,
    accountId: ANNA,
    sessionId: MONDAY,
    target: { kind: "new" },
    body: "A quiet evening; two new women asked about the clinic.",
    themeIds: [],
    restriction: "none",
    restrictedRole: null,
    visitorCodes: [],
    state: "editing",
    savedAt: `2010-03-01T20:${String(counter % 60).padStart(2, "0")}:00.000Z`,
    ...overrides,
  };
}

describe("the draft store", () => {
  it("keeps one draft per person, entry and text, and gives it back", () => {
    const storage = new MemoryStorage();
    const store = createDraftStore(() => storage);
    const mine = draft();
    const edit = draft({
      target: { kind: "paragraph", paragraphId: PARAGRAPH, baseVersion: 3 },
      body: "Edited",
    });
    const summary = draft({ target: { kind: "summary", baseVersion: 0 }, body: "" });
    store.put(mine);
    store.put(edit);
    store.put(summary);
    expect(store.get(ANNA, MONDAY, { kind: "new" })).toEqual(mine);
    expect(store.get(ANNA, MONDAY, { kind: "paragraph", paragraphId: PARAGRAPH, baseVersion: 3 })).toEqual(
      edit,
    );
    // An empty summary is a real change (the summary was cleared), so it is kept.
    expect(store.get(ANNA, MONDAY, { kind: "summary", baseVersion: 0 })).toEqual(summary);
    expect(store.get(BO, MONDAY, { kind: "new" })).toBeNull();
    expect(store.get(ANNA, TUESDAY, { kind: "new" })).toBeNull();
  });

  it("replaces a draft of the same text and removes an emptied new paragraph", () => {
    const storage = new MemoryStorage();
    const store = createDraftStore(() => storage);
    store.put(draft({ body: "first words" }));
    store.put(draft({ body: "first words, and more" }));
    expect(storage.items.size).toBe(1);
    expect(store.get(ANNA, MONDAY, { kind: "new" })?.body).toBe("first words, and more");
    store.put(draft({ body: "   " }));
    expect(storage.items.size).toBe(0);
  });

  it("lists a person's drafts, of one entry or all, oldest first, and never another person's", () => {
    const storage = new MemoryStorage();
    const store = createDraftStore(() => storage);
    const late = draft({ savedAt: "2010-03-01T21:00:00.000Z", sessionId: TUESDAY });
    const early = draft({ savedAt: "2010-03-01T19:00:00.000Z" });
    const bos = draft({ accountId: BO });
    store.put(late);
    store.put(early);
    store.put(bos);
    expect(store.list(ANNA).map((d) => d.id)).toEqual([early.id, late.id]);
    expect(store.list(ANNA, TUESDAY).map((d) => d.id)).toEqual([late.id]);
    expect(store.list(BO).map((d) => d.id)).toEqual([bos.id]);
  });

  it("ignores what is not a draft and a draft filed under another person's key", () => {
    const storage = new MemoryStorage();
    const store = createDraftStore(() => storage);
    storage.setItem(draftKey(ANNA, MONDAY, { kind: "new" }), "{not json");
    storage.setItem(draftKey(ANNA, TUESDAY, { kind: "new" }), JSON.stringify({ ...draft(), accountId: BO }));
    storage.setItem("pusterum.staff.language", "da");
    expect(store.get(ANNA, MONDAY, { kind: "new" })).toBeNull();
    expect(store.get(ANNA, TUESDAY, { kind: "new" })).toBeNull();
    expect(store.list(ANNA)).toEqual([]);
    expect(parseDraft(JSON.stringify({ ...draft(), state: "sent" }))).toBeNull();
    expect(parseDraft(JSON.stringify({ ...draft(), target: { kind: "paragraph" } }))).toBeNull();
  });

  it("clears every diary draft at sign-out and leaves other settings alone", () => {
    const storage = new MemoryStorage();
    const store = createDraftStore(() => storage);
    store.put(draft());
    store.put(draft({ accountId: BO, state: "pending" }));
    storage.setItem("pusterum.staff.language", "en");
    store.clearAll();
    expect([...storage.items.keys()]).toEqual(["pusterum.staff.language"]);
  });

  it("moves a new paragraph that could not be sent out of the composer, each into its own slot", () => {
    const storage = new MemoryStorage();
    const store = createDraftStore(() => storage);
    const first = draft({ body: "First paragraph" });
    store.put(first);
    queueDraft(store, first);
    const second = draft({ body: "Second paragraph" });
    store.put(second);
    queueDraft(store, second);
    expect(store.get(ANNA, MONDAY, { kind: "new" })).toBeNull();
    expect(store.list(ANNA).map((d) => [d.body, d.state, d.target])).toEqual([
      ["First paragraph", "pending", { kind: "new", queuedAs: first.id }],
      ["Second paragraph", "pending", { kind: "new", queuedAs: second.id }],
    ]);
  });

  it("survives storage that is full or switched off", () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const store = createDraftStore(() => storage);
    expect(store.put(draft())).toBe(false);
    const off = createDraftStore(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(off.put(draft())).toBe(false);
    expect(off.list(ANNA)).toEqual([]);
    expect(off.get(ANNA, MONDAY, { kind: "new" })).toBeNull();
    expect(() => off.clearAll()).not.toThrow();
  });
});

describe("sending pending drafts when the connection returns", () => {
  function setUp(...drafts: DiaryDraft[]) {
    const storage = new MemoryStorage();
    const store = createDraftStore(() => storage);
    for (const d of drafts) store.put(d);
    return { storage, store };
  }

  it("sends pending drafts oldest first, removes the saved ones and leaves drafts being typed alone", async () => {
    const first = draft({ state: "pending", savedAt: "2010-03-01T20:00:00.000Z", sessionId: TUESDAY });
    const second = draft({ state: "pending", savedAt: "2010-03-01T20:05:00.000Z" });
    const typing = draft({
      target: { kind: "summary", baseVersion: 1 },
      savedAt: "2010-03-01T19:00:00.000Z",
    });
    const { store } = setUp(second, typing, first);
    const sent: string[] = [];
    const report = await sendPendingDrafts(store, ANNA, async (d) => {
      sent.push(d.id);
      return { kind: "saved" };
    });
    expect(sent).toEqual([first.id, second.id]);
    expect(report.saved.map((d) => d.id)).toEqual([first.id, second.id]);
    expect(store.list(ANNA).map((d) => d.id)).toEqual([typing.id]);
  });

  it("stops at the first failed connection and keeps the rest pending for the next round", async () => {
    const first = draft({ state: "pending", savedAt: "2010-03-01T20:00:00.000Z" });
    const second = draft({ state: "pending", savedAt: "2010-03-01T20:05:00.000Z", sessionId: TUESDAY });
    const { store } = setUp(first, second);
    const outcomes: SendOutcome[] = [{ kind: "offline" }];
    let calls = 0;
    const report = await sendPendingDrafts(store, ANNA, async () => {
      calls++;
      return outcomes.shift() ?? { kind: "saved" };
    });
    expect(calls).toBe(1);
    expect(report.waiting.map((d) => d.id)).toEqual([first.id, second.id]);
    expect(store.list(ANNA).every((d) => d.state === "pending")).toBe(true);
  });

  it("treats a thrown error as no connection", async () => {
    const only = draft({ state: "pending" });
    const { store } = setUp(only);
    const report = await sendPendingDrafts(store, ANNA, async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(report.waiting).toHaveLength(1);
    expect(store.get(ANNA, MONDAY, { kind: "new" })?.state).toBe("pending");
  });

  it("keeps a conflict and a refusal with their state, so the page can show them", async () => {
    const edit = draft({
      state: "pending",
      target: { kind: "paragraph", paragraphId: PARAGRAPH, baseVersion: 2 },
      savedAt: "2010-03-01T20:00:00.000Z",
    });
    const added = draft({ state: "pending", savedAt: "2010-03-01T20:01:00.000Z" });
    const { store } = setUp(edit, added);
    const report = await sendPendingDrafts(store, ANNA, async (d) =>
      d.id === edit.id ? { kind: "conflict" } : { kind: "refused", code: "UNKNOWN_VISITOR_CODE" },
    );
    expect(report.conflicts.map((d) => d.id)).toEqual([edit.id]);
    expect(report.refused.map((d) => d.id)).toEqual([added.id]);
    expect(store.get(ANNA, MONDAY, edit.target)?.state).toBe("conflict");
    expect(store.get(ANNA, MONDAY, { kind: "new" })).toMatchObject({
      state: "refused",
      errorCode: "UNKNOWN_VISITOR_CODE",
    });
  });

  it("skips a draft another tab discarded or replaced meanwhile, and never sends another person's", async () => {
    const mine = draft({ state: "pending" });
    const bos = draft({ state: "pending", accountId: BO });
    const { store } = setUp(mine, bos);
    const sent: string[] = [];
    const report = await sendPendingDrafts(store, ANNA, async (d) => {
      sent.push(d.id);
      return { kind: "saved" };
    });
    expect(sent).toEqual([mine.id]);
    expect(report.saved).toHaveLength(1);

    // While the first is on its way, another tab discards the second: it is not sent.
    const first = draft({ state: "pending", savedAt: "2010-03-01T20:00:00.000Z" });
    const second = draft({ state: "pending", savedAt: "2010-03-01T20:05:00.000Z", sessionId: TUESDAY });
    const other = setUp(first, second);
    const sentThen: string[] = [];
    await sendPendingDrafts(other.store, ANNA, async (d) => {
      sentThen.push(d.id);
      other.store.remove(second);
      return { kind: "saved" };
    });
    expect(sentThen).toEqual([first.id]);
  });
});
