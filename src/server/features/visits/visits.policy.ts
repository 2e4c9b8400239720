/**
 * Pure rules of the door: which of the day's sessions is tonight's, whether a check-in may open it,
 * who on duty speaks a woman's language.
 */
import type { ErrorCode } from "../../../common/errors.js";

/** The door may check women in from an hour before the scheduled start until the end. */
export const CHECK_IN_LEAD_MINUTES = 60;
/** A session left open past its end stays the door's for this long (an evening that ran late). */
export const OVERRUN_MINUTES = 120;
/** How many nationalities the picker shows first, and from how many days of visits. */
export const FREQUENT_NATIONALITIES = 8;
export const FREQUENT_NATIONALITY_DAYS = 90;

const MINUTE_MS = 60_000;

export interface SessionRowState {
  id: string;
  openedAt: Date;
  closedAt: Date | null;
}

/** A session of the schedule (or a written session the schedule no longer has), with its row. */
export interface DoorCandidate<Row extends SessionRowState = SessionRowState> {
  date: string;
  startsAt: string;
  endsAt: string;
  startsAtInstant: Date;
  endsAtInstant: Date;
  weeklyOpeningId: string | null;
  oneOffOpeningId: string | null;
  label: string;
  pilot: { id: string; label: string } | null;
  closure: { id: string; reason: string } | null;
  row: Row | null;
}

export type SessionState = "scheduled" | "open" | "closed";

export const stateOf = (row: SessionRowState | null): SessionState =>
  row === null ? "scheduled" : row.closedAt === null ? "open" : "closed";

export const inCheckInWindow = (c: Pick<DoorCandidate, "startsAtInstant" | "endsAtInstant">, now: Date) =>
  c.startsAtInstant.getTime() - CHECK_IN_LEAD_MINUTES * MINUTE_MS <= now.getTime() &&
  now.getTime() < c.endsAtInstant.getTime();

/**
 * The day's candidates: scheduled sessions joined with their written rows by evening and start time.
 * A session a closure cancels is no candidate unless it had already been opened; a row whose
 * schedule changed after it was opened stays one (its visits must stay visible).
 */
export function candidatesOf<
  S extends Omit<DoorCandidate, "row">,
  Row extends SessionRowState & { date: string; startsAt: string },
>(scheduled: S[], rows: Row[], fromRow: (row: Row) => Omit<DoorCandidate, "row">): DoorCandidate<Row>[] {
  const rowOf = new Map(rows.map((r) => [`${r.date}@${r.startsAt.slice(0, 5)}`, r]));
  const candidates: DoorCandidate<Row>[] = [];
  for (const s of scheduled) {
    const key = `${s.date}@${s.startsAt}`;
    const row = rowOf.get(key) ?? null;
    rowOf.delete(key);
    if (s.closure && !row) continue;
    candidates.push({ ...s, row });
  }
  for (const row of rowOf.values()) candidates.push({ ...fromRow(row), row });
  return candidates;
}

const byStart = (a: DoorCandidate, b: DoorCandidate) =>
  a.startsAtInstant.getTime() - b.startsAtInstant.getTime();
// Inside the check-in window an open session comes first, then one not yet opened, then a closed one.
const rank = (c: DoorCandidate) => (c.row === null ? 1 : c.row.closedAt === null ? 0 : 2);

/**
 * Tonight's session at the door, in this order: one whose check-in window holds `now` (open, then
 * scheduled, then closed; the earliest first); one left open that ended less than two hours ago;
 * the next one today; the last one today that has ended. A night past midnight belongs to the
 * evening it started: `today` is the site's local date, candidates carry their evening's date.
 */
