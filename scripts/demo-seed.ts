/**
 * The demo centre: Mødestedet in Copenhagen with its 2010 week (docs: DOMAIN.md), two organisations,
 * one invented staff member per role, a duty roster for the coming weeks, and a year of evenings at
 * the door (demo-door.ts: visits, codes, services, supplies; tonight left to open). Written through the
 * sites and roster services (as the demo manager), so the schedule is checked and audited exactly as
 * if a manager had entered it; accounts are written directly because the service would issue
 * temporary passwords that must be changed, where the demo prints working ones.
 */
import { randomInt } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { generateSecret, generateURI } from "otplib";
import type { ACTIVITY_KINDS } from "../src/common/contracts/public.js";
import { type Duty, ROLES, type Role, SECOND_FACTOR_REQUIRED } from "../src/common/permissions.js";
import { recordAudit } from "../src/server/audit/audit-log.js";
import type { Actor, AppContext } from "../src/server/context.js";
import { passwordProblem } from "../src/server/features/accounts/accounts.policy.js";
import * as accounts from "../src/server/features/accounts/accounts.repository.js";
import * as roster from "../src/server/features/roster/roster.service.js";
import { addDays, isoWeekday, localDateTime } from "../src/server/features/sites/local-time.js";
import * as sites from "../src/server/features/sites/sites.service.js";
import { seedClinic } from "./demo-clinic.js";
import { seedDiary } from "./demo-diary.js";
import { seedDoorHistory } from "./demo-door.js";

type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const DEMO_TIME_ZONE = "Europe/Copenhagen";
/** How many weeks ahead the roster reaches; later sessions show as having no one on duty. */
export const ROSTER_WEEKS = 8;
/** How many weeks of evenings at the door the demo remembers. */
export const HISTORY_WEEKS = 52;

export interface DemoCredential {
  role: Role;
  username: string;
  displayName: string;
  password: string;
  /** Base32 TOTP secret for roles that sign in with a second factor; null otherwise. */
  totpSecret: string | null;
  otpauthUrl: string | null;
}

type Organisation = "KC" | "RI";

/** Invented staff. Languages follow the report: many European languages, and everyone speaks English. */
const STAFF: Record<
  Role,
  {
    username: string;
    displayName: string;
    organisation: Organisation;
    profession: string;
    languages: string[];
  }
> = {
  administrator: {
    username: "jonas.vestergaard",
    displayName: "Jonas Vestergaard",
    organisation: "KC",
    profession: "IT-administrator",
    languages: ["da", "en"],
  },
  manager: {
    username: "mette.rasmussen",
    displayName: "Mette Rasmussen",
    organisation: "KC",
    profession: "Leder",
    languages: ["da", "en", "fr"],
  },
  social_worker: {
    username: "ioana.popescu",
    displayName: "Ioana Popescu",
    organisation: "RI",
    profession: "Kulturmedarbejder",
    languages: ["ro", "en", "fr", "da"],
  },
  health_staff: {
    username: "hanne.lund",
    displayName: "Hanne Lund",
    organisation: "RI",
    profession: "Gynækolog",
    languages: ["da", "en", "es"],
  },
  identification_staff: {
    username: "sofie.kjaer",
    displayName: "Sofie Kjær",
    organisation: "KC",
    profession: "Socialrådgiver, identifikation",
    languages: ["da", "en", "ru", "bg"],
  },
  teacher: {
    username: "ana.horvat",
    displayName: "Ana Horvat",
    organisation: "RI",
    profession: "Underviser",
    languages: ["hr", "bs", "sr", "en", "da"],
  },
  lawyer: {
    username: "anders.bech",
    displayName: "Anders Bech",
    organisation: "RI",
    profession: "Advokat",
    languages: ["da", "en", "es"],
  },
  volunteer: {
    username: "zuzana.kovacova",
    displayName: "Zuzana Kováčová",
    organisation: "RI",
    profession: "Frivillig",
    languages: ["sk", "cs", "en"],
  },
};

export const DEMO_USERNAMES = ROLES.map((role) => STAFF[role].username);

/** Four groups of five, unambiguous letters and digits: about 100 bits, easy to read off a screen. */
function strongPassword(username: string): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join(""),
    );
    const password = groups.join("-");
    if (!passwordProblem(password, username)) return password;
  }
}

async function issueCredentials(ctx: AppContext, role: Role, username: string, displayName: string) {
  const password = strongPassword(username);
  const totpSecret = SECOND_FACTOR_REQUIRED[role] ? generateSecret() : null;
  const credential: DemoCredential = {
    role,
    username,
    displayName,
    password,
    totpSecret,
    otpauthUrl: totpSecret
      ? generateURI({ issuer: "Pusterum demo", label: username, secret: totpSecret })
      : null,
  };
  const columns = {
    passwordHash: await hash(password, { algorithm: 2 }),
    mustChangePassword: false,
    totpSecret: totpSecret ? ctx.cipher.encrypt(totpSecret) : null,
    totpEnabledAt: totpSecret ? ctx.clock.now() : null,
    totpLastStep: null,
  };
  return { credential, columns };
}

