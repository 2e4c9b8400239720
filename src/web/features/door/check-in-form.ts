import type { CheckInBody, HeardFrom } from "../../../common/contracts/visits";
import { CODE_LENGTH, formatVisitorCode, normaliseVisitorCode } from "../../../common/visitor-code";

/** First visit as the door asks it: yes, no, or she does not know / did not say. */
export type FirstVisitChoice = "yes" | "no" | "unknown";

/** Everything the check-in panel holds for one woman, before it becomes a request. */
export interface CheckInFormState {
  code: string;
  nationality: string | null;
  firstVisit: FirstVisitChoice | null;
  heardFrom: HeardFrom | null;
  languages: string[];
  adultConfirmed: boolean;
  issueCode: boolean;
}

export const EMPTY_CHECK_IN: CheckInFormState = {
  code: "",
  nationality: null,
  firstVisit: null,
  heardFrom: null,
  languages: [],
  adultConfirmed: false,
  issueCode: false,
};

/** What the code field holds, read live while staff type or a scanner types. */
export type CodeReading =
  | { kind: "empty" }
  /** Fewer characters than a code has: not wrong yet. */
  | { kind: "partial"; length: number }
  | { kind: "valid"; code: string; printed: string }
  | { kind: "invalid" };

// A scanned card gives the address her QR code opens, with the code at its end (in the fragment).
const CODE_AT_END = /([2-9A-HJ-NP-Za-hj-np-z][\s-]?(?:[2-9A-HJ-NP-Za-hj-np-z][\s-]?){7})\s*$/;

/** The code part of what was typed or scanned: a whole address is cut down to the code at its end. */
export function codeFromInput(typed: string): string {
  const text = typed.trim();
  if (!/[/#=?]/.test(text)) return text;
  return CODE_AT_END.exec(text)?.[1] ?? text;
}

export function readCode(typed: string): CodeReading {
  const text = codeFromInput(typed);
  const compact = text.toUpperCase().replace(/[\s-]/g, "");
  if (compact === "") return { kind: "empty" };
  const code = normaliseVisitorCode(text);
  if (code) return { kind: "valid", code, printed: formatVisitorCode(code) };
  if (compact.length < CODE_LENGTH && /^[2-9A-HJ-NP-Z]*$/.test(compact)) {
    return { kind: "partial", length: compact.length };
  }
  return { kind: "invalid" };
}

/** What the door knows of a code once it was looked up: enough to check her in without asking again. */
export interface KnownCode {
  nationality: string;
  languages: string[];
  visitCount: number;
}

/** Which parts of the panel are shown for what was chosen so far. */
export interface CheckInSections {
  /** A valid code was typed: her nationality and first visit come from the code. */
  fromCode: boolean;
  /** How she heard of the centre: only on a first visit. */
  heardFrom: boolean;
  /** Languages and "give her a card": once first visit is answered, without a code. */
  details: boolean;
  /** "Over 18 confirmed": on a first visit, or when she gets a card. */
  adult: boolean;
}

export function checkInSections(state: CheckInFormState, known: KnownCode | null): CheckInSections {
  const reading = readCode(state.code);
  const fromCode = reading.kind === "valid" && known !== null;
  const hasCode = reading.kind !== "empty";
  const answered = state.firstVisit !== null;
  return {
    fromCode,
    heardFrom: !hasCode && state.firstVisit === "yes",
    details: !hasCode && answered,
    adult: !hasCode && answered && (state.firstVisit === "yes" || state.issueCode),
  };
}

export type CheckInFormField = "code" | "nationality" | "firstVisit";
/** Why the panel cannot send yet; each has a message in door.json under checkIn.problems. */
export type CheckInProblem =
  | "MALFORMED_VISITOR_CODE"
  | "CODE_INCOMPLETE"
  | "NATIONALITY_REQUIRED"
  | "FIRST_VISIT_REQUIRED";

export type CheckInDraft =
  | { ok: true; body: CheckInBody }
  | { ok: false; problems: Partial<Record<CheckInFormField, CheckInProblem>> };

const FIRST_VISIT: Record<FirstVisitChoice, boolean | null> = { yes: true, no: false, unknown: null };

/**
 * The request for what the panel holds, or what is missing. With a code, her nationality and
 * languages come from the code's profile (`known`); without one, staff choose them.
 */
export function checkInBody(siteId: string, state: CheckInFormState, known: KnownCode | null): CheckInDraft {
  const reading = readCode(state.code);
  if (reading.kind === "partial") return { ok: false, problems: { code: "CODE_INCOMPLETE" } };
  if (reading.kind === "invalid") return { ok: false, problems: { code: "MALFORMED_VISITOR_CODE" } };

  if (reading.kind === "valid") {
    const nationality = known?.nationality ?? state.nationality;
    if (!nationality) return { ok: false, problems: { nationality: "NATIONALITY_REQUIRED" } };
    const languages = known?.languages ?? state.languages;
    const firstVisit = known
      ? known.visitCount === 0
      : state.firstVisit === null
        ? false
        : FIRST_VISIT[state.firstVisit];
    return {
      ok: true,
      body: {
        siteId,
        nationality,
        firstVisit,
        visitorCode: reading.code,
        ...(languages.length > 0 ? { languages } : {}),
      },
    };
  }

  const problems: Partial<Record<CheckInFormField, CheckInProblem>> = {};
  if (!state.nationality) problems.nationality = "NATIONALITY_REQUIRED";
  if (state.firstVisit === null) problems.firstVisit = "FIRST_VISIT_REQUIRED";
  if (!state.nationality || state.firstVisit === null) return { ok: false, problems };

  const sections = checkInSections(state, null);
  const body: CheckInBody = {
    siteId,
    nationality: state.nationality,
    firstVisit: FIRST_VISIT[state.firstVisit],
  };
  if (sections.heardFrom && state.heardFrom) body.heardFrom = state.heardFrom;
  if (state.languages.length > 0) body.languages = state.languages;
  if (sections.adult) body.adultConfirmed = state.adultConfirmed;
  if (state.issueCode) body.issueCode = true;
  return { ok: true, body };
}

/**
 * Where a field error of the check-in answer belongs in the panel. Anything the panel has no field
 * for is shown above it.
 */
export function checkInFieldOf(
  path: string,
): CheckInFormField | "heardFrom" | "languages" | "adultConfirmed" | null {
  const field = path.split(".")[0];
  switch (field) {
    case "visitorCode":
      return "code";
    case "nationality":
    case "firstVisit":
    case "heardFrom":
    case "languages":
    case "adultConfirmed":
      return field;
    default:
      return null;
  }
}
