import type { Restriction } from "../../../common/contracts/diary";
import type { Role } from "../../../common/permissions";

/**
 * Drafts of the diary, kept in this browser's localStorage so nothing typed is lost when the
 * connection drops, the tab is closed or the session times out. One draft per person, entry and
 * text (a new paragraph, a paragraph being edited, the evening's summary). Cleared when the text is
 * saved and when the person signs out (a shared computer keeps no one's notes).
 *
 * A draft is "editing" while being typed, "pending" once the person pressed save and it could not be
 * sent (it is sent by itself when the connection returns), "conflict" when a colleague changed the
 * same text first (the page shows both), "refused" when the server refused it (the page says why).
 */

export type DraftState = "editing" | "pending" | "conflict" | "refused";

/** What a draft writes: a new paragraph, an edit of one, or the entry's summary and themes. */
export type DraftTarget =
  /** The entry's composer; once sent and waiting, `queuedAs` (the draft's id) gives it its own slot. */
  | { kind: "new"; queuedAs?: string }
  | { kind: "paragraph"; paragraphId: string; baseVersion: number }
  | { kind: "summary"; baseVersion: number };

export interface DiaryDraft {
  /** Made once per draft; sent as the Idempotency-Key, so a retry never writes a paragraph twice. */
  id: string;
  accountId: string;
  sessionId: string;
  target: DraftTarget;
  /** The paragraph's text, or the summary. */
  body: string;
  themeIds: string[];
  restriction: Restriction;
  restrictedRole: Role | null;
  visitorCodes: string[];
  state: DraftState;
  /** With "refused": the server's error code, so the page can say why. */
  errorCode?: string;
  /** When it was last written, an ISO instant. */
  savedAt: string;
}

/** The part of `Storage` the store uses: localStorage in the browser, a Map in tests. */
export interface DraftStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = "pusterum.staff.diaryDraft:";

/** "new", "paragraph:<id>" or "summary": the slot of one text in an entry. */
export function targetSlot(target: DraftTarget): string {
  switch (target.kind) {
    case "new":
      return target.queuedAs ? `new:${target.queuedAs}` : "new";
    case "paragraph":
      return `paragraph:${target.paragraphId}`;
    case "summary":
      return "summary";
  }
}

export function draftKey(accountId: string, sessionId: string, target: DraftTarget): string {
  return `${PREFIX}${accountId}:${sessionId}:${targetSlot(target)}`;
}

const STATES: readonly DraftState[] = ["editing", "pending", "conflict", "refused"];
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

function isTarget(value: unknown): value is DraftTarget {
  if (typeof value !== "object" || value === null) return false;
  const target = value as Record<string, unknown>;
  if (target.kind === "new") return target.queuedAs === undefined || typeof target.queuedAs === "string";
  if (target.kind === "summary") return typeof target.baseVersion === "number";
  return (
    target.kind === "paragraph" &&
    typeof target.paragraphId === "string" &&
    typeof target.baseVersion === "number"
  );
}

/** A stored draft, or null when the text is not one (another version of the app, a hand edit). */
export function parseDraft(text: string | null): DiaryDraft | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const d = value as Record<string, unknown>;
  if (
    typeof d.id !== "string" ||
    typeof d.accountId !== "string" ||
    typeof d.sessionId !== "string" ||
    !isTarget(d.target) ||
    typeof d.body !== "string" ||
    !isStringArray(d.themeIds) ||
    typeof d.restriction !== "string" ||
    !["none", "organisation", "role"].includes(d.restriction) ||
    !(d.restrictedRole === null || typeof d.restrictedRole === "string") ||
    !isStringArray(d.visitorCodes) ||
    !STATES.includes(d.state as DraftState) ||
    typeof d.savedAt !== "string"
  ) {
    return null;
  }
  return value as DiaryDraft;
}

/** Whether a draft holds anything worth keeping. */
export function isEmptyDraft(draft: Pick<DiaryDraft, "body" | "target">): boolean {
  return draft.target.kind !== "summary" && draft.body.trim() === "";
}

export interface DraftStore {
  get(accountId: string, sessionId: string, target: DraftTarget): DiaryDraft | null;
  /** Writes the draft; an empty new paragraph is removed instead. False when storage refused it. */
  put(draft: DiaryDraft): boolean;
  remove(draft: Pick<DiaryDraft, "accountId" | "sessionId" | "target">): void;
  /** This person's drafts, of one entry or all, oldest first. */
  list(accountId: string, sessionId?: string): DiaryDraft[];
  /** Forgets every diary draft in this browser (sign-out). */
  clearAll(): void;
}