/** The Monday of the site's current week, as a local date. */
export function mondayOfThisWeek(now: Date, zone = DEMO_TIME_ZONE): string {
  const today = localDateTime(now, zone).date;
  return addDays(today, 1 - isoWeekday(today));
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1 + months, d));
  return shifted.toISOString().slice(0, 10);
}

/** The first Wednesday of each month from this month on, not before `from`. */
function firstWednesdays(from: string, months: number): string[] {
  const dates: string[] = [];
  for (let i = 0; dates.length < months && i < months + 1; i++) {
    const first = `${addMonths(`${from.slice(0, 7)}-01`, i)}`;
    const wednesday = addDays(first, (3 - isoWeekday(first) + 7) % 7);
    if (wednesday >= from) dates.push(wednesday);
  }
  return dates;
}

/** Whether the database is still empty: no account and no site. */
export async function isEmpty(ctx: AppContext): Promise<boolean> {
  const site = await ctx.db.query.sites.findFirst({ columns: { id: true } });
  return (await accounts.countAccounts(ctx.db)) === 0 && !site;
}

/** Seeds the demo centre into an empty database and returns each account's fresh credentials. */
export async function seedDemo(ctx: AppContext): Promise<DemoCredential[]> {
  const now = ctx.clock.now();
  const credentials: DemoCredential[] = [];
  const ids = new Map<Role, { id: string; organisationId: string }>();

  await ctx.db.transaction(async (tx) => {
    const kc = await accounts.insertOrganisation(tx, {
      name: "KC – Kompetencecenter Prostitution",
      kind: "government",
    });
    const ri = await accounts.insertOrganisation(tx, { name: "Reden International", kind: "ngo" });
    const organisationIds: Record<Organisation, string> = { KC: kc.id, RI: ri.id };
    for (const role of ROLES) {
      const staff = STAFF[role];
      const issued = await issueCredentials(ctx, role, staff.username, staff.displayName);
      const row = await accounts.insertAccount(tx, {
        username: staff.username,
        displayName: staff.displayName,
        role,
        organisationId: organisationIds[staff.organisation],
        profession: staff.profession,
        languages: staff.languages,
        locale: "da",
        ...issued.columns,
        createdAt: now,
        updatedAt: now,
      });
      ids.set(role, { id: row.id, organisationId: row.organisationId });
      credentials.push(issued.credential);
      // Written by the demo, not by a person: no actor.
      await recordAudit(tx, {
        event: "ACCOUNT_CREATED",
        occurredAt: now,
        entityType: "account",
        entityId: row.id,
      });
    }
  });

  const managerIds = ids.get("manager") as { id: string; organisationId: string };
  const manager: Actor = {
    accountId: managerIds.id,
    username: STAFF.manager.username,
    role: "manager",
    organisationId: managerIds.organisationId,
    siteIds: [],
    locale: "da",
    sessionTokenHash: "",
    csrfToken: "",
    fullySignedIn: true,
    secondFactorEnrolled: true,
    mustChangePassword: false,
    address: "demo",
  };

  const site = await sites.createSite(ctx, manager, {
    name: "Mødestedet",
    slug: "modestedet",
    address: "Halmtorvet 12, 1700 København V",
    timeZone: DEMO_TIME_ZONE,
    roomCapacity: 40,
  });
  manager.siteIds = [site.id];
  await ctx.db.transaction(async (tx) => {
    for (const { id } of ids.values()) {
      await accounts.replaceSites(tx, id, [site.id]);
      await recordAudit(tx, {
        event: "ACCOUNT_UPDATED",
        occurredAt: now,
        siteId: site.id,
        entityType: "account",
        entityId: id,
      });
    }
  });

  // The week as in 2010, for a year already, so the door has a history; the Friday night pilot
  // starts this week, after a first trial of three months last year.
  const from = mondayOfThisWeek(now);
  const historyFrom = addDays(from, -7 * HISTORY_WEEKS);
  const pilot = await sites.createPilotPeriod(ctx, manager, site.id, {
    label: "Natåbent fredag (pilot)",
    startsOn: from,
    endsOn: addDays(addMonths(from, 3), -1),
  });
  const firstPilot = await sites.createPilotPeriod(ctx, manager, site.id, {
    label: "Natåbent fredag (første pilot)",
    startsOn: addDays(historyFrom, 7 * 20),
    endsOn: addDays(historyFrom, 7 * 33 - 1),
  });
  const opening = (weekday: number, startsAt: string, endsAt: string, pilotPeriodId: string | null = null) =>
    sites.createWeeklyOpening(ctx, manager, site.id, {
      weekday,
      startsAt,
      endsAt,
      validFrom: historyFrom,
      validTo: null,
      pilotPeriodId,
    });
  const monday = await opening(1, "16:00", "22:00");
  const wednesday = await opening(3, "16:00", "22:00");
  const friday = await opening(5, "16:00", "22:00");
  const fridayNight = await opening(5, "23:00", "05:00", pilot.id);
  await opening(5, "23:00", "05:00", firstPilot.id);

  const weekly = (openingId: string, kind: ActivityKind, title: string, startsAt: string, endsAt: string) =>
    sites.createActivity(ctx, manager, site.id, {
      kind,
      title,
      startsAt,
      endsAt,
      weeklyOpeningId: openingId,
      validFrom: null,
      validTo: null,
      onDate: null,
    });
  await weekly(monday.id, "clinic_gynaecology", "Klinik: gynækolog", "16:30", "19:30");
  await weekly(monday.id, "clinic_general_practice", "Klinik: praktiserende læge", "20:00", "21:00");
  await weekly(monday.id, "class", "Computerundervisning", "16:00", "18:00");
  await weekly(monday.id, "class", "Engelsk for begyndere og let øvede", "18:00", "20:00");
  await weekly(wednesday.id, "clinic_gynaecology", "Klinik: gynækolog", "16:00", "18:00");
  await weekly(wednesday.id, "class", "Computerundervisning", "16:00", "18:00");
  await weekly(wednesday.id, "class", "Engelsk for begyndere og let øvede", "18:00", "20:00");

  // The lawyer comes once a month, on the first Wednesday evening.
  const lawyerEvenings = firstWednesdays(from, 6);
  for (const onDate of lawyerEvenings) {
    await sites.createActivity(ctx, manager, site.id, {
      kind: "legal_counselling",
      title: "Juridisk rådgivning med advokat",
      startsAt: "17:00",
      endsAt: "20:00",
      weeklyOpeningId: null,
      validFrom: null,
      validTo: null,
      onDate,
    });
  }

  const christmasYear = Number(from.slice(0, 4)) + (from > `${from.slice(0, 4)}-12-24` ? 1 : 0);
  for (const year of [christmasYear - 1, christmasYear]) {
    if (`${year}-12-26` < historyFrom) continue;
    await sites.createClosure(ctx, manager, site.id, {
      startsOn: `${year}-12-24`,
      endsOn: `${year}-12-26`,
      reason: "Jul",
    });
  }

  // The roster: who works which evening, every week for the coming weeks; the lawyer on her evenings.
  const validTo = addDays(from, 7 * ROSTER_WEEKS - 1);
  const duties: [Role, Duty, string][] = [
    ["social_worker", "social_work", monday.id],
    ["health_staff", "clinic", monday.id],
    ["teacher", "teaching", monday.id],
    ["manager", "social_work", monday.id],
    ["social_worker", "social_work", wednesday.id],
    ["health_staff", "clinic", wednesday.id],
    ["teacher", "teaching", wednesday.id],
    ["identification_staff", "social_work", wednesday.id],
    ["social_worker", "social_work", friday.id],
    ["volunteer", "volunteer", friday.id],
    ["identification_staff", "social_work", friday.id],
    ["manager", "social_work", fridayNight.id],
    ["volunteer", "volunteer", fridayNight.id],
  ];
  for (const [role, duty, weeklyOpeningId] of duties) {
    await roster.assignDuty(ctx, manager, site.id, {
      accountId: (ids.get(role) as { id: string }).id,
      duty,
      weeklyOpeningId,
      validFrom: from,
      validTo,
      onDate: null,
      sessionStartsAt: null,
    });
  }
  for (const onDate of lawyerEvenings) {
    await roster.assignDuty(ctx, manager, site.id, {
      accountId: (ids.get("lawyer") as { id: string }).id,
      duty: "lawyer",
      weeklyOpeningId: null,
      validFrom: null,
      validTo: null,
      onDate,
      sessionStartsAt: "16:00",
    });
  }

  await seedDoorHistory(ctx, {
    site: { id: site.id, timeZone: DEMO_TIME_ZONE },
    manager,
    staff: new Map([...ids].map(([role, { id }]) => [role, id])),
    from: historyFrom,
  });
  // The clinic before the diary: the diary's facts count the clinic's consultations of each evening.
  await seedClinic(ctx, { site: { id: site.id, timeZone: DEMO_TIME_ZONE } });
  await seedDiary(ctx, { site: { id: site.id, timeZone: DEMO_TIME_ZONE }, manager });
  return credentials;
}

/**
 * A later start of the demo: its passwords were only ever printed, so it issues new ones (and new
 * second-factor secrets), ends the old sessions and records each as a reset.
 */
export async function reissueDemoCredentials(
  ctx: AppContext,
  usernames: string[],
): Promise<DemoCredential[]> {
  const credentials: DemoCredential[] = [];
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    for (const username of usernames) {
      const row = await accounts.findAccountByUsername(tx, username);
      if (!row) continue;
      const issued = await issueCredentials(ctx, row.role as Role, row.username, row.displayName);
      await accounts.updateAccountRow(tx, row.id, { ...issued.columns, active: true, updatedAt: now });
      await accounts.endAllSessions(tx, row.id, now);
      await accounts.replaceRecoveryCodes(tx, row.id, []);
      await accounts.clearThrottle(tx, `account:${row.username.toLowerCase()}`);
      await recordAudit(tx, {
        event: "ACCOUNT_RESET",
        occurredAt: now,
        entityType: "account",
        entityId: row.id,
      });
      credentials.push(issued.credential);
    }
  });
  return credentials.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
}
