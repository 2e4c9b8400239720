import type { Handover } from "../../../common/contracts/handover.js";
import type { FlagKind } from "../../../common/contracts/visits.js";
import { can } from "../../../common/permissions.js";
import { formatVisitorCode } from "../../../common/visitor-code.js";
import type { Actor, AppContext } from "../../context.js";
import { forbidden } from "../../errors.js";
import * as clinicQueue from "../clinic-queue/clinic-queue.service.js";
import * as diary from "../diary/diary.service.js";
import * as followUps from "../follow-ups/follow-ups.service.js";
import * as messages from "../messages/messages.service.js";
import { localDateTime } from "../sites/local-time.js";
import * as sites from "../sites/sites.service.js";
import * as repo from "./handover.repository.js";

/** A woman "expected tonight" came to this site in the last four weeks. */
export const EXPECTED_WITHIN_DAYS = 28;
const DAY_MS = 86_400_000;
/** The handover is a page to read at the start of a shift, not an archive: the rest is on the lists. */
const HANDOVER_LIST_MAX = 100;

/**
 * The handover, the first page of a shift: what I have not read, what is due, who to look out for
 * tonight (codes and flags only), and what happened last time.
 */
export async function handover(ctx: AppContext, actor: Actor, siteId: string): Promise<Handover> {
  if (!can(actor.role, "diary.write")) throw forbidden();
  const site = await sites.getSite(ctx, actor, siteId);
  const now = ctx.clock.now();
  const today = localDateTime(now, site.timeZone).date;
  const since = new Date(now.getTime() - EXPECTED_WITHIN_DAYS * DAY_MS);
  const appointmentCodeIds = await clinicQueue.appointmentCodesOn(ctx.db, siteId, today);
  const [unread, due, expected, lastEntry] = await Promise.all([
    messages.messagesOfSite(ctx.db, actor, siteId, { unreadOnly: true, limit: HANDOVER_LIST_MAX }),
    followUps.dueFollowUpsOf(ctx.db, actor, siteId, today, HANDOVER_LIST_MAX),
    repo.expectedWithOpenFlags(ctx.db, siteId, since, appointmentCodeIds, HANDOVER_LIST_MAX),
    diary.lastEntrySummary(ctx.db, siteId, today),
  ]);
  const appointments = new Set(appointmentCodeIds);
  return {
    site: { id: site.id, name: site.name, timeZone: site.timeZone },
    date: today,
    unreadMessages: unread.items,
    followUps: due,
    expectedWomen: expected.map((row) => ({
      visitorCodeId: row.visitorCodeId,
      visitorCode: formatVisitorCode(row.code),
      flags: row.kinds as FlagKind[],
      lastVisitOn: row.lastVisitOn,
      appointmentToday: appointments.has(row.visitorCodeId),
    })),
    lastEntry,
    attention: unread.items.length > 0 || due.length > 0,
  };
}