function keysOf(storage: DraftStorage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

/** A store over any Storage; every call survives a storage that is switched off or full. */
export function createDraftStore(storage: () => DraftStorage | null, onChange?: () => void): DraftStore {
  const safely = <T>(fallback: T, run: (s: DraftStorage) => T): T => {
    try {
      const s = storage();
      return s ? run(s) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    get: (accountId, sessionId, target) =>
      safely(null, (s) => {
        const draft = parseDraft(s.getItem(draftKey(accountId, sessionId, target)));
        // A key names its account and entry; the draft inside must say the same.
        return draft && draft.accountId === accountId && draft.sessionId === sessionId ? draft : null;
      }),
    put: (draft) =>
      safely(false, (s) => {
        const key = draftKey(draft.accountId, draft.sessionId, draft.target);
        if (isEmptyDraft(draft) && draft.state === "editing") s.removeItem(key);
        else s.setItem(key, JSON.stringify(draft));
        onChange?.();
        return true;
      }),
    remove: (draft) =>
      safely(undefined, (s) => {
        s.removeItem(draftKey(draft.accountId, draft.sessionId, draft.target));
        onChange?.();
      }),
    list: (accountId, sessionId) =>
      safely([], (s) => {
        const prefix = `${PREFIX}${accountId}:${sessionId === undefined ? "" : `${sessionId}:`}`;
        return keysOf(s)
          .filter((key) => key.startsWith(prefix))
          .map((key) => parseDraft(s.getItem(key)))
          .filter((d): d is DiaryDraft => d !== null && d.accountId === accountId)
          .filter((d) => sessionId === undefined || d.sessionId === sessionId)
          .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
      }),
    clearAll: () =>
      safely(undefined, (s) => {
        for (const key of keysOf(s)) s.removeItem(key);
        onChange?.();
      }),
  };
}

/** Told to the page when a draft is written or removed, in this tab (other tabs hear `storage`). */
export const DRAFTS_CHANGED_EVENT = "pusterum:diary-drafts";

/** The browser's store (localStorage). */
export const draftStore: DraftStore = createDraftStore(
  () => (typeof window === "undefined" ? null : window.localStorage),
  () => {
    if (typeof window !== "undefined") window.dispatchEvent(new Event(DRAFTS_CHANGED_EVENT));
  },
);

/** Whether a `storage` event (another tab) concerns the diary's drafts. */
export const isDraftKey = (key: string | null) => key === null || key.startsWith(PREFIX);

/** Forgets every diary draft on this computer: called when someone signs out. */
export function clearDiaryDrafts(): void {
  draftStore.clearAll();
}

// Sending drafts when the connection returns

/** What became of one attempt to send a draft. */
export type SendOutcome =
  | { kind: "saved" }
  /** Still no connection (or the server did not answer): stays pending. */
  | { kind: "offline" }
  /** A colleague changed the same text first. */
  | { kind: "conflict" }
  /** The server refused it (a field error, a removed paragraph, no access): the page says why. */
  | { kind: "refused"; code: string };

export interface SendReport {
  saved: DiaryDraft[];
  conflicts: DiaryDraft[];
  refused: DiaryDraft[];
  /** Still waiting: the connection failed again. */
  waiting: DiaryDraft[];
}

/**
 * Sends this person's pending drafts, oldest first (paragraphs keep the order they were written
 * in). A saved draft is removed, a conflict or refusal kept with its new state for the page to show;
 * the first failed connection stops the round, and the rest wait for the next.
 */
export async function sendPendingDrafts(
  store: DraftStore,
  accountId: string,
  send: (draft: DiaryDraft) => Promise<SendOutcome>,
): Promise<SendReport> {
  const report: SendReport = { saved: [], conflicts: [], refused: [], waiting: [] };
  const pending = store.list(accountId).filter((d) => d.state === "pending");
  for (const [index, draft] of pending.entries()) {
    // Someone may have discarded or saved it in another tab meanwhile.
    const now = store.get(draft.accountId, draft.sessionId, draft.target);
    if (now?.state !== "pending" || now.id !== draft.id) continue;
    let outcome: SendOutcome;
    try {
      outcome = await send(now);
    } catch {
      outcome = { kind: "offline" };
    }
    if (outcome.kind === "saved") {
      store.remove(now);
      report.saved.push(now);
    } else if (outcome.kind === "conflict") {
      const kept = { ...now, state: "conflict" as const };
      store.put(kept);
      report.conflicts.push(kept);
    } else if (outcome.kind === "refused") {
      const kept = { ...now, state: "refused" as const, errorCode: outcome.code };
      store.put(kept);
      report.refused.push(kept);
    } else {
      report.waiting.push(...pending.slice(index));
      break;
    }
  }
  return report;
}

/**
 * A new paragraph the person pressed save on, that could not be sent: it leaves the composer (which
 * is free for the next paragraph) and waits in a slot of its own.
 */
export function queueDraft(store: DraftStore, draft: DiaryDraft): DiaryDraft {
  const queued: DiaryDraft = {
    ...draft,
    state: "pending",
    target: draft.target.kind === "new" ? { kind: "new", queuedAs: draft.id } : draft.target,
  };
  if (draft.target.kind === "new" && !draft.target.queuedAs) store.remove(draft);
  store.put(queued);
  return queued;
}

/** A new draft id: random, so two tabs never share one. */
export function newDraftId(): string {
  return globalThis.crypto.randomUUID();
}
