import type {
  AssigneeInput,
  CreateFollowUpBody,
  FollowUp,
  FollowUpScope,
  UpdateFollowUpBody,
} from "../../../common/contracts/follow-ups";
import { FOLLOW_UP_SCOPES } from "../../../common/contracts/follow-ups";
import { LIMITS } from "../../../common/limits";
import { normaliseVisitorCode } from "../../../common/visitor-code";
import { addDays } from "../sites/format";

// Times: a site's wall clock ↔ instants, in the browser, without a date library.

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsAt(instant: number, timeZone: string) {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    partFormatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(new Date(instant))) parts[part.type] = part.value;
  return parts;
}

/** Minutes the zone's wall clock is ahead of UTC at an instant (+60 in Copenhagen in winter). */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  const p = partsAt(instant, timeZone);
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${sign}${hh}:${mm}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * "2025-03-10" at "14:30" on the site's wall clock → "2025-03-10T14:30:00+01:00". A time the clocks
 * skip in spring is read with the offset from before the change (02:30 → 03:30 summer time); a time
 * that happens twice in autumn is the first one. Null for a date or time that cannot be read.
 */
export function wallClockToInstant(date: string, time: string, timeZone: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // 31 February is no date (Date.UTC would read it as 3 March).
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 10) !== date) return null;
  // The zone's offsets half a day either side: one, or two around a change of the clocks.
  const HALF_DAY = 12 * 60 * 60_000;
  const before = offsetMinutesAt(wall - HALF_DAY, timeZone);
  const after = offsetMinutesAt(wall + HALF_DAY, timeZone);
  // The offsets under which the wall clock really shows this time, the earlier instant first.
  const fits = [...new Set([before, after])]
    .filter((offset) => offsetMinutesAt(wall - offset * 60_000, timeZone) === offset)
    .sort((a, b) => b - a);
  const offset = fits[0] ?? before;
  return `${date}T${time}:00${formatOffset(offset)}`;
}

/** An instant as the date and time on the site's wall clock, for a form to edit. */
export function instantToWallClock(instant: string, timeZone: string): { date: string; time: string } {
  const p = partsAt(new Date(instant).getTime(), timeZone);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Monday 10 March, 14:30" (the year only when it is not this one), on the site's wall clock. */
export function formatInstant(instant: string, timeZone: string, language: string, today: string): string {
  const withYear = instantToWallClock(instant, timeZone).date.slice(0, 4) !== today.slice(0, 4);
  const key = `${language}|${timeZone}|${withYear}`;
  let format = displayFormatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      timeZone,
      weekday: "long",
      day: "numeric",
      month: "long",
      ...(withYear ? { year: "numeric" } : {}),
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    displayFormatters.set(key, format);
  }
  return format.format(new Date(instant));
}

// Due dates.

export type DueState = "closed" | "overdue" | "today" | "tomorrow" | "later";

/** How pressing a follow-up is on the site's date `today`: overdue and due today stand out. */
export function dueState(followUp: Pick<FollowUp, "status" | "dueOn">, today: string): DueState {
  if (followUp.status !== "open") return "closed";
  if (followUp.dueOn < today) return "overdue";
  if (followUp.dueOn === today) return "today";
  if (followUp.dueOn === addDays(today, 1)) return "tomorrow";
  return "later";
}

// The list's view, from the address (not sensitive: which list and which states).

export type StatusFilter = "open" | "closed" | "any";
export const STATUS_FILTERS: readonly StatusFilter[] = ["open", "closed", "any"];

export interface ListView {
  scope: FollowUpScope;
  status: StatusFilter;
}

export function readListView(search: URLSearchParams): ListView {
  const scope = search.get("scope");
  const status = search.get("status");
  return {
    scope: (FOLLOW_UP_SCOPES as readonly string[]).includes(scope ?? "") ? (scope as FollowUpScope) : "mine",
    status: (STATUS_FILTERS as readonly string[]).includes(status ?? "") ? (status as StatusFilter) : "open",
  };
}

export function listViewSearch(view: ListView): string {
  const search = new URLSearchParams();
  if (view.scope !== "mine") search.set("scope", view.scope);
  if (view.status !== "open") search.set("status", view.status);
  const text = search.toString();
  return text ? `?${text}` : "";
}

// The form.

export type AssigneeChoice = "me" | "any_social_worker" | "person";

export interface FollowUpFormValues {
  title: string;
  body: string;
  /** As typed; empty for none. */
  visitorCode: string;
  dueOn: string;
  assigneeChoice: AssigneeChoice;
  /** With `person`: whom. */
  assigneeId: string;
  accompaniment: boolean;
  appointmentDate: string;
  appointmentTime: string;
  place: string;
  /** ISO 639 code, or empty for none needed. */
  languageNeeded: string;
}

/** A new follow-up: for me (or any social worker, if I am one), due in two days. */
export function emptyFollowUpForm(options: { today: string; socialWorker: boolean }): FollowUpFormValues {
  return {
    title: "",
    body: "",
    visitorCode: "",
    dueOn: addDays(options.today, 2),
    assigneeChoice: options.socialWorker ? "any_social_worker" : "me",
    assigneeId: "",
    accompaniment: false,
    appointmentDate: "",
    appointmentTime: "",
    place: "",
    languageNeeded: "",
  };
}

