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
  clinic: "The clinic's queue, appointments and counts: ticket numbers, times, test types and states, never findings.",
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
const DIARY_TABLES: readonly InventoryTable[] = [];

// The clinic's tables (queue, appointments, consultations, tests, referrals, medicine): issue 5.
const CLINIC_TABLES: readonly InventoryTable[] = [];

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
