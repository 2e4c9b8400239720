import { z } from "zod";
import { FollowUpSchema } from "./follow-ups.js";
import { MessageSchema } from "./messages.js";
import { defineRoutes } from "./route.js";
import { IdSchema, LocalDateSchema, LocalTimeSchema } from "./shared.js";
import { SiteParamsSchema } from "./sites.js";
import { FlagKindSchema } from "./visits.js";

/** A woman the door may see tonight who has an open flag: her code and what to tell her, nothing else. */
export const ExpectedWomanSchema = z.object({
  visitorCodeId: IdSchema,
  visitorCode: z.string(),
  /** Open flags of her code, e.g. ["see_nurse"]. */
  flags: z.array(FlagKindSchema),
  /** Her last visit to this site (local date) in the last 28 days, or null. */
  lastVisitOn: LocalDateSchema.nullable(),
  /** She has a clinic appointment at this site today. */
  appointmentToday: z.boolean(),
});
export type ExpectedWoman = z.infer<typeof ExpectedWomanSchema>;

/** The last diary entry before today, in a few lines (restricted paragraphs are only counted). */
export const LastEntrySummarySchema = z.object({
  entryId: IdSchema,
  date: LocalDateSchema,
  startsAt: LocalTimeSchema.nullable(),
  /** Women through the door that session, when known. */
  headcount: z.number().int().nullable(),
  paragraphCount: z.number().int(),
  restrictedParagraphCount: z.number().int(),
  authors: z.array(z.string()),
  /** The start of the entry's readable paragraphs, as the diary shortens them. */
  summary: z.string(),
});
export type LastEntrySummary = z.infer<typeof LastEntrySummarySchema>;

export const HandoverSchema = z.object({
  site: z.object({ id: IdSchema, name: z.string(), timeZone: z.string() }),
  /** Today, the site's local date. */
  date: LocalDateSchema,
  /** Messages I have not opened, pinned first then newest. */
  unreadMessages: z.array(MessageSchema),
  /** Open follow-ups due today or before, assigned to me (and to "any social worker" if I am one); oldest due first. */
  followUps: z.array(FollowUpSchema),
  /** Codes with an open flag who visited this site in the last 28 days or have a clinic appointment today. */
  expectedWomen: z.array(ExpectedWomanSchema),
  lastEntry: LastEntrySummarySchema.nullable(),
  /** True when there is something to read: unread messages or follow-ups due. The home page shows the handover first. */
  attention: z.boolean(),
});
export type Handover = z.infer<typeof HandoverSchema>;

export const handoverRoutes = defineRoutes({
  handover: {
    method: "GET",
    path: "/api/v1/sites/:siteId/handover",
    access: "diary.write",
    summary:
      "The handover: unread messages, follow-ups due or overdue, women expected tonight with an open flag (codes only), the last entry's summary",
    params: SiteParamsSchema,
    response: HandoverSchema,
  },
});
// contract: ready