/** An existing follow-up in the form, to change it. */
export function followUpFormOf(
  followUp: FollowUp,
  options: { meId: string; timeZone: string },
): FollowUpFormValues {
  const assignee = followUp.assignee;
  const appointment = followUp.accompaniment
    ? instantToWallClock(followUp.accompaniment.appointmentAt, options.timeZone)
    : { date: "", time: "" };
  return {
    title: followUp.title,
    body: followUp.body,
    visitorCode: followUp.visitorCode ?? "",
    dueOn: followUp.dueOn,
    assigneeChoice:
      assignee.kind === "any_social_worker"
        ? "any_social_worker"
        : assignee.accountId === options.meId
          ? "me"
          : "person",
    assigneeId: assignee.kind === "person" ? (assignee.accountId ?? "") : "",
    accompaniment: followUp.kind === "accompaniment",
    appointmentDate: appointment.date,
    appointmentTime: appointment.time,
    place: followUp.accompaniment?.place ?? "",
    languageNeeded: followUp.accompaniment?.languageNeeded ?? "",
  };
}

/** What is wrong with the form, as keys of the feature's `form.errors` messages, per field. */
export type FollowUpFormProblem =
  | "required"
  | "tooLong"
  | "notACode"
  | "chooseDate"
  | "choosePerson"
  | "chooseTime";

export function checkFollowUpForm(
  values: FollowUpFormValues,
): Partial<Record<keyof FollowUpFormValues, FollowUpFormProblem>> {
  const problems: Partial<Record<keyof FollowUpFormValues, FollowUpFormProblem>> = {};
  const title = values.title.trim();
  if (!title) problems.title = "required";
  else if (title.length > LIMITS.followUpTitleMax) problems.title = "tooLong";
  if (values.body.trim().length > LIMITS.followUpBodyMax) problems.body = "tooLong";
  if (values.visitorCode.trim() && !normaliseVisitorCode(values.visitorCode))
    problems.visitorCode = "notACode";
  if (!DATE.test(values.dueOn)) problems.dueOn = "chooseDate";
  if (values.assigneeChoice === "person" && !values.assigneeId) problems.assigneeId = "choosePerson";
  if (values.accompaniment) {
    if (!DATE.test(values.appointmentDate)) problems.appointmentDate = "chooseDate";
    if (!TIME.test(values.appointmentTime)) problems.appointmentTime = "chooseTime";
    const place = values.place.trim();
    if (!place) problems.place = "required";
    else if (place.length > LIMITS.placeMax) problems.place = "tooLong";
  }
  return problems;
}

function assigneeOf(values: FollowUpFormValues, meId: string): AssigneeInput {
  if (values.assigneeChoice === "any_social_worker") return { kind: "any_social_worker" };
  return { kind: "person", accountId: values.assigneeChoice === "me" ? meId : values.assigneeId };
}

function accompanimentOf(values: FollowUpFormValues, timeZone: string) {
  return {
    appointmentAt: wallClockToInstant(values.appointmentDate, values.appointmentTime, timeZone) ?? "",
    place: values.place.trim(),
    languageNeeded: values.languageNeeded || null,
  };
}

interface BodyOptions {
  siteId: string;
  meId: string;
  timeZone: string;
}

/** The request for a new follow-up; call it only after `checkFollowUpForm` found nothing. */
export function createBodyOf(values: FollowUpFormValues, options: BodyOptions): CreateFollowUpBody {
  const code = values.visitorCode.trim();
  return {
    siteId: options.siteId,
    title: values.title.trim(),
    body: values.body.trim(),
    assignee: assigneeOf(values, options.meId),
    dueOn: values.dueOn,
    ...(code ? { visitorCode: code } : {}),
    ...(values.accompaniment ? { accompaniment: accompanimentOf(values, options.timeZone) } : {}),
  };
}

/**
 * The change to an open follow-up: only what differs from before, so a colleague's change to another
 * field in the meantime is not overwritten. Null when nothing changed.
 */
export function updateBodyOf(
  before: FollowUpFormValues,
  values: FollowUpFormValues,
  options: Omit<BodyOptions, "siteId">,
): UpdateFollowUpBody | null {
  const body: UpdateFollowUpBody = {};
  if (values.title.trim() !== before.title.trim()) body.title = values.title.trim();
  if (values.body.trim() !== before.body.trim()) body.body = values.body.trim();
  if (values.dueOn !== before.dueOn) body.dueOn = values.dueOn;
  const assignee = assigneeOf(values, options.meId);
  const assigneeBefore = assigneeOf(before, options.meId);
  if (JSON.stringify(assignee) !== JSON.stringify(assigneeBefore)) body.assignee = assignee;
  const code = values.visitorCode.trim();
  const codeBefore = before.visitorCode.trim();
  const sameCode = code && codeBefore && normaliseVisitorCode(code) === normaliseVisitorCode(codeBefore);
  if (code !== codeBefore && !sameCode) body.visitorCode = code ? code : null;
  if (values.accompaniment) {
    const now = accompanimentOf(values, options.timeZone);
    const then = accompanimentOf(before, options.timeZone);
    const change: NonNullable<UpdateFollowUpBody["accompaniment"]> = {};
    if (now.appointmentAt !== then.appointmentAt) change.appointmentAt = now.appointmentAt;
    if (now.place !== then.place) change.place = now.place;
    if (now.languageNeeded !== then.languageNeeded) change.languageNeeded = now.languageNeeded;
    if (Object.keys(change).length > 0) body.accompaniment = change;
  }
  return Object.keys(body).length > 0 ? body : null;
}

/** Where the server's refusal of a field goes on the form. */
export const FOLLOW_UP_FIELD_MAP: Record<string, keyof FollowUpFormValues> = {
  "assignee.accountId": "assigneeId",
  assignee: "assigneeChoice",
  "accompaniment.appointmentAt": "appointmentDate",
  "accompaniment.place": "place",
  "accompaniment.languageNeeded": "languageNeeded",
  accompaniment: "appointmentDate",
};