export function chooseSession<C extends DoorCandidate>(candidates: C[], now: Date, today: string): C | null {
  const t = now.getTime();
  const inWindow = candidates
    .filter((c) => inCheckInWindow(c, now))
    .sort((a, b) => rank(a) - rank(b) || byStart(a, b));
  if (inWindow[0]) return inWindow[0];
  const overrun = candidates
    .filter(
      (c) =>
        c.row !== null &&
        c.row.closedAt === null &&
        c.endsAtInstant.getTime() <= t &&
        c.endsAtInstant.getTime() > t - OVERRUN_MINUTES * MINUTE_MS,
    )
    .sort((a, b) => b.endsAtInstant.getTime() - a.endsAtInstant.getTime());
  if (overrun[0]) return overrun[0];
  const upcoming = candidates
    .filter((c) => c.date === today && c.startsAtInstant.getTime() > t)
    .sort(byStart);
  if (upcoming[0]) return upcoming[0];
  const ended = candidates.filter((c) => c.date === today && c.endsAtInstant.getTime() <= t).sort(byStart);
  return ended.at(-1) ?? null;
}

export type CheckInDecision<Row> =
  | { kind: "use"; row: Row }
  | { kind: "open" }
  | { kind: "refuse"; code: ErrorCode; message: string };

/** What a check-in does with tonight's session: use it, open it, or refuse with a reason. */
export function checkInDecision<Row extends SessionRowState>(
  session: DoorCandidate<Row> | null,
  now: Date,
): CheckInDecision<Row> {
  if (session?.row && session.row.closedAt === null) return { kind: "use", row: session.row };
  if (session?.row) {
    return {
      kind: "refuse",
      code: "SESSION_CLOSED",
      message: "Tonight's session is closed. Open it again to check women in.",
    };
  }
  if (session && inCheckInWindow(session, now)) return { kind: "open" };
  return {
    kind: "refuse",
    code: "NO_SESSION_TONIGHT",
    message: session
      ? "Tonight's session has not started yet. Open it first to check women in early."
      : "No session is scheduled at this site tonight.",
  };
}

export interface StaffOnDuty {
  accountId: string;
  displayName: string;
  languages: string[];
}

export interface LanguageMatch {
  languages: string[];
  staff: { accountId: string; displayName: string; languages: string[] }[];
}

/**
 * The report's advice: a woman who does not speak English meets a colleague who speaks her
 * language. Answers her languages that staff on duty speak and who speaks which, or null when she
 * speaks English, nobody on duty shares a language, or her languages are not known.
 */
export function languageMatch(herLanguages: string[], onDuty: StaffOnDuty[]): LanguageMatch | null {
  if (herLanguages.length === 0 || herLanguages.includes("en")) return null;
  const seen = new Set<string>();
  const staff: LanguageMatch["staff"] = [];
  for (const member of onDuty) {
    if (seen.has(member.accountId)) continue;
    const shared = member.languages.filter((l) => herLanguages.includes(l));
    if (shared.length === 0) continue;
    seen.add(member.accountId);
    staff.push({ accountId: member.accountId, displayName: member.displayName, languages: shared });
  }
  if (staff.length === 0) return null;
  const languages = herLanguages.filter((l) => staff.some((s) => s.languages.includes(l)));
  return { languages, staff };
}

/**
 * A merge joins two different women's codes (as far as the door knew). Answers why not when the
 * other code is this one, or was already merged into it (or it into the other).
 */
export function mergeProblem(
  self: { id: string; rootId: string },
  other: { id: string; rootId: string },
): string | null {
  if (self.id === other.id) return "A code cannot be merged into itself.";
  if (self.rootId === other.rootId) return "These two codes are already merged.";
  return null;
}

export interface ProfileFacts {
  nationality: string;
  languages: string[];
  heardFrom: string | null;
  adultConfirmed: boolean;
}

/**
 * Whether a check-in (or a merged code) tells her profile something it does not know yet: a known
 * nationality where it has "XX", languages where it has none, how she heard, the age check. What
 * staff recorded is never overwritten from the door.
 */
export const fillsBlanks = (profile: ProfileFacts, known: ProfileFacts) =>
  (profile.nationality === "XX" && known.nationality !== "XX") ||
  (profile.languages.length === 0 && known.languages.length > 0) ||
  (profile.heardFrom === null && known.heardFrom !== null) ||
  (!profile.adultConfirmed && known.adultConfirmed);
