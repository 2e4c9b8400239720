import { z } from "zod";
import { LIMITS } from "../limits.js";
import { TextWarningSchema } from "./diary.js";
import { PersonSchema } from "./follow-ups.js";
import { defineRoutes } from "./route.js";
import { IdParamsSchema, IdSchema } from "./shared.js";
import { SiteParamsSchema } from "./sites.js";

/** All staff of the site, the managers, or one person. */
export const MESSAGE_AUDIENCES = ["all", "managers", "person"] as const;
export const MessageAudienceSchema = z.enum(MESSAGE_AUDIENCES);
export type MessageAudience = z.infer<typeof MessageAudienceSchema>;

export const ReceiptSchema = z.object({
  accountId: IdSchema,
  displayName: z.string(),
  /** Null: has not opened it yet. */
  readAt: z.string().nullable(),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

/** Who has read a message: for managers and for the message's author only. */
export const ReceiptsSchema = z.object({
  messageId: IdSchema,
  /** Everyone the message is for (the author excepted), read ones first by time, then the others by name. */
  items: z.array(ReceiptSchema),
  readCount: z.number().int(),
  audienceCount: z.number().int(),
});
export type Receipts = z.infer<typeof ReceiptsSchema>;

export const MessageSchema = z.object({
  id: IdSchema,
  siteId: IdSchema,
  /** Null when the author's account has been removed. */
  author: PersonSchema.nullable(),
  audience: MessageAudienceSchema,
  /** With audience `person`. */
  recipient: PersonSchema.nullable(),
  body: z.string(),
  pinned: z.boolean(),
  createdAt: z.string(),
  /** When I opened it; null while unread (my own messages count as read). */
  readAt: z.string().nullable(),
  /** "Read by 3 of 7", for managers and the author; null for everyone else. */
  readSummary: z.object({ readCount: z.number().int(), audienceCount: z.number().int() }).nullable(),
  can: z.object({ pin: z.boolean(), receipts: z.boolean() }),
  /** The text looks like it names her (a name, phone, e-mail, passport number): saved, but say so. */
  warnings: z.array(TextWarningSchema),
});
export type Message = z.infer<typeof MessageSchema>;

export const MessageListQuerySchema = z
  .object({
    /** `unread`: only the ones I have not opened. */
    filter: z.enum(["all", "unread"]).default("all"),
    limit: z.coerce.number().int().min(1).max(LIMITS.messagesPageMax).default(50),
  })
  .strict();
export type MessageListQuery = z.input<typeof MessageListQuerySchema>;

export const MessageListSchema = z.object({
  /** The messages I may read: pinned first, then newest first. */
  items: z.array(MessageSchema),
  unreadCount: z.number().int(),
  more: z.boolean(),
});
export type MessageList = z.infer<typeof MessageListSchema>;

export const SendMessageBodySchema = z
  .object({
    siteId: IdSchema,
    audience: MessageAudienceSchema,
    /** Required with audience `person` (RECIPIENT_REQUIRED), refused otherwise. */
    recipientId: IdSchema.optional(),
    body: z.string().trim().min(1, "Write something here").max(LIMITS.messageMax),
    pinned: z.boolean().default(false),
  })
  .strict();
export type SendMessageBody = z.input<typeof SendMessageBodySchema>;

export const PinMessageBodySchema = z.object({ pinned: z.boolean() }).strict();
export type PinMessageBody = z.input<typeof PinMessageBodySchema>;

export const UnreadCountSchema = z.object({ unreadCount: z.number().int() });

export const messagesRoutes = defineRoutes({
  listMessages: {
    method: "GET",
    path: "/api/v1/sites/:siteId/messages",
    access: "diary.write",
    summary:
      "Messages of a site I may read (to all staff, to managers if I am one, to me, or mine): pinned first",
    params: SiteParamsSchema,
    query: MessageListQuerySchema,
    response: MessageListSchema,
  },
  unreadCount: {
    method: "GET",
    path: "/api/v1/sites/:siteId/messages/unread-count",
    access: "diary.write",
    summary: "How many messages of the site I have not opened",
    params: SiteParamsSchema,
    response: UnreadCountSchema,
  },
  sendMessage: {
    method: "POST",
    path: "/api/v1/messages",
    access: "diary.write",
    summary: "Send a message to all staff of a site, to the managers, or to one person",
    body: SendMessageBodySchema,
    response: MessageSchema,
    status: 201,
  },
  getMessage: {
    method: "GET",
    path: "/api/v1/messages/:id",
    access: "diary.write",
    summary: "One message (does not mark it read: POST …/read does)",
    params: IdParamsSchema,
    response: MessageSchema,
  },
  markRead: {
    method: "POST",
    path: "/api/v1/messages/:id/read",
    access: "diary.write",
    summary: "I have opened it: records the read receipt (repeating it keeps the first time)",
    params: IdParamsSchema,
    response: MessageSchema,
  },
  pinMessage: {
    method: "PUT",
    path: "/api/v1/messages/:id/pin",
    access: "diary.write",
    summary: "Pin or unpin a message (its author or a manager)",
    params: IdParamsSchema,
    body: PinMessageBodySchema,
    response: MessageSchema,
  },
  receipts: {
    method: "GET",
    path: "/api/v1/messages/:id/receipts",
    access: "diary.write",
    summary:
      "Who has read a message and who has not: managers (message.receipts) and the author only, 403 otherwise",
    params: IdParamsSchema,
    response: ReceiptsSchema,
  },
});
// contract: ready
