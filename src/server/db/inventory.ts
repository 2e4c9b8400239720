/**
 * The data inventory: every column of every table, classified. It is the record of processing a data
 * protection officer asks for (rendered into docs/PRIVACY.md by `npm run inventory`), and the table
 * that later permission, export and retention rules read.
 *
 * Completeness is enforced twice: TypeScript refuses a table description that misses one of the
 * table's Drizzle columns, and inventory.test.ts compares the inventory with the live database.
 *
 * Retention states the rule; `retentionApplied` says who applies it today: the code by itself, staff
 * (who remove what ends, such as a site or a schedule entry), or nobody yet (the daily retention job
 * comes with issue 11).
 */
import { getTableColumns, is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { can, type Permission, ROLES, type Role } from "../../common/permissions.js";
import * as schema from "./schema/index.js";

export const DATA_CATEGORIES = {
  "staff-identity": "Who a staff member is and what they may do: name, role, organisation, languages.",
  "staff-credential":
    "What proves a staff member's identity: password hash, second-factor secret, recovery codes.",
  "staff-session": "Signed-in browsers of staff members.",
  security: "Counters and tokens that protect sign-in and the API against guessing and floods.",
  organisation: "The organisations that share the centre.",
  site: "The centre's sites: name, address, time zone, room capacity.",
  schedule: "When a site is open and what happens inside its sessions.",
  roster: "Which staff member works which session.",
  audit: "The append-only, hash-chained record of who did what, when.",
  session: "When the door was open: the evening sessions staff opened and closed.",
  visitor:
    "A woman's pseudonymous visitor code and what the door records about her visits: nationality, languages, how she heard of the centre. Never a name.",
  "visitor-restricted":
    "Staff-chosen nicknames: the nearest thing to a name, encrypted and audited on reading.",
  catalogue: "The services a site offers and the supplies it hands out, with stock and limits.",
  diary:
    "The shift diary, follow-ups and messages: what staff wrote about an evening, with visitor codes but never a name.",
  "diary-restricted":
    "Diary paragraphs restricted to one organisation or role: encrypted, and every read audited.",
  clinic:
    "The clinic's queue, appointments and counts: ticket numbers, times, test types and states, never findings.",
  "clinic-restricted":
    "Medical records under confidentiality: consultation notes, diagnoses, results, referrals and costs; encrypted, every read audited.",
} as const;
export type DataCategory = keyof typeof DATA_CATEGORIES;

/**
 * Who reads or writes a column: a role from permissions.ts; "self" (the staff member the row is
 * about); "system" (the app itself, never shown to a person); "public" (anyone, without signing in).
 */
export type Party = Role | "self" | "system" | "public";

export interface ColumnRecord {
  category: DataCategory;
  /** One sentence: why the column exists. */
  purpose: string;
  readers: readonly Party[];
  writers: readonly Party[];
  /** AES-256-GCM ciphertext (src/server/crypto.ts) in a bytea column. */
  encrypted: boolean;
  retention: string;
  /** Personal data in the GDPR's sense: it relates to an identifiable person. */
  personal: boolean;
}

export interface InventoryColumn extends ColumnRecord {
  /** The column's name in the database. */
  name: string;
}

export type RetentionApplied = "automatically" | "by staff" | "not yet";

export interface InventoryTable {
  /** The table's name in the database. */
  name: string;
  purpose: string;
  retentionApplied: RetentionApplied;
  columns: InventoryColumn[];
}

/** Every role that holds the permission, so the inventory follows the one matrix in permissions.ts. */
export const rolesWith = (permission: Permission): Role[] => ROLES.filter((role) => can(role, permission));
const ALL_STAFF: readonly Party[] = ROLES;
const SYSTEM: readonly Party[] = ["system"];

type Defaults = Omit<ColumnRecord, "purpose">;
/** A column's purpose alone, or its purpose and what differs from the table's defaults. */
type ColumnEntry = string | (Partial<Defaults> & { purpose: string });

function describeTable<T extends PgTable>(
  table: T,
  description: {
    purpose: string;
    retentionApplied: RetentionApplied;
    defaults: Defaults;
    columns: { [K in keyof T["_"]["columns"]]: ColumnEntry };
  },
): InventoryTable {
  const columns = getTableColumns(table);
  return {
    name: getTableConfig(table).name,
    purpose: description.purpose,
    retentionApplied: description.retentionApplied,
    columns: Object.entries(description.columns as Record<string, ColumnEntry>).map(([key, entry]) => {
      const column = columns[key];
      if (!column) throw new Error(`inventory: ${getTableConfig(table).name} has no column ${key}`);
      const overrides = typeof entry === "string" ? { purpose: entry } : entry;
      return { name: column.name, ...description.defaults, ...overrides };
    }),
  };
}

const ACCOUNT_LIFETIME =
  "While the account exists; accounts are deactivated, not deleted, so the audit log can still name who acted.";
const SCHEDULE_LIFETIME = "While the site exists; past entries are kept for the centre's reports.";

const VISIT_LIFETIME =
  "While the site exists; erasing her code on her request unlinks her visits, which stay as anonymous counts.";
const DOOR_STAFF: readonly Party[] = [...rolesWith("visit.record")];
const DOOR_READERS: readonly Party[] = [...rolesWith("visit.record"), ...rolesWith("report.door")];

const DOOR_TABLES: readonly InventoryTable[] = [
  describeTable(schema.openingSessions, {
    purpose: "Each evening (or night) the door was open, from its opening to its closing.",
    retentionApplied: "by staff",
    defaults: {
      category: "session",
      readers: DOOR_READERS,
      writers: DOOR_STAFF,
      encrypted: false,
      retention: "While the site exists; kept for the centre's reports.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the session.", writers: SYSTEM },
      siteId: "The site.",
      date: "The local date the session started; a night past midnight belongs to it.",
      startsAt: "Scheduled start, local time.",
      endsAt: "Scheduled end, local time.",
      startsAtInstant: "Scheduled start as an instant.",
      endsAtInstant: "Scheduled end as an instant.",
      weeklyOpeningId: "The weekly opening it came from.",
      oneOffOpeningId: "The one-off opening it came from.",
      pilotPeriodId: "The pilot period it belongs to, reported apart.",
      openedAt: "When the door opened.",
      openedBy: { purpose: "Who opened it: when a person works is personal data.", personal: true },
      closedAt: "When the door closed.",
      closedBy: { purpose: "Who closed it.", personal: true },
    },
  }),
  describeTable(schema.visitorCodes, {
    purpose: "Visitor codes: pseudonymous, printed on a card she keeps, never linked to a name.",
    retentionApplied: "by staff",
    defaults: {
      category: "visitor",
      readers: DOOR_STAFF,
      writers: DOOR_STAFF,
      encrypted: false,
      retention: "Until she asks for it to be erased; erasure deletes the row.",
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the code inside the app.", writers: SYSTEM },
      code: { purpose: "The code on her card, which links her visits without a name.", writers: SYSTEM },
      nationality: "Her nationality as she gave it, or unknown.",
      languages: "Languages she speaks, to find staff who speak them.",
      heardFrom: "How she heard of the centre.",
      adultConfirmed: "Staff confirmed she is over 18.",
      nickname: {
        purpose: "A word or two staff use to recognise her; never a name.",
        category: "visitor-restricted",
        readers: [...rolesWith("visitor.nickname")],
        writers: [...rolesWith("visitor.manage")],
        encrypted: true,
      },
      mergedIntoId: {
        purpose: "The code this one was merged into, so her older card keeps working.",
        writers: [...rolesWith("visitor.manage")],
      },
      issuedSiteId: "The site that issued the code.",
      issuedBy: { purpose: "Who issued it.", writers: SYSTEM },
      issuedAt: { purpose: "When it was issued.", writers: SYSTEM },
      updatedAt: { purpose: "When the profile last changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.visitorFlags, {
    purpose: "What the door should tell her at her next visit, never why.",
    retentionApplied: "automatically",
    defaults: {
      category: "visitor",
      readers: DOOR_STAFF,
      writers: DOOR_STAFF,
      encrypted: false,
      retention: "Deleted with her code; cleared flags are kept for the follow-up's record.",
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the flag.", writers: SYSTEM },
      visitorCodeId: "Her code.",
      kind: "See the nurse, or a colleague wants to talk to her.",
      source: { purpose: "Raised by staff, by the clinic or by a follow-up.", writers: SYSTEM },
      sourceId: { purpose: "The clinic test or follow-up that raised it.", writers: SYSTEM },
      raisedBy: { purpose: "Who raised it.", writers: SYSTEM },
      raisedAt: { purpose: "When it was raised.", writers: SYSTEM },
      clearedBy: { purpose: "Who cleared it.", writers: SYSTEM },
      clearedAt: { purpose: "When the door told her.", writers: SYSTEM },
    },
  }),
  describeTable(schema.visits, {
    purpose: "One woman through the door in one session, with or without a code.",
    retentionApplied: "by staff",
    defaults: {
      category: "visitor",
      readers: DOOR_READERS,
      writers: DOOR_STAFF,
      encrypted: false,
      retention: VISIT_LIFETIME,
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the visit.", writers: SYSTEM },
      sessionId: "The session she came to.",
      siteId: "The site.",
      visitorCodeId: "Her code, or none for an anonymous visit.",
      nationality: "Her nationality, or unknown.",
      firstVisit: "Her first visit: yes, no or don't know.",
      heardFrom: "How she heard of the centre (new women).",
      languages: "Languages she speaks, for the language match.",
      adultConfirmed: "Staff confirmed she is over 18 (new women).",
      checkedInAt: { purpose: "When she came.", writers: SYSTEM },
      checkedInBy: { purpose: "Who checked her in.", writers: SYSTEM },
      leftAt: "When she left, for the headcount.",
      introducedAt: "When she met a colleague who speaks her language.",
      introducedBy: { purpose: "Who marked the introduction.", writers: SYSTEM },
      idempotencyKey: {
        purpose: "The client's retry key, so a retried check-in is not counted twice.",
        readers: SYSTEM,
        personal: false,
      },
    },
  }),
  describeTable(schema.services, {
    purpose: "The services a site offers during a visit (the sixteen of the staff exercise, and more).",
    retentionApplied: "by staff",
    defaults: {
      category: "catalogue",
      readers: ALL_STAFF,
      writers: [...rolesWith("catalogue.manage")],
      encrypted: false,
      retention: "While the site exists; hidden, not deleted, so past visits still count.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the service.", writers: SYSTEM },
      siteId: "The site.",
      key: { purpose: "Which built-in service it is.", writers: SYSTEM },
      names: "Its name per language.",
      icon: "The picture shown beside it.",
      position: "Its place in the list.",
      active: "Shown at the door, or hidden.",
      createdAt: { purpose: "When it was added.", writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.visitServices, {
    purpose: "The services she used in a visit.",
    retentionApplied: "by staff",
    defaults: {
      category: "visitor",
      readers: DOOR_READERS,
      writers: DOOR_STAFF,
      encrypted: false,
      retention: VISIT_LIFETIME,
      personal: true,
    },
    columns: {
      visitId: "The visit.",
      serviceId: "The service.",
      recordedBy: { purpose: "Who ticked it.", writers: SYSTEM },
      recordedAt: { purpose: "When it was ticked.", writers: SYSTEM },
    },
  }),
  describeTable(schema.supplyItems, {
    purpose: "What a site hands out from stock, with the limits every staff member applies alike.",
    retentionApplied: "by staff",
    defaults: {
      category: "catalogue",
      readers: ALL_STAFF,
      writers: [...rolesWith("catalogue.manage")],
      encrypted: false,
      retention: "While the site exists; hidden, not deleted, so past handouts still count.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the item.", writers: SYSTEM },
      siteId: "The site.",
      key: { purpose: "Which built-in item it is.", writers: SYSTEM },
      names: "Its name per language.",
      icon: "The picture shown beside it.",
      unit: "What one of it is (piece, pair, bag).",
      stock: { purpose: "How many are left.", writers: [...DOOR_STAFF, ...rolesWith("stock.adjust")] },
      lowStockAt: "At or below this level the board warns.",
      limitPerVisit: "The most one visit may take.",
      limitPerWeek: "The most one code may take in a week.",
      position: "Its place in the list.",
      active: "Shown at the door, or hidden.",
      createdAt: { purpose: "When it was added.", writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.supplyHandouts, {
    purpose: "What was handed out in a visit, and why when it went over a limit.",
    retentionApplied: "by staff",
    defaults: {
      category: "visitor",
      readers: DOOR_READERS,
      writers: DOOR_STAFF,
      encrypted: false,
      retention: VISIT_LIFETIME,
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the handout.", writers: SYSTEM },
      visitId: "The visit.",
      itemId: "The item.",
      quantity: "How many were handed out.",
      overLimitReason: "Why staff went over a limit; warned against names and numbers.",
      recordedBy: { purpose: "Who handed it out.", writers: SYSTEM },
      recordedAt: { purpose: "When it was handed out.", writers: SYSTEM },
    },
  }),
  describeTable(schema.stockAdjustments, {
    purpose: "Deliveries and stock counts: every change of stock other than a handout.",
    retentionApplied: "by staff",
    defaults: {
      category: "catalogue",
      readers: [...rolesWith("stock.adjust")],
      writers: [...rolesWith("stock.adjust")],
      encrypted: false,
      retention: "While the site exists.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the change.", writers: SYSTEM },
      itemId: "The item.",
      delta: "How much came in (positive) or was found missing (negative).",
      reason: "Why the stock changed.",
      adjustedBy: { purpose: "Who recorded it.", writers: SYSTEM, personal: true },
      adjustedAt: { purpose: "When the stock changed.", writers: SYSTEM },
    },
  }),
];

// The diary's tables (diary entries, paragraphs, versions, themes, follow-ups, messages): issue 4.
const DIARY_WRITERS: readonly Party[] = [...rolesWith("diary.write")];
const DIARY_LIFETIME =
  "While the site exists; entries are never deleted by staff (a removed paragraph stays in the history), so the centre keeps its memory.";

const DIARY_TABLES: readonly InventoryTable[] = [
  describeTable(schema.diaryThemes, {
    purpose: "The diary's themes: the eight built in and those managers added.",
    retentionApplied: "not yet",
    defaults: {
      category: "diary",
      readers: DIARY_WRITERS,
      writers: [...rolesWith("diary.themes")],
      encrypted: false,
      retention: "Kept; a theme is archived, never deleted, so old entries keep their meaning.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the theme.", writers: SYSTEM },
      key: { purpose: "The built-in theme's stable key.", writers: SYSTEM },
      nameDa: "The theme's Danish name.",
      nameEn: "The theme's English name.",
      archivedAt: "When a manager stopped offering it.",
      createdBy: { purpose: "Which manager added it.", writers: SYSTEM, personal: true },
      createdAt: { purpose: "When it was added.", writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.diaryKeywordRules, {
    purpose: "Danish and English keywords that suggest a theme from what staff write.",
    retentionApplied: "by staff",
    defaults: {
      category: "diary",
      readers: DIARY_WRITERS,
      writers: [...rolesWith("diary.themes")],
      encrypted: false,
      retention: "Until a manager removes the rule.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the rule.", writers: SYSTEM },
      themeId: "The theme it suggests.",
      language: "Danish or English.",
      keyword: "The word or phrase; it matches the start of a word.",
      createdBy: { purpose: "Which manager added it.", writers: SYSTEM, personal: true },
      createdAt: { purpose: "When it was added.", writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.diaryEntries, {
    purpose: "One diary entry per door session: the evening's summary and its own themes.",
    retentionApplied: "not yet",
    defaults: {
      category: "diary",
      readers: DIARY_WRITERS,
      writers: DIARY_WRITERS,
      encrypted: false,
      retention: DIARY_LIFETIME,
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the entry.", writers: SYSTEM },
      siteId: { purpose: "The site.", writers: SYSTEM },
      sessionId: { purpose: "The session it is the diary of.", writers: SYSTEM },
      sessionDate: { purpose: "The session's date, for month counts and date filters.", writers: SYSTEM },
      summary: {
        purpose:
          "A few lines on the evening that the next shift's handover shows; staff are warned if it looks like a name.",
        personal: true,
      },
      themeIds: "The entry's own themes.",
      version: { purpose: "Optimistic concurrency: a stale edit is refused.", writers: SYSTEM },
      createdBy: { purpose: "Who wrote the entry first.", writers: SYSTEM, personal: true },
      createdAt: { purpose: "When it was first written.", writers: SYSTEM },
      updatedBy: { purpose: "Who changed it last.", writers: SYSTEM, personal: true },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
      search: {
        purpose: "The summary's Danish and English search words (generated by the database).",
        readers: SYSTEM,
        writers: SYSTEM,
        personal: true,
      },
    },
  }),
  describeTable(schema.diaryEntryVersions, {
    purpose: "Every version of an entry's summary and themes: entries are never hard-deleted.",
    retentionApplied: "not yet",
    defaults: {
      category: "diary",
      readers: [...rolesWith("diary.history")],
      writers: SYSTEM,
      encrypted: false,
      retention: DIARY_LIFETIME,
      personal: false,
    },
    columns: {
      id: "Identifies the version.",
      entryId: "The entry.",
      version: "The version's number.",
      summary: { purpose: "The summary as it was.", personal: true },
      themeIds: "The themes as they were.",
      editedBy: { purpose: "Who wrote this version.", personal: true },
      editedAt: "When this version was written.",
    },
  }),
  describeTable(schema.diaryParagraphs, {
    purpose:
      "The narrative of an evening, one paragraph per record with its author, time and themes; restricted ones only encrypted.",
    retentionApplied: "not yet",
    defaults: {
      category: "diary",
      readers: DIARY_WRITERS,
      writers: DIARY_WRITERS,
      encrypted: false,
      retention: DIARY_LIFETIME,
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the paragraph.", writers: SYSTEM, personal: false },
      entryId: { purpose: "The entry it belongs to.", writers: SYSTEM, personal: false },
      siteId: { purpose: "The site, for search.", writers: SYSTEM, personal: false },
      sessionDate: {
        purpose: "The session's date, for search and date filters.",
        writers: SYSTEM,
        personal: false,
      },
      authorId: { purpose: "Who wrote it: shown beside it.", writers: SYSTEM },
      authorOrganisationId: {
        purpose: "The author's organisation, which an organisation restriction keeps it to.",
        writers: SYSTEM,
      },
      body: {
        purpose:
          "What staff wrote, when not restricted: about the evening and the women by code, never a name (staff are warned).",
      },
      bodySealed: {
        purpose:
          "A restricted paragraph's text, readable only by its organisation or role and its author; every read audited.",
        category: "diary-restricted",
        readers: ["self", ...DIARY_WRITERS],
        encrypted: true,
      },
      restriction: { purpose: "None, the author's organisation, or a role.", personal: false },
      restrictedOrganisationId: {
        purpose: "The organisation that may read it.",
        writers: SYSTEM,
        personal: false,
      },
      restrictedRole: { purpose: "The role that may read it.", personal: false },
      themeIds: { purpose: "The paragraph's themes.", personal: false },
      version: {
        purpose: "Optimistic concurrency: a stale edit is refused with the current version.",
        writers: SYSTEM,
        personal: false,
      },
      writtenAt: { purpose: "When it was written: shown beside it.", writers: SYSTEM },
      updatedBy: { purpose: "Who changed it last.", writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
      removedAt: { purpose: "When it was removed from the entry (kept in the history).", writers: SYSTEM },
      removedBy: { purpose: "Who removed it.", writers: SYSTEM },
      idempotencyKey: {
        purpose: "The browser's key for a paragraph sent again after a lost answer, so it is written once.",
        writers: SYSTEM,
        personal: false,
      },
      search: {
        purpose:
          "The unrestricted text's Danish and English search words (generated; empty when restricted).",
        readers: SYSTEM,
        writers: SYSTEM,
      },
    },
  }),
  describeTable(schema.diaryParagraphVersions, {
    purpose: "Every version of every paragraph, removals included: managers read the history.",
    retentionApplied: "not yet",
    defaults: {
      category: "diary",
      readers: [...rolesWith("diary.history")],
      writers: SYSTEM,
      encrypted: false,
      retention: DIARY_LIFETIME,
      personal: false,
    },
    columns: {
      id: "Identifies the version.",
      paragraphId: "The paragraph.",
      version: "The version's number.",
      bodySealed: {
        purpose:
          "The text as it was, always encrypted, so a paragraph restricted later leaves no readable copy; a restricted version is read only by those the restriction allows.",
        category: "diary-restricted",
        encrypted: true,
        personal: true,
      },
      restriction: "The restriction as it was.",
      restrictedOrganisationId: "The organisation it was restricted to.",
      restrictedRole: "The role it was restricted to.",
      themeIds: "The themes as they were.",
      removed: "This version removed the paragraph.",
      editedBy: { purpose: "Who wrote this version.", personal: true },
      editedAt: "When this version was written.",
    },
  }),
  describeTable(schema.diaryParagraphCodes, {
    purpose: "The visitor codes a paragraph is about, for the search by code.",
    retentionApplied: "automatically",
    defaults: {
      category: "diary",
      readers: DIARY_WRITERS,
      writers: DIARY_WRITERS,
      encrypted: false,
      retention: "Deleted with the paragraph, or when her code is erased.",
      personal: true,
    },
    columns: {
      paragraphId: "The paragraph.",
      visitorCodeId: "Her code.",
    },
  }),
  describeTable(schema.diaryEntryThemes, {
    purpose: "Which themes each entry carries, kept by the app for the themes page's month counts.",
    retentionApplied: "automatically",
    defaults: {
      category: "diary",
      readers: DIARY_WRITERS,
      writers: SYSTEM,
      encrypted: false,
      retention: "Rewritten with every change of the entry; deleted with it.",
      personal: false,
    },
    columns: {
      entryId: "The entry.",
      themeId: "A theme it or one of its paragraphs carries.",
      siteId: "The site.",
      sessionDate: "The session's date.",
    },
  }),
  // Follow-ups, messages and the handover (S2).
  describeTable(schema.followUps, {
    purpose:
      "Follow-ups colleagues leave each other: a task, or going with her to an appointment the clinic referred her to (never a medical detail).",
    retentionApplied: "not yet",
    defaults: {
      category: "diary",
      readers: DIARY_WRITERS,
      writers: DIARY_WRITERS,
      encrypted: false,
      retention: DIARY_LIFETIME,
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the follow-up.", writers: SYSTEM },
      siteId: "The site.",
      kind: "A task, or an accompaniment to an appointment.",
      title: {
        purpose: "What is to be done, in a line; staff are warned if it looks like a name.",
        personal: true,
      },
      body: { purpose: "More about it; staff are warned if it looks like a name.", personal: true },
      assigneeId: { purpose: "The colleague it is for.", personal: true },
      anySocialWorker: "For whichever social worker takes it.",
      dueOn: "When it should be done.",
      visitorCodeId: {
        purpose: "Her code, when it is about a woman: the door tells her a colleague wants to talk to her.",
        personal: true,
      },
      status: "Open, done or dropped.",
      dropReason: { purpose: "Why it was dropped.", personal: true },
      closedAt: { purpose: "When it was done or dropped.", writers: SYSTEM },
      closedBy: { purpose: "Who closed it.", writers: SYSTEM, personal: true },
      appointmentAt: { purpose: "When her appointment is (accompaniment).", personal: true },
      place: {
        purpose: "Where her appointment is (accompaniment): a hospital or clinic, never why.",
        personal: true,
      },
      languageNeeded: { purpose: "The language she needs there (accompaniment).", personal: true },
      sourceReferralId: { purpose: "The clinic referral that asked for it.", writers: SYSTEM },
      outcome: {
        purpose: "How the appointment went, written by the social worker afterwards.",
        personal: true,
      },
      createdBy: { purpose: "Who wrote it.", writers: SYSTEM, personal: true },
      createdAt: { purpose: "When it was written.", writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
      search: {
        purpose: "The title's and text's Danish and English search words (generated by the database).",
        readers: SYSTEM,
        writers: SYSTEM,
        personal: true,
      },
    },
  }),
  describeTable(schema.followUpComments, {
    purpose: "The conversation under a follow-up.",
    retentionApplied: "not yet",
    defaults: {
      category: "diary",
      readers: DIARY_WRITERS,
      writers: DIARY_WRITERS,
      encrypted: false,
      retention: "As long as its follow-up.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the comment.", writers: SYSTEM },
      followUpId: "The follow-up.",
      authorId: { purpose: "Who wrote it.", writers: SYSTEM, personal: true },
      body: { purpose: "The comment; staff are warned if it looks like a name.", personal: true },
      createdAt: { purpose: "When it was written.", writers: SYSTEM },
    },
  }),
  describeTable(schema.messages, {
    purpose:
      "Messages to all staff of a site, to the managers, or to one person; read only by their audience.",
    retentionApplied: "not yet",
    defaults: {
      category: "diary",
      readers: DIARY_WRITERS,
      writers: DIARY_WRITERS,
      encrypted: false,
      retention: DIARY_LIFETIME,
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the message.", writers: SYSTEM },
      siteId: "The site.",
      authorId: { purpose: "Who wrote it.", writers: SYSTEM, personal: true },
      audience: "All staff of the site, the managers, or one person.",
      recipientId: { purpose: "The one person it is for.", personal: true },
      body: { purpose: "The message; staff are warned if it looks like a name.", personal: true },
      pinned: "Kept at the top of the list (by its author or a manager).",
      createdAt: { purpose: "When it was sent.", writers: SYSTEM },
      search: {
        purpose: "The message's Danish and English search words (generated by the database).",
        readers: SYSTEM,
        writers: SYSTEM,
        personal: true,
      },
    },
  }),
  describeTable(schema.messageReads, {
    purpose: "Read receipts: who opened a message and when, for managers and the message's author.",
    retentionApplied: "not yet",
    defaults: {
      category: "diary",
      readers: [...rolesWith("message.receipts"), "self"],
      writers: SYSTEM,
      encrypted: false,
      retention: "As long as its message.",
      personal: true,
    },
    columns: {
      messageId: { purpose: "The message.", personal: false },
      accountId: "Who opened it.",
      readAt: "When she first opened it.",
    },
  }),
];

// The clinic's records under medical confidentiality (consultations, tests, referrals, medicine, costs): issue 5.
const CLINIC_RECORD_READERS: readonly Party[] = [...rolesWith("clinic.record")];
const CLINIC_RECORD_LIFETIME =
  "Ten years after the consultation, as Danish law keeps patient records; erasing her code unlinks them, and they stay anonymous.";
const CLINIC_RECORD_TABLES: readonly InventoryTable[] = [
  describeTable(schema.consultations, {
    purpose: "One woman seen by the clinic: why she came, the clinician's notes, the diagnoses.",
    retentionApplied: "not yet",
    defaults: {
      category: "clinic-restricted",
      readers: CLINIC_RECORD_READERS,
      writers: CLINIC_RECORD_READERS,
      encrypted: false,
      retention: CLINIC_RECORD_LIFETIME,
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the consultation.", writers: SYSTEM },
      siteId: { purpose: "The site.", category: "clinic" },
      sessionId: {
        purpose: "The door's session she was seen in: the diary counts consultations per session.",
        category: "clinic",
        writers: SYSTEM,
      },
      visitId: {
        purpose: "Her visit tonight: the door's board shows only that she was seen by the clinic.",
        category: "clinic",
      },
      ticketId: { purpose: "The queue ticket she was called with.", category: "clinic" },
      visitorCodeId: "Her code; erasing the code unlinks the consultation.",
      nationality: {
        purpose: "Her nationality at the time, for the statistics (suppressed below ten).",
        readers: [...CLINIC_RECORD_READERS, ...rolesWith("clinic.statistics")],
      },
      clinicKind: { purpose: "Gynaecology or general practice.", category: "clinic" },
      seenAt: {
        purpose: "When she was seen.",
        category: "clinic",
        writers: SYSTEM,
        readers: [...CLINIC_RECORD_READERS, ...rolesWith("clinic.statistics")],
      },
      seenBy: { purpose: "The clinician who saw her.", writers: SYSTEM },
      reason: { purpose: "Why she came.", encrypted: true },
      notes: { purpose: "The clinician's notes.", encrypted: true },
      diagnoses: { purpose: "Diagnoses as free text with optional ICD-10 codes.", encrypted: true },
      version: {
        purpose: "Counts edits: an edit of a stale copy is refused.",
        writers: SYSTEM,
        personal: false,
      },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
      updatedBy: { purpose: "Who last changed it.", writers: SYSTEM },
    },
  }),
  describeTable(schema.clinicTests, {
    purpose: "Tests taken in a consultation and their way from taken to told, with each step's time.",
    retentionApplied: "not yet",
    defaults: {
      category: "clinic-restricted",
      readers: CLINIC_RECORD_READERS,
      writers: CLINIC_RECORD_READERS,
      encrypted: false,
      retention: CLINIC_RECORD_LIFETIME,
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the test; the door's flag names it as its source.", writers: SYSTEM },
      consultationId: "The consultation it was taken in.",
      siteId: { purpose: "The site.", category: "clinic" },
      visitorCodeId: "Her code: the door asks her to see the nurse while a result waits.",
      takenWithCode: {
        purpose: "Taken under a code: a missing code then means it was erased, and no result is entered.",
        writers: SYSTEM,
      },
      testType: {
        purpose: "Which test (chlamydia, HIV, …): counted by type in the statistics.",
        readers: [...CLINIC_RECORD_READERS, ...rolesWith("clinic.statistics")],
      },
      otherName: { purpose: "The name of an 'other' test.", encrypted: true },
      state: {
        purpose: "Taken, sent, result in, told.",
        readers: [...CLINIC_RECORD_READERS, ...rolesWith("clinic.statistics")],
      },
      outcome: {
        purpose:
          "Positive, negative or inconclusive: kept in the clear so positive rates can be counted (suppressed below ten).",
        readers: [...CLINIC_RECORD_READERS, ...rolesWith("clinic.statistics")],
      },
      resultNote: { purpose: "The lab's remark on the result.", encrypted: true },
      takenAt: { purpose: "When it was taken; turnaround starts here.", writers: SYSTEM },
      takenBy: { purpose: "Who took it.", writers: SYSTEM },
      sentAt: { purpose: "When it was sent to the lab.", writers: SYSTEM },
      sentBy: { purpose: "Who sent it.", writers: SYSTEM },
      resultAt: { purpose: "When the result came in.", writers: SYSTEM },
      resultBy: { purpose: "Who entered the result.", writers: SYSTEM },
      toldAt: { purpose: "When she was told; turnaround ends here.", writers: SYSTEM },
      toldBy: { purpose: "Who told her.", writers: SYSTEM },
    },
  }),
  describeTable(schema.clinicReferrals, {
    purpose:
      "Where the clinic sends her (hospital, specialist, abortion clinic, dentist), and whether someone goes with her.",
    retentionApplied: "not yet",
    defaults: {
      category: "clinic-restricted",
      readers: CLINIC_RECORD_READERS,
      writers: CLINIC_RECORD_READERS,
      encrypted: false,
      retention: CLINIC_RECORD_LIFETIME,
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the referral.", writers: SYSTEM },
      consultationId: "The consultation it came from.",
      siteId: { purpose: "The site.", category: "clinic" },
      kind: "Hospital, specialist, abortion clinic or dentist.",
      place: {
        purpose: "Where to; copied into the accompaniment task only when someone goes with her.",
        encrypted: true,
      },
      note: { purpose: "The clinician's note; never copied into the accompaniment.", encrypted: true },
      appointmentAt: "When she is expected there.",
      needsAccompaniment: "Someone should go with her: a task for the social workers.",
      languageNeeded: "The language the companion should speak.",
      accompanimentId: { purpose: "The accompaniment task created for it.", writers: SYSTEM },
      createdAt: { purpose: "When the referral was made.", writers: SYSTEM },
      createdBy: { purpose: "Who made it.", writers: SYSTEM },
    },
  }),
  describeTable(schema.medicines, {
    purpose: "The clinic's own stock of medicine, per site.",
    retentionApplied: "by staff",
    defaults: {
      category: "clinic",
      readers: CLINIC_RECORD_READERS,
      writers: CLINIC_RECORD_READERS,
      encrypted: false,
      retention: "While the site exists; hidden, not deleted, so past dispensing still counts.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the medicine.", writers: SYSTEM },
      siteId: "The site.",
      name: "Its name as the clinic writes it.",
      unit: "What one of it is (tablet, pack, dose).",
      stock: "How many are left; never below zero.",
      lowStockAt: "At or below this level the stock list warns.",
      unitCostOre: "What one unit costs the centre, in øre.",
      active: "Offered in the consultation form, or hidden.",
      createdAt: { purpose: "When it was added.", writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.medicineDispensings, {
    purpose: "Medicine handed to her in a consultation, taken from the stock.",
    retentionApplied: "not yet",
    defaults: {
      category: "clinic-restricted",
      readers: CLINIC_RECORD_READERS,
      writers: CLINIC_RECORD_READERS,
      encrypted: false,
      retention: CLINIC_RECORD_LIFETIME,
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the dispensing.", writers: SYSTEM },
      consultationId: "The consultation.",
      medicineId: "The medicine.",
      quantity: "How many units.",
      dispensedAt: { purpose: "When it was handed over.", writers: SYSTEM },
      dispensedBy: { purpose: "Who handed it over.", writers: SYSTEM },
    },
  }),
  describeTable(schema.medicineAdjustments, {
    purpose: "Deliveries and counts of medicine: every change of stock other than dispensing.",
    retentionApplied: "by staff",
    defaults: {
      category: "clinic",
      readers: CLINIC_RECORD_READERS,
      writers: CLINIC_RECORD_READERS,
      encrypted: false,
      retention: "While the site exists.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the change.", writers: SYSTEM },
      medicineId: "The medicine.",
      delta: "How much came in (positive) or was found missing (negative).",
      reason: "Why the stock changed.",
      adjustedBy: { purpose: "Who recorded it.", writers: SYSTEM, personal: true },
      adjustedAt: { purpose: "When the stock changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.clinicCosts, {
    purpose: "What the centre pays for her care: treatment, medicine, abortion.",
    retentionApplied: "not yet",
    defaults: {
      category: "clinic-restricted",
      readers: CLINIC_RECORD_READERS,
      writers: CLINIC_RECORD_READERS,
      encrypted: false,
      retention: "Ten years, as the clinic's records and the centre's accounts are kept.",
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the cost.", writers: SYSTEM },
      siteId: { purpose: "The site.", category: "clinic", personal: false },
      consultationId: "The consultation it belongs to, when it belongs to one.",
      kind: {
        purpose: "Treatment, medicine or abortion; summed per period in the statistics.",
        readers: [...CLINIC_RECORD_READERS, ...rolesWith("clinic.statistics")],
      },
      amountOre: {
        purpose: "The amount in øre; summed per period in the statistics.",
        readers: [...CLINIC_RECORD_READERS, ...rolesWith("clinic.statistics")],
      },
      incurredOn: {
        purpose: "The local date the cost falls on.",
        readers: [...CLINIC_RECORD_READERS, ...rolesWith("clinic.statistics")],
      },
      note: { purpose: "A remark, such as the invoice's reference.", encrypted: true },
      createdAt: { purpose: "When it was recorded.", writers: SYSTEM },
      createdBy: { purpose: "Who recorded it.", writers: SYSTEM },
    },
  }),
];

// The clinic's tables (queue, appointments, consultations, tests, referrals, medicine): issue 5.
const CLINIC_QUEUE_LIFETIME =
  "While the site exists, as evidence for more clinic hours; erasing her code unlinks her tickets and appointments, which stay as anonymous counts.";
const CLINIC_QUEUE_READERS: readonly Party[] = [
  ...rolesWith("clinic.queue"),
  ...rolesWith("clinic.statistics"),
];
const CLINIC_QUEUE_WRITERS: readonly Party[] = [...rolesWith("clinic.queue"), ...rolesWith("clinic.call")];
const APPOINTMENT_STAFF: readonly Party[] = [...rolesWith("clinic.appointment")];
const CLINIC_TABLES: readonly InventoryTable[] = [
  describeTable(schema.clinicSlotSettings, {
    purpose: "How long one appointment slot lasts, per site and clinic.",
    retentionApplied: "automatically",
    defaults: {
      category: "schedule",
      readers: APPOINTMENT_STAFF,
      writers: [...rolesWith("clinic.statistics")],
      encrypted: false,
      retention: SCHEDULE_LIFETIME,
      personal: false,
    },
    columns: {
      siteId: "The site.",
      clinicKind: "Gynaecology or general practice.",
      slotMinutes: "The slot length in minutes.",
      updatedAt: { purpose: "When it was last set.", writers: SYSTEM },
      updatedBy: { purpose: "Who set it.", writers: SYSTEM, personal: true },
    },
  }),
  describeTable(schema.clinicAppointments, {
    purpose: "Clinic appointments booked ahead for a visitor code; no-shows are counted.",
    retentionApplied: "by staff",
    defaults: {
      category: "clinic",
      readers: [...APPOINTMENT_STAFF, ...rolesWith("clinic.queue"), ...rolesWith("clinic.statistics")],
      writers: APPOINTMENT_STAFF,
      encrypted: false,
      retention: CLINIC_QUEUE_LIFETIME,
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the appointment.", writers: SYSTEM },
      siteId: "The site.",
      visitorCodeId: "Her code; none once the code was erased.",
      clinicKind: "Gynaecology or general practice.",
      date: "The evening of the appointment.",
      startsAt: "The slot's start.",
      endsAt: "The slot's end.",
      languageNeeded: "A language she needs an interpreter for.",
      status: {
        purpose: "Booked, arrived, no-show or cancelled.",
        writers: [...APPOINTMENT_STAFF, ...rolesWith("clinic.queue"), ...rolesWith("clinic.call")],
      },
      bookedAt: { purpose: "When it was booked.", writers: SYSTEM },
      bookedBy: { purpose: "Who booked it.", writers: SYSTEM },
      settledAt: { purpose: "When she arrived, was marked a no-show, or it was cancelled.", writers: SYSTEM },
      settledBy: { purpose: "Who recorded that.", writers: SYSTEM },
    },
  }),
  describeTable(schema.clinicTickets, {
    purpose:
      "Tonight's clinic queue: numbered tickets, who was called, seen, a no-show or turned away for lack of time.",
    retentionApplied: "by staff",
    defaults: {
      category: "clinic",
      readers: CLINIC_QUEUE_READERS,
      writers: CLINIC_QUEUE_WRITERS,
      encrypted: false,
      retention: CLINIC_QUEUE_LIFETIME,
      personal: true,
    },
    columns: {
      id: { purpose: "Identifies the ticket.", writers: SYSTEM },
      siteId: "The site.",
      sessionId: "The door session the queue belongs to.",
      number: {
        purpose: "Her number, shown on the waiting-room screen and her phone; a number alone names no one.",
        readers: [...CLINIC_QUEUE_READERS, "public"],
        writers: SYSTEM,
        personal: false,
      },
      clinicKind: {
        purpose: "Gynaecology or general practice.",
        writers: [...CLINIC_QUEUE_WRITERS, "public"],
      },
      visitId: "Her visit tonight, when the door gave the ticket.",
      visitorCodeId: {
        purpose: "Her code, or none for an anonymous walk-in.",
        writers: [...CLINIC_QUEUE_WRITERS, "public"],
      },
      appointmentId: "Her appointment, when she came for one.",
      languageNeeded: {
        purpose: "A language she needs an interpreter for, matched with staff on duty.",
        writers: [...CLINIC_QUEUE_WRITERS, "public"],
      },
      source: { purpose: "Door, her phone, or her appointment.", writers: SYSTEM },
      status: {
        purpose: "Waiting, called, done, no-show, turned away or withdrawn; her phone shows it by the token.",
        readers: [...CLINIC_QUEUE_READERS, "public"],
        writers: [...CLINIC_QUEUE_WRITERS, "public"],
        personal: false,
      },
      takenAt: { purpose: "When she got the ticket.", writers: SYSTEM },
      takenBy: { purpose: "Who gave it; none when she took it herself.", writers: SYSTEM },
      calledAt: { purpose: "When she was called.", writers: SYSTEM },
      calledBy: { purpose: "The nurse who called her.", writers: SYSTEM },
      finishedAt: { purpose: "When the ticket was finished.", writers: SYSTEM },
      finishedBy: { purpose: "Who finished it.", writers: SYSTEM },
      publicTokenHash: {
        purpose: "SHA-256 of the token her phone polls her place with.",
        category: "security",
        readers: SYSTEM,
        writers: SYSTEM,
        personal: false,
      },
    },
  }),
];

export const INVENTORY: readonly InventoryTable[] = [
  describeTable(schema.organisations, {
    purpose: "The government unit and the NGO that run the centre together.",
    retentionApplied: "by staff",
    defaults: {
      category: "organisation",
      readers: ALL_STAFF,
      writers: ["administrator"],
      encrypted: false,
      retention: "While the organisation takes part in the centre.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the organisation; restricted records belong to one.", writers: SYSTEM },
      name: "The organisation's name, shown to staff.",
      kind: "Government unit or NGO.",
      createdAt: { purpose: "When the organisation was added.", writers: SYSTEM },
      updatedAt: { purpose: "When the organisation last changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.accounts, {
    purpose: "Staff accounts: one per person who works at the centre.",
    retentionApplied: "by staff",
    defaults: {
      category: "staff-identity",
      readers: [...rolesWith("account.read"), "self"],
      writers: [...rolesWith("account.manage")],
      encrypted: false,
      retention: ACCOUNT_LIFETIME,
      personal: true,
    },
    columns: {
      id: {
        purpose: "Identifies the staff member in sessions, the roster and the audit log.",
        readers: [...ALL_STAFF],
        writers: SYSTEM,
      },
      username: {
        purpose: "What the staff member signs in with; shown in the audit log.",
        readers: [...new Set([...rolesWith("account.read"), ...rolesWith("audit.read")]), "self"],
      },
      displayName: {
        purpose: "The name colleagues see on the roster and in the audit log.",
        readers: [...ALL_STAFF],
        writers: [...rolesWith("account.manage"), "self"],
      },
      role: "Decides the staff member's permissions (permissions.ts).",
      organisationId: "The organisation the staff member works for; scopes restricted records.",
      profession: {
        purpose: "The staff member's profession (nurse, social worker, …), for colleagues and managers.",
        writers: [...rolesWith("account.manage"), "self"],
      },
      languages: {
        purpose:
          "Languages the staff member speaks (ISO 639), so a session shows which languages are covered.",
        readers: [...ALL_STAFF],
        writers: [...rolesWith("account.manage"), "self"],
      },
      locale: {
        purpose: "The language of the staff member's own screens (Danish or English).",
        readers: ["self", "system"],
        writers: ["self"],
      },
      passwordHash: {
        category: "staff-credential",
        purpose: "Argon2id hash of the password, to check a sign-in; the password itself is never stored.",
        readers: SYSTEM,
        writers: ["system", "self"],
      },
      mustChangePassword: {
        category: "staff-credential",
        purpose: "Set by an administrator's reset: the next sign-in must choose a new password.",
        readers: ["system", "self"],
      },
      totpSecret: {
        category: "staff-credential",
        purpose:
          "The second factor's TOTP secret, shown once at enrolment and then only used to check codes.",
        readers: SYSTEM,
        writers: ["system", "self"],
        encrypted: true,
        retention: "Until the staff member re-enrols or an administrator resets the account.",
      },
      totpEnabledAt: {
        category: "staff-credential",
        purpose: "When the second factor was enrolled; lists show whether it is.",
        writers: ["system", "self", ...rolesWith("account.manage")],
      },
      totpLastStep: {
        category: "staff-credential",
        purpose: "The last accepted TOTP time step, so that no code is accepted twice.",
        readers: SYSTEM,
        writers: SYSTEM,
      },
      active: "False once deactivated: the account can no longer sign in and its sessions end.",
      createdAt: { purpose: "When the account was created.", writers: SYSTEM },
      updatedAt: { purpose: "When the account last changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.accountSites, {
    purpose: "The sites each staff member works at.",
    retentionApplied: "by staff",
    defaults: {
      category: "staff-identity",
      readers: [...rolesWith("account.read"), "self"],
      writers: [...rolesWith("account.manage")],
      encrypted: false,
      retention: "While the account exists and works at the site.",
      personal: true,
    },
    columns: {
      accountId: "The staff member.",
      siteId: { purpose: "A site the staff member works at.", personal: false },
    },
  }),
  describeTable(schema.recoveryCodes, {
    purpose: "One-time recovery codes for a lost phone; only their hashes are kept.",
    retentionApplied: "automatically",
    defaults: {
      category: "staff-credential",
      readers: SYSTEM,
      writers: ["system", "self"],
      encrypted: false,
      retention: "Until the codes are replaced or the account is reset.",
      personal: true,
    },
    columns: {
      id: "Identifies the code.",
      accountId: "The staff member the code belongs to.",
      codeHash: "SHA-256 of the code; the code is shown once and never stored.",
      usedAt: "When the code was used: a code works once.",
      createdAt: "When the code was issued.",
    },
  }),
  describeTable(schema.accountSessions, {
    purpose: "Signed-in browsers. The cookie holds a random token; only its SHA-256 is stored.",
    retentionApplied: "not yet",
    defaults: {
      category: "staff-session",
      readers: SYSTEM,
      writers: SYSTEM,
      encrypted: false,
      retention:
        "Usable until 15 minutes idle, 12 hours old, sign-out or deactivation; the row is deleted 30 days after it ends.",
      personal: true,
    },
    columns: {
      tokenHash: "SHA-256 of the cookie's token: finds the session without storing the token.",
      accountId: "The staff member who signed in.",
      csrfToken: "The token every change must echo in a header, against cross-site requests.",
      mfaVerifiedAt: "When the second factor was given; empty while it is still owed.",
      steppedUpAt:
        "When a fresh code from the authenticator app was last given in this session (step-up before sensitive actions, valid 5 minutes).",
      createdAt: "When the session began (12-hour absolute limit).",
      lastSeenAt: "The last request (15-minute idle limit).",
      expiresAt: "The absolute end of the session.",
      endedAt: "When the session was ended by sign-out, deactivation or a new sign-in.",
    },
  }),
  describeTable(schema.setupTokens, {
    purpose:
      "The one-time link printed on first start to create the first administrator; only its hash is kept.",
    retentionApplied: "automatically",
    defaults: {
      category: "security",
      readers: SYSTEM,
      writers: SYSTEM,
      encrypted: false,
      retention: "Valid 24 hours and once; kept afterwards as a record that setup happened.",
      personal: false,
    },
    columns: {
      tokenHash: "SHA-256 of the link's token.",
      createdAt: "When the link was printed.",
      expiresAt: "When the link stops working.",
      usedAt: "When the link was used.",
    },
  }),
  describeTable(schema.rateLimitCounters, {
    purpose: "Request counters shared by every app process, so that limits hold behind a load balancer.",
    retentionApplied: "not yet",
    defaults: {
      category: "security",
      readers: SYSTEM,
      writers: SYSTEM,
      encrypted: false,
      retention: "One minute: each window restarts in place; stale rows are deleted by the retention job.",
      personal: false,
    },
    columns: {
      key: { purpose: "The route and the network address the requests came from.", personal: true },
      count: "Requests in the current window.",
      resetAt: "When the window restarts.",
    },
  }),
  describeTable(schema.signInThrottles, {
    purpose: "Failed sign-ins per typed username and per network address, to slow and then lock guessing.",
    retentionApplied: "not yet",
    defaults: {
      category: "security",
      readers: SYSTEM,
      writers: SYSTEM,
      encrypted: false,
      retention: "15 minutes after the last failure, or until a successful sign-in clears it.",
      personal: false,
    },
    columns: {
      key: { purpose: "The typed username or the network address that failed.", personal: true },
      failures: "Failures in the current window.",
      windowStartedAt: "When the current 15-minute window began.",
      lockedUntil: {
        purpose: "Until when sign-in is refused for this key; account lists show it as locked.",
        readers: ["system", ...rolesWith("account.read")],
      },
    },
  }),
  describeTable(schema.sites, {
    purpose: "The centre's sites. Name, address and time zone are public: the visitors' page shows them.",
    retentionApplied: "by staff",
    defaults: {
      category: "site",
      readers: [...ALL_STAFF, "public"],
      writers: [...rolesWith("site.manage")],
      encrypted: false,
      retention: "While the site exists.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the site.", writers: SYSTEM },
      slug: "The site's short name in the public page's address.",
      name: "The site's name.",
      address: "The site's street address (a public place, not a person's home).",
      timeZone: "The time zone its sessions are planned and shown in.",
      roomCapacity: { purpose: "How many people the room holds, for planning.", readers: ALL_STAFF },
      createdAt: { purpose: "When the site was added.", readers: ALL_STAFF, writers: SYSTEM },
      updatedAt: { purpose: "When the site last changed.", readers: ALL_STAFF, writers: SYSTEM },
    },
  }),
  describeTable(schema.pilotPeriods, {
    purpose: "Labelled trials, such as the Friday night pilot, whose sessions are reported apart.",
    retentionApplied: "by staff",
    defaults: {
      category: "schedule",
      readers: ALL_STAFF,
      writers: [...rolesWith("schedule.manage")],
      encrypted: false,
      retention: SCHEDULE_LIFETIME,
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the pilot period.", writers: SYSTEM },
      siteId: "The site the pilot runs at.",
      label: "The pilot's name, shown to staff.",
      startsOn: {
        purpose: "First day of the pilot; the public page marks its sessions.",
        readers: [...ALL_STAFF, "public"],
      },
      endsOn: { purpose: "Last day of the pilot.", readers: [...ALL_STAFF, "public"] },
      createdAt: { purpose: "When it was added.", writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
    },
  }),
  describeTable(schema.weeklyOpenings, {
    purpose: "The recurring week: one session every week on a weekday, in the site's local time.",
    retentionApplied: "by staff",
    defaults: {
      category: "schedule",
      readers: [...ALL_STAFF, "public"],
      writers: [...rolesWith("schedule.manage")],
      encrypted: false,
      retention: SCHEDULE_LIFETIME,
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the weekly session.", writers: SYSTEM },
      siteId: "The site.",
      weekday: "ISO weekday, 1 (Monday) to 7 (Sunday).",
      startsAt: "Local opening time.",
      endsAt:
        "Local closing time; before the start means past midnight, belonging to the evening it started.",
      validFrom: "First date the session runs.",
      validTo: "Last date the session runs; empty: until further notice.",
      pilotPeriodId: "The pilot this session belongs to, if any.",
      createdAt: { purpose: "When it was added.", readers: ALL_STAFF, writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", readers: ALL_STAFF, writers: SYSTEM },
    },
  }),
  describeTable(schema.oneOffOpenings, {
    purpose: "A session on one date outside the weekly pattern.",
    retentionApplied: "by staff",
    defaults: {
      category: "schedule",
      readers: [...ALL_STAFF, "public"],
      writers: [...rolesWith("schedule.manage")],
      encrypted: false,
      retention: SCHEDULE_LIFETIME,
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the session.", writers: SYSTEM },
      siteId: "The site.",
      onDate: "The local date of the evening.",
      startsAt: "Local opening time.",
      endsAt: "Local closing time; before the start means past midnight.",
      label: { purpose: "A label for staff, such as a theme day.", readers: ALL_STAFF },
      pilotPeriodId: "The pilot this session belongs to, if any.",
      createdAt: { purpose: "When it was added.", readers: ALL_STAFF, writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", readers: ALL_STAFF, writers: SYSTEM },
    },
  }),
  describeTable(schema.closures, {
    purpose: "Days a site is closed, such as holidays.",
    retentionApplied: "by staff",
    defaults: {
      category: "schedule",
      readers: [...ALL_STAFF, "public"],
      writers: [...rolesWith("schedule.manage")],
      encrypted: false,
      retention: SCHEDULE_LIFETIME,
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the closure.", writers: SYSTEM },
      siteId: "The site.",
      startsOn: "First closed day.",
      endsOn: "Last closed day.",
      reason: {
        purpose: "Why the site is closed, for staff only (the public page shows only the dates).",
        readers: ALL_STAFF,
      },
      createdAt: { purpose: "When it was added.", readers: ALL_STAFF, writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", readers: ALL_STAFF, writers: SYSTEM },
    },
  }),
  describeTable(schema.activities, {
    purpose: "What happens inside sessions: clinic hours, classes, legal counselling, theme days.",
    retentionApplied: "by staff",
    defaults: {
      category: "schedule",
      readers: [...ALL_STAFF, "public"],
      writers: [...rolesWith("schedule.manage")],
      encrypted: false,
      retention: SCHEDULE_LIFETIME,
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the activity.", writers: SYSTEM },
      siteId: "The site.",
      kind: "What kind of activity (clinic, class, legal counselling, …); the public page translates it.",
      title: "A staff-written title, such as the class's name.",
      startsAt: "Local start time.",
      endsAt: "Local end time.",
      weeklyOpeningId: "The weekly session it recurs in, if it recurs.",
      validFrom: "First date a recurring activity runs.",
      validTo: "Last date a recurring activity runs.",
      onDate: "The date of a one-time activity.",
      createdAt: { purpose: "When it was added.", readers: ALL_STAFF, writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", readers: ALL_STAFF, writers: SYSTEM },
    },
  }),
  describeTable(schema.dutyAssignments, {
    purpose: "The duty roster: who works which session, every week or once.",
    retentionApplied: "by staff",
    defaults: {
      category: "roster",
      readers: [...rolesWith("roster.read")],
      writers: [...rolesWith("roster.manage")],
      encrypted: false,
      retention: "While the account exists; past duties are kept for the centre's reports.",
      personal: false,
    },
    columns: {
      id: { purpose: "Identifies the assignment.", writers: SYSTEM },
      siteId: "The site.",
      accountId: {
        purpose: "The staff member on duty: when a person works is personal data.",
        personal: true,
      },
      duty: "The kind of work: social work, clinic, teaching, lawyer, volunteer.",
      weeklyOpeningId: "The weekly session, for an assignment every week.",
      validFrom: "First date of a weekly assignment.",
      validTo: "Last date of a weekly assignment.",
      onDate: "The date of a one-session assignment.",
      sessionStartsAt: "The start time that identifies the one session.",
      createdAt: { purpose: "When it was added.", writers: SYSTEM },
      updatedAt: { purpose: "When it last changed.", writers: SYSTEM },
    },
  }),
  ...DOOR_TABLES,
  ...DIARY_TABLES,
  ...CLINIC_TABLES,
  ...CLINIC_RECORD_TABLES,
  describeTable(schema.auditEvents, {
    purpose:
      "The audit log: append-only (the database refuses changes) and hash-chained. Ids and event types, never field values.",
    retentionApplied: "not yet",
    defaults: {
      category: "audit",
      readers: [...rolesWith("audit.read")],
      writers: SYSTEM,
      encrypted: false,
      retention:
        "Kept: the database refuses deletion. The data controller sets the period; shortening it needs a recorded procedure that re-anchors the chain.",
      personal: false,
    },
    columns: {
      id: "Order of the chain.",
      occurredAt: "When the action happened.",
      event: "What happened, from the closed list in audit-events.ts.",
      actorAccountId: {
        purpose: "The staff member who acted; empty for the system or an unknown name.",
        personal: true,
      },
      organisationId: "The organisation the event concerns; managers see only their own and unowned events.",
      siteId: "The site the event concerns.",
      entityType: "The kind of record the event concerns.",
      entityId: { purpose: "The id of that record (never its content).", personal: true },
      address: {
        purpose: "The network address of the request, to investigate attacks on sign-in.",
        readers: [...rolesWith("audit.export")],
        personal: true,
      },
      previousHash: { purpose: "The hash of the row before: links the chain.", readers: SYSTEM },
      hash: { purpose: "SHA-256 over this row's fields and the previous hash.", readers: SYSTEM },
    },
  }),
];

/** Every Drizzle table the schema exports, by database name. */
export function schemaTables(): Map<string, PgTable> {
  const tables = new Map<string, PgTable>();
  for (const value of Object.values(schema)) {
    if (is(value, PgTable)) tables.set(getTableConfig(value).name, value);
  }
  return tables;
}

export function findColumn(table: string, column: string): InventoryColumn | undefined {
  return INVENTORY.find((t) => t.name === table)?.columns.find((c) => c.name === column);
}

// The record of processing, as markdown

function parties(list: readonly Party[]): string {
  const roles = ROLES.filter((role) => list.includes(role));
  const others = list.filter((p) => !(ROLES as readonly string[]).includes(p));
  const named = roles.length === ROLES.length ? ["all staff"] : roles;
  return [...named, ...others].join(", ") || "nobody";
}

const RETENTION_NOTE: Record<RetentionApplied, string> = {
  automatically: "_(applied automatically by the app)_",
  "by staff": "_(applied by staff, who remove what ends)_",
  "not yet": "_(not applied yet: the daily retention job comes later)_",
};

const cell = (text: string) => text.replaceAll("|", "\\|");

/** The inventory as markdown tables, one per table: the record of processing in docs/PRIVACY.md. */
export function renderInventoryMarkdown(): string {
  const out: string[] = [];
  for (const table of INVENTORY) {
    const retentions = new Set(table.columns.map((c) => c.retention));
    const shared = retentions.size === 1 ? [...retentions][0] : undefined;
    out.push(`### \`${table.name}\``, "", table.purpose, "");
    out.push(`Retention: ${shared ?? "per column below."} ${RETENTION_NOTE[table.retentionApplied]}`, "");
    const head = ["column", "category", "purpose", "personal", "encrypted", "read by", "written by"];
    if (!shared) head.push("retention");
    out.push(`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`);
    for (const c of table.columns) {
      const cells = [
        `\`${c.name}\``,
        c.category,
        c.purpose,
        c.personal ? "yes" : "no",
        c.encrypted ? "yes" : "no",
        parties(c.readers),
        parties(c.writers),
      ];
      if (!shared) cells.push(c.retention);
      out.push(`| ${cells.map(cell).join(" | ")} |`);
    }
    out.push("");
  }
  return out.join("\n").trimEnd();
}

export const PRIVACY_MARKERS = { start: "<!-- inventory:start -->", end: "<!-- inventory:end -->" } as const;
