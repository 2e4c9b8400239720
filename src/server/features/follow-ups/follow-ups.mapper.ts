import type {
  Assignee,
  Colleague,
  FollowUp,
  FollowUpComment,
  Person,
} from "../../../common/contracts/follow-ups.js";
import { personalDataWarnings } from "../../../common/personal-data.js";
import { formatVisitorCode } from "../../../common/visitor-code.js";
import { capabilities } from "./follow-ups.policy.js";
import type { CommentRow, FollowUpRow } from "./follow-ups.repository.js";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** What in these fields looks like it names her: warned, never refused. */
export const textWarnings = (fields: Record<string, string>) =>
  Object.entries(fields).flatMap(([path, text]) =>
    personalDataWarnings(text).map((warning) => ({ path, warning })),
  );

/** The names and codes a page of follow-ups refers to, fetched once for the page. */
export interface FollowUpLookups {
  names: Map<string, string>;
  codes: Map<string, string>;
  commentCounts: Map<string, number>;
  today: string;
}

export function personOf(id: string | null, names: Map<string, string>): Person | null {
  if (id === null) return null;
  const displayName = names.get(id);
  return displayName === undefined ? null : { accountId: id, displayName };
}

function assigneeOf(row: FollowUpRow, names: Map<string, string>): Assignee {
  if (row.anySocialWorker) return { kind: "any_social_worker" };
  return {
    kind: "person",
    accountId: row.assigneeId,
    displayName: row.assigneeId ? (names.get(row.assigneeId) ?? null) : null,
  };
}

export const accountIdsOf = (rows: readonly FollowUpRow[]) =>
  rows.flatMap((r) => [r.assigneeId, r.createdBy, r.closedBy]).filter((id): id is string => id !== null);

export function toComment(row: CommentRow, names: Map<string, string>): FollowUpComment {
  return {
    id: row.id,
    author: personOf(row.authorId, names),
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toFollowUp(
  row: FollowUpRow,
  lookups: FollowUpLookups,
  comments: FollowUpComment[] = [],
): FollowUp {
  const code = row.visitorCodeId ? lookups.codes.get(row.visitorCodeId) : undefined;
  return {
    id: row.id,
    siteId: row.siteId,
    kind: row.kind,
    title: row.title,
    body: row.body,
    assignee: assigneeOf(row, lookups.names),
    dueOn: row.dueOn,
    visitorCode: code ? formatVisitorCode(code) : null,
    visitorCodeId: code ? row.visitorCodeId : null,
    status: row.status,
    overdue: row.status === "open" && row.dueOn < lookups.today,
    dropReason: row.dropReason,
    closedAt: iso(row.closedAt),
    closedBy: personOf(row.closedBy, lookups.names),
    accompaniment:
      row.kind === "accompaniment" && row.appointmentAt && row.place !== null
        ? {
            appointmentAt: row.appointmentAt.toISOString(),
            place: row.place,
            languageNeeded: row.languageNeeded,
            sourceReferralId: row.sourceReferralId,
            outcome: row.outcome,
          }
        : null,
    createdBy: personOf(row.createdBy, lookups.names),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    commentCount: lookups.commentCounts.get(row.id) ?? comments.length,
    comments,
    can: capabilities(row),
    warnings: textWarnings({ title: row.title, body: row.body }),
  };
}

export const toColleague = (row: {
  accountId: string;
  displayName: string;
  role: string;
  languages: string[];
}): Colleague => ({ ...row });
