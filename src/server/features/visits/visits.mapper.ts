import type {
  DoorSession,
  FlagKind,
  HeardFrom,
  Visit,
  VisitorProfile,
} from "../../../common/contracts/visits.js";
import { formatVisitorCode } from "../../../common/visitor-code.js";
import { hhmm, minutesOf } from "../sites/local-time.js";
import { type DoorCandidate, stateOf } from "./visits.policy.js";
import type { OpeningSessionRow, VisitorCodeRow, VisitorFlagRow, VisitView } from "./visits.repository.js";

export interface VisitUsage {
  serviceIds: string[];
  supplies: { itemId: string; quantity: number; overLimit: boolean }[];
}

export const NO_USAGE: VisitUsage = { serviceIds: [], supplies: [] };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A written session as a candidate, for a row whose schedule no longer has it. */
export function candidateOfRow(row: OpeningSessionRow): Omit<DoorCandidate, "row"> {
  return {
    date: row.date,
    startsAt: hhmm(row.startsAt),
    endsAt: hhmm(row.endsAt),
    startsAtInstant: row.startsAtInstant,
    endsAtInstant: row.endsAtInstant,
    weeklyOpeningId: row.weeklyOpeningId,
    oneOffOpeningId: row.oneOffOpeningId,
    label: "",
    pilot: null,
    closure: null,
  };
}

export function toDoorSession(session: DoorCandidate): DoorSession {
  return {
    id: session.row?.id ?? null,
    state: stateOf(session.row),
    date: session.date,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    startsAtInstant: session.startsAtInstant.toISOString(),
    endsAtInstant: session.endsAtInstant.toISOString(),
    overnight: minutesOf(session.endsAt) <= minutesOf(session.startsAt),
    label: session.label,
    pilot: session.pilot,
    openedAt: iso(session.row?.openedAt ?? null),
    closedAt: iso(session.row?.closedAt ?? null),
  };
}

/** A visit as the door sees it; who checked her in and the idempotency key stay inside. */
export function toVisit(view: VisitView, usage: VisitUsage): Visit {
  const v = view.visit;
  return {
    id: v.id,
    sessionId: v.sessionId,
    siteId: v.siteId,
    visitorCode: view.code ? formatVisitorCode(view.code) : null,
    visitorCodeId: v.visitorCodeId,
    nationality: v.nationality,
    firstVisit: v.firstVisit,
    heardFrom: v.heardFrom as HeardFrom | null,
    languages: v.languages,
    adultConfirmed: v.adultConfirmed,
    checkedInAt: v.checkedInAt.toISOString(),
    leftAt: iso(v.leftAt),
    introducedAt: iso(v.introducedAt),
    flags: view.flags as FlagKind[],
    serviceIds: usage.serviceIds,
    supplies: usage.supplies,
  };
}

export interface ProfileParts {
  row: VisitorCodeRow;
  /** Decrypted, and only for those who may read it. */
  nickname: string | null;
  stats: { count: number; first: string | null; last: string | null };
  flags: VisitorFlagRow[];
  mergedCodes: string[];
  cardUrl: string;
  can: VisitorProfile["can"];
}

export function toVisitorProfile(p: ProfileParts): VisitorProfile {
  return {
    id: p.row.id,
    code: formatVisitorCode(p.row.code),
    nationality: p.row.nationality,
    languages: p.row.languages,
    heardFrom: p.row.heardFrom as HeardFrom | null,
    adultConfirmed: p.row.adultConfirmed,
    nickname: p.nickname,
    issuedAt: p.row.issuedAt.toISOString(),
    firstVisitOn: p.stats.first,
    lastVisitOn: p.stats.last,
    visitCount: p.stats.count,
    flags: p.flags.map((f) => ({
      id: f.id,
      kind: f.kind,
      source: f.source,
      raisedAt: f.raisedAt.toISOString(),
    })),
    mergedCodes: p.mergedCodes.map(formatVisitorCode),
    cardUrl: p.cardUrl,
    can: p.can,
  };
}
