/**
 * The demo's door history: a year of evenings at Mødestedet, so the board, the codes' profiles and the
 * door statistics have something real-looking to show. Invented, deterministic (a seeded random
 * source; only "today" moves it), and shaped like the 2010 evaluation: 15–35 women an evening, many
 * from Romania, Nigeria and Thailand, regulars with a card who come every week, anonymous visits, a few
 * new women each week who say how they heard of the centre.
 *
 * The rules are the app's own: the sessions come from the sites service (closures and pilot periods
 * applied), the catalogue from services.ensureDefaultCatalogue, codes from the visitor-code alphabet
 * with its check character, and every handout passes the services feature's limitBreaches: what goes
 * over a limit is cut down to it, or handed out with a reason and audited, as at the real door. Stock
 * is delivered monthly and never goes below zero. The rows go in as a few bulk inserts in one
 * transaction, so the demo still starts in seconds. Tonight's session is left scheduled, not opened.
 */
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import { SESSION_RANGE_MAX_DAYS } from "../src/common/contracts/roster.js";
import type { HeardFrom } from "../src/common/contracts/visits.js";
import type { Role } from "../src/common/permissions.js";
import { visitorCodeFrom } from "../src/common/visitor-code.js";
import { recordAudit } from "../src/server/audit/audit-log.js";
import type { Actor, AppContext } from "../src/server/context.js";
import type { Tx } from "../src/server/db/client.js";
import {
  openingSessions,
  stockAdjustments,
  supplyHandouts,
  supplyItems,
  visitorCodes,
  visitorFlags,
  visitServices,
  visits,
} from "../src/server/db/schema/index.js";
import { type LimitBreach, limitBreaches } from "../src/server/features/services/services.policy.js";
import * as services from "../src/server/features/services/services.service.js";
import { addDays, isoWeekday, localDateTime } from "../src/server/features/sites/local-time.js";
import type { ComputedSession } from "../src/server/features/sites/schedule.js";
import * as sites from "../src/server/features/sites/sites.service.js";

const SEED = 20_100_301;

/** mulberry32: a small, fast, seeded random source; the same seed gives the same history. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    weighted: <T>(table: readonly (readonly [T, number])[]): T => {
      const total = table.reduce((sum, [, w]) => sum + w, 0);
      let roll = next() * total;
      for (const [value, weight] of table) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return (table.at(-1) as readonly [T, number])[0];
    },
  };
}

/** Nationalities as the evaluation describes the women at the door; "XX" is "not known". */
const NATIONALITIES: readonly (readonly [string, number])[] = [
  ["RO", 28],
  ["NG", 16],
  ["TH", 12],
  ["BG", 8],
  ["HU", 6],
  ["ES", 4],
  ["SK", 4],
  ["XX", 6],
  ["PL", 2],
  ["LT", 2],
  ["UA", 2],
  ["GH", 2],
  ["MD", 2],
  ["CZ", 1],
  ["BR", 1],
  ["LV", 1],
  ["DO", 1],
  ["VN", 1],
];

const LANGUAGES: Record<string, string[]> = {
  RO: ["ro"],
  NG: ["en"],
  TH: ["th"],
  BG: ["bg"],
  HU: ["hu"],
  ES: ["es"],
  SK: ["sk"],
  PL: ["pl"],
  LT: ["lt", "ru"],
  UA: ["uk", "ru"],
  GH: ["en"],
  MD: ["ro", "ru"],
  CZ: ["cs"],
  BR: ["pt"],
  LV: ["lv", "ru"],
  DO: ["es"],
  VN: ["vi"],
  XX: [],
};

const HEARD: readonly (readonly [HeardFrom, number])[] = [
  ["friend", 35],
  ["street", 10],
  ["outreach_street", 20],
  ["outreach_massage_clinic", 12],
  ["outreach_online", 8],
  ["crisis_shelter", 5],
  ["other", 10],
];

/** Words staff chose to recognise a woman by: never a name. */
const NICKNAMES = [
  "rød jakke",
  "sangeren",
  "krøllerne",
  "grøn taske",
  "perlerne",
  "solbrillerne",
  "kaffe uden mælk",
  "den lille hund",
  "blå negle",
  "strikketøjet",
];

/** Why staff went over a limit, as they write it at the door: no names, no numbers. */
const OVERRIDE_REASONS = [
  "Rejser til Jylland og arbejder der i to uger",
  "Har ikke været her i tre uger",
  "Ny i byen og har intet med",
  "Arbejder hele weekenden",
  "Hendes veninde er syg og bad om noget med",
];

/** Chance that a woman uses a service in a visit, by the catalogue's keys. */
const SERVICE_CHANCE: Record<string, number> = {
  tea_coffee: 0.8,
  light_food: 0.5,
  computers: 0.15,
  entertainment: 0.2,
  information_leaflets: 0.08,
  free_clothes: 0.12,
  condoms_lubricant: 0.45,
  shower_toilet: 0.2,
  treatment_payment: 0.02,
  safer_sex_counselling: 0.06,
  individual_support: 0.15,
};

/** What the door hands out: chance per visit, the usual quantity, and monthly deliveries. */
const SUPPLY_HABITS: Record<string, { chance: number; usual: [number, number]; delivery: number }> = {
  condoms: { chance: 0.45, usual: [3, 10], delivery: 1200 },
  lubricant: { chance: 0.3, usual: [1, 2], delivery: 160 },
  clothing: { chance: 0.12, usual: [1, 3], delivery: 80 },
  food: { chance: 0.25, usual: [1, 2], delivery: 130 },
  hygiene: { chance: 0.15, usual: [1, 2], delivery: 80 },
};

/** Who works the door, by the weekday of the session (and the night pilot). */
const DOOR_ROLES: Record<string, Role[]> = {
  "1": ["social_worker", "health_staff", "teacher", "manager"],
  "3": ["social_worker", "health_staff", "teacher", "identification_staff"],
  "5": ["social_worker", "volunteer", "identification_staff"],
  night: ["manager", "volunteer"],
  other: ["social_worker", "volunteer"],
};

interface Woman {
  codeId: string;
  nationality: string;
  languages: string[];
  /** Relative chance of coming to a given evening. */
  loyalty: number;
  firstOn: string;
  /** The last date she comes (she moved on), or null. */
  lastOn: string | null;
}

export interface DoorHistoryOptions {
  site: { id: string; timeZone: string };
  /** The demo manager, as whom the schedule and catalogue are read. */
  manager: Actor;
  staff: Map<Role, string>;
  /** The first local date of the history. */
  from: string;
}

export interface DoorHistorySummary {
  sessions: number;
  visits: number;
  codes: number;
  handouts: number;
  overrides: number;
}

/** The sessions of [from, to] as the schedule has them, closures applied (in 62-day steps). */
async function scheduledSessions(ctx: AppContext, options: DoorHistoryOptions, to: string) {
  const sessions: ComputedSession[] = [];
  for (let start = options.from; start <= to; start = addDays(start, SESSION_RANGE_MAX_DAYS)) {
    const end = addDays(start, SESSION_RANGE_MAX_DAYS - 1);
    const chunk = await sites.sessionsOfSite(ctx, options.manager, options.site.id, {
      from: start,
      to: end < to ? end : to,
    });
    sessions.push(...chunk.sessions);
  }
  return sessions;
}

const minutes = (n: number) => n * 60_000;

/** Seeds the door's past year for the demo site; returns what it wrote. */
export async function seedDoorHistory(
  ctx: AppContext,
  options: DoorHistoryOptions,
): Promise<DoorHistorySummary> {
  const random = seededRandom(SEED);
  const now = ctx.clock.now();
  const zone = options.site.timeZone;
  const today = localDateTime(now, zone).date;
  const staffId = (role: Role) => options.staff.get(role) as string;

  await services.ensureDefaultCatalogue(ctx.db, options.site.id);
  const catalogue = await services.getCatalogue(ctx, options.manager, options.site.id);
  const serviceByKey = new Map(catalogue.services.map((s) => [s.key, s]));
  const itemByKey = new Map(catalogue.supplies.map((s) => [s.key, s]));
  const limits = new Map(catalogue.supplies.map((s) => [s.id, s]));

  // Sessions that are over: tonight's (and one still running past midnight) stays for staff to open.
  const past = (await scheduledSessions(ctx, options, addDays(today, -1))).filter(
    (s) => s.closure === null && s.endsAtInstant.getTime() <= now.getTime(),
  );

  const codeRows: (typeof visitorCodes.$inferInsert)[] = [];
  const sessionRows: (typeof openingSessions.$inferInsert)[] = [];
  const visitRows: (typeof visits.$inferInsert)[] = [];
  const tickRows: (typeof visitServices.$inferInsert)[] = [];
  const handoutRows: (typeof supplyHandouts.$inferInsert)[] = [];
  const adjustmentRows: (typeof stockAdjustments.$inferInsert)[] = [];
  const overrides: { id: string; by: string; at: Date }[] = [];
  const drawn = new Set<string>();

  function newCode(values: {
    nationality: string;
    languages: string[];
    heardFrom: HeardFrom | null;
    issuedAt: Date;
  }) {
    let code: string;
    do {
      code = visitorCodeFrom(Uint8Array.from({ length: 7 }, () => random.int(0, 255)));
    } while (drawn.has(code));
    drawn.add(code);
    const id = randomUUID();
    codeRows.push({
      id,
      code,
      nationality: values.nationality,
      languages: values.languages,
      heardFrom: values.heardFrom,
      adultConfirmed: true,
      nickname: random.chance(0.25) ? ctx.cipher.encrypt(random.pick(NICKNAMES)) : null,
      issuedSiteId: options.site.id,
      issuedBy: staffId("social_worker"),
      issuedAt: values.issuedAt,
      updatedAt: values.issuedAt,
    });
    return id;
  }

  function languagesOf(nationality: string) {
    const own = LANGUAGES[nationality] ?? [];
    return own.includes("en") || !random.chance(0.35) ? [...own] : [...own, "en"];
  }

  function newWoman(
    nationality: string,
    firstOn: string,
    issuedAt: Date,
    heardFrom: HeardFrom | null,
  ): Woman {
    const languages = languagesOf(nationality);
    return {
      codeId: newCode({ nationality, languages, heardFrom, issuedAt }),
      nationality,
      languages,
      // A few come nearly every evening; most now and then.
      loyalty: random.chance(0.25) ? 2 + random.next() * 2 : 0.4 + random.next() * 1.2,
      firstOn,
      lastOn: random.chance(0.3) ? addDays(firstOn, random.int(30, 300)) : null,
    };
  }

  // Women who already had a card before the history begins, their nationalities in the report's
  // proportions (so a few very loyal regulars cannot tilt the year's figures).
  const women: Woman[] = [];
  for (const nationality of proportional(NATIONALITIES, 60)) {
    const firstOn = addDays(options.from, -random.int(7, 500));
    const issuedAt = new Date(`${firstOn}T17:00:00Z`);
    women.push(newWoman(nationality, firstOn, issuedAt, random.weighted(HEARD)));
  }

  // Supplies: delivered on the first evening of each month, handed out until then.
  const stock = new Map(catalogue.supplies.map((s) => [s.id, 0]));
  let deliveredMonth = "";
  // Per code and ISO week (the Monday's date), what she had of each item: the weekly limits.
  const weekly = new Map<string, Map<string, number>>();

  for (const session of past) {
    const month = session.date.slice(0, 7);
    if (month !== deliveredMonth) {
      deliveredMonth = month;
      for (const [key, habit] of Object.entries(SUPPLY_HABITS)) {
        const item = itemByKey.get(key);
        if (!item) continue;
        stock.set(item.id, (stock.get(item.id) ?? 0) + habit.delivery);
        adjustmentRows.push({
          itemId: item.id,
          delta: habit.delivery,
          reason: "Månedlig levering",
          adjustedBy: staffId("manager"),
          adjustedAt: new Date(session.startsAtInstant.getTime() - minutes(60)),
        });
      }
    }

    const overnight = session.endsAt <= session.startsAt;
    const door = DOOR_ROLES[overnight ? "night" : String(isoWeekday(session.date))] ?? DOOR_ROLES.other ?? [];
    const atTheDoor = () => staffId(random.pick(door));
    const sessionId = randomUUID();
    const opener = atTheDoor();
    sessionRows.push({
      id: sessionId,
      siteId: options.site.id,
      date: session.date,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      startsAtInstant: session.startsAtInstant,
      endsAtInstant: session.endsAtInstant,
      weeklyOpeningId: session.weeklyOpeningId,
      oneOffOpeningId: session.oneOffOpeningId,
      pilotPeriodId: session.pilot?.id ?? null,
      openedAt: new Date(session.startsAtInstant.getTime() - minutes(random.int(0, 10))),
      openedBy: opener,
      closedAt: new Date(session.endsAtInstant.getTime() + minutes(random.int(0, 15))),
      closedBy: opener,
    });

    const total = random.int(15, 35);
    const newcomers = random.weighted([
      [0, 50],
      [1, 35],
      [2, 15],
    ] as const);
    const kinds = new Set(session.activities.map((a) => a.kind));
    const length = session.endsAtInstant.getTime() - session.startsAtInstant.getTime();
    const arrival = () =>
      new Date(
        session.startsAtInstant.getTime() +
          Math.floor(random.next() * Math.max(length - minutes(30), minutes(30))),
      );

    type Guest = {
      woman: Woman | null;
      nationality: string;
      languages: string[];
      first: boolean | null;
      heard: HeardFrom | null;
    };
    const guests: Guest[] = [];
    for (let i = 0; i < newcomers; i++) {
      const nationality = random.weighted(NATIONALITIES);
      const heard = random.weighted(HEARD);
      if (random.chance(0.65)) {
        const woman = newWoman(nationality, session.date, arrival(), heard);
        women.push(woman);
        guests.push({ woman, nationality, languages: woman.languages, first: true, heard });
      } else {
        guests.push({ woman: null, nationality, languages: languagesOf(nationality), first: true, heard });
      }
    }
    // Women with a card, chosen by how often each comes, none twice in one evening.
    const regulars = women.filter(
      (w) => w.firstOn < session.date && (w.lastOn === null || w.lastOn >= session.date),
    );
    const wanted = Math.min(
      regulars.length,
      Math.round(total * (0.45 + random.next() * 0.15)) - guests.length,
    );
    for (let i = 0; i < wanted; i++) {
      const weightSum = regulars.reduce((sum, w) => sum + w.loyalty, 0);
      let roll = random.next() * weightSum;
      const index = Math.max(
        0,
        regulars.findIndex((w) => {
          roll -= w.loyalty;
          return roll < 0;
        }),
      );
      const [woman] = regulars.splice(index, 1);
      if (woman)
        guests.push({
          woman,
          nationality: woman.nationality,
          languages: woman.languages,
          first: false,
          heard: null,
        });
    }
    while (guests.length < total) {
      const nationality = random.weighted(NATIONALITIES);
      guests.push({
        woman: null,
        nationality,
        languages: languagesOf(nationality),
        first: random.chance(0.8) ? false : null,
        heard: null,
      });
    }

    for (const guest of guests) {
      const visitId = randomUUID();
      const checkedInAt = arrival();
      const by = atTheDoor();
      const speaksEnglish = guest.languages.includes("en");
      visitRows.push({
        id: visitId,
        sessionId,
        siteId: options.site.id,
        visitorCodeId: guest.woman?.codeId ?? null,
        nationality: guest.nationality,
        firstVisit: guest.first,
        heardFrom: guest.heard,
        languages: guest.languages,
        adultConfirmed: guest.first ? true : null,
        checkedInAt,
        checkedInBy: by,
        leftAt: new Date(
          Math.min(checkedInAt.getTime() + minutes(random.int(30, 180)), session.endsAtInstant.getTime()),
        ),
        introducedAt:
          !speaksEnglish && guest.languages.length > 0 && random.chance(0.3)
            ? new Date(checkedInAt.getTime() + minutes(10))
            : null,
        introducedBy: null,
      });

      const chances: Record<string, number> = {
        ...SERVICE_CHANCE,
        staff_languages: speaksEnglish ? 0.05 : 0.4,
        health_clinic: [...kinds].some((k) => k.startsWith("clinic")) ? 0.15 : 0.02,
        sti_testing: [...kinds].some((k) => k.startsWith("clinic")) ? 0.08 : 0,
        classes: kinds.has("class") ? 0.15 : 0,
        legal_counselling: kinds.has("legal_counselling") ? 0.25 : 0,
      };
      for (const [key, chance] of Object.entries(chances)) {
        const service = serviceByKey.get(key);
        if (service && random.chance(chance)) {
          tickRows.push({
            visitId,
            serviceId: service.id,
            recordedBy: by,
            recordedAt: new Date(checkedInAt.getTime() + minutes(5)),
          });
        }
      }

      // Supplies: what she asks for, checked against the limits exactly as the door checks them.
      const lines: { itemId: string; quantity: number }[] = [];
      for (const [key, habit] of Object.entries(SUPPLY_HABITS)) {
        const item = itemByKey.get(key);
        if (!item || !random.chance(habit.chance)) continue;
        const askedForMore = random.chance(0.08);
        const quantity = random.int(...habit.usual) + (askedForMore ? random.int(1, 6) : 0);
        lines.push({ itemId: item.id, quantity });
      }
      if (lines.length === 0) continue;
      // The week of her check-in, Monday to Sunday in the site's time, as the door counts it.
      const day = localDateTime(checkedInAt, zone).date;
      const weekKey = guest.woman ? `${guest.woman.codeId}@${addDays(day, 1 - isoWeekday(day))}` : null;
      const had = weekKey ? (weekly.get(weekKey) ?? new Map<string, number>()) : null;
      const breaches = new Map<number, LimitBreach>(
        limitBreaches({ lines, limits, visitAlready: new Map(), weekAlready: had }).map((b) => [b.index, b]),
      );
      const reason = breaches.size > 0 && random.chance(0.35) ? random.pick(OVERRIDE_REASONS) : null;
      lines.forEach((line, index) => {
        const breach = breaches.get(index);
        let quantity = line.quantity;
        if (breach && reason === null) {
          // Cut down to what both limits still allow.
          const item = limits.get(line.itemId);
          const perVisit = item?.limitPerVisit ?? Number.POSITIVE_INFINITY;
          const perWeek =
            had && item?.limitPerWeek != null
              ? item.limitPerWeek - (had.get(line.itemId) ?? 0)
              : Number.POSITIVE_INFINITY;
          quantity = Math.min(quantity, perVisit, perWeek);
        }
        quantity = Math.min(quantity, stock.get(line.itemId) ?? 0);
        if (quantity <= 0) return;
        stock.set(line.itemId, (stock.get(line.itemId) ?? 0) - quantity);
        if (had && weekKey) {
          had.set(line.itemId, (had.get(line.itemId) ?? 0) + quantity);
          weekly.set(weekKey, had);
        }
        const id = randomUUID();
        const recordedAt = new Date(checkedInAt.getTime() + minutes(random.int(5, 60)));
        const over = breach !== undefined && reason !== null;
        handoutRows.push({
          id,
          visitId,
          itemId: line.itemId,
          quantity,
          overLimitReason: over ? reason : null,
          recordedBy: by,
          recordedAt,
        });
        if (over) overrides.push({ id, by, at: recordedAt });
      });
    }
  }

  // A stock count found expired lubricant: the board shows it running low tonight.
  const lubricant = itemByKey.get("lubricant");
  if (lubricant && (stock.get(lubricant.id) ?? 0) > 12) {
    const delta = 12 - (stock.get(lubricant.id) ?? 0);
    stock.set(lubricant.id, 12);
    adjustmentRows.push({
      itemId: lubricant.id,
      delta,
      reason: "Optælling: udløbne tuber kasseret",
      adjustedBy: staffId("manager"),
      adjustedAt: new Date(now.getTime() - minutes(24 * 60)),
    });
  }

  await ctx.db.transaction(async (tx) => {
    await insertInChunks(tx, visitorCodes, codeRows);
    await insertInChunks(tx, openingSessions, sessionRows);
    await insertInChunks(tx, visits, visitRows);
    await insertInChunks(tx, visitServices, tickRows);
    await insertInChunks(tx, supplyHandouts, handoutRows);
    await insertInChunks(tx, stockAdjustments, adjustmentRows);
    for (const [itemId, left] of stock) {
      await tx.update(supplyItems).set({ stock: left, updatedAt: now }).where(eq(supplyItems.id, itemId));
    }

    // The door's notes for tonight: a few regulars should see the nurse or talk to a colleague.
    const active = women.filter((w) => w.lastOn === null).slice(0, 5);
    const flagRows = active.map((w, i) => ({
      id: randomUUID(),
      visitorCodeId: w.codeId,
      kind: i < 3 ? ("see_nurse" as const) : ("talk_to_colleague" as const),
      source: "staff" as const,
      raisedBy: staffId(i < 3 ? "health_staff" : "social_worker"),
      raisedAt: new Date(now.getTime() - minutes(24 * 60 * (i + 1))),
    }));
    await insertInChunks(tx, visitorFlags, flagRows);

    // What the real door audits: overrides, deliveries and counts, and the flags.
    for (const o of overrides) {
      await audit(tx, {
        event: "SUPPLY_LIMIT_OVERRIDDEN",
        by: o.by,
        at: o.at,
        siteId: options.site.id,
        type: "supply_handout",
        id: o.id,
      });
    }
    for (const a of adjustmentRows) {
      await audit(tx, {
        event: "STOCK_ADJUSTED",
        by: a.adjustedBy ?? null,
        at: a.adjustedAt,
        siteId: options.site.id,
        type: "supply_item",
        id: a.itemId,
      });
    }
    for (const f of flagRows) {
      await audit(tx, {
        event: "VISITOR_FLAG_RAISED",
        by: f.raisedBy,
        at: f.raisedAt,
        siteId: options.site.id,
        type: "visitor_code",
        id: f.visitorCodeId,
      });
    }
  });

  // Fresh statistics for the planner after the bulk load (autovacuum would get there later).
  await ctx.db.execute(
    sql`analyze opening_sessions, visitor_codes, visits, visit_services, supply_handouts, stock_adjustments`,
  );

  return {
    sessions: sessionRows.length,
    visits: visitRows.length,
    codes: codeRows.length,
    handouts: handoutRows.length,
    overrides: overrides.length,
  };
}

function audit(
  tx: Tx,
  entry: {
    event: "SUPPLY_LIMIT_OVERRIDDEN" | "STOCK_ADJUSTED" | "VISITOR_FLAG_RAISED";
    by: string | null;
    at: Date;
    siteId: string;
    type: string;
    id: string;
  },
) {
  return recordAudit(tx, {
    event: entry.event,
    occurredAt: entry.at,
    actorAccountId: entry.by,
    siteId: entry.siteId,
    entityType: entry.type,
    entityId: entry.id,
    address: "demo",
  });
}

/** `count` values shared out by weight (largest remainders first), in the table's order. */
function proportional<T>(table: readonly (readonly [T, number])[], count: number): T[] {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  const shares = table.map(([value, weight], i) => ({ value, i, exact: (weight / total) * count }));
  const counts = shares.map((s) => Math.floor(s.exact));
  const left = count - counts.reduce((a, b) => a + b, 0);
  [...shares]
    .sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.i - b.i)
    .slice(0, left)
    .forEach((s) => {
      counts[s.i] = (counts[s.i] ?? 0) + 1;
    });
  return shares.flatMap((s) => Array.from({ length: counts[s.i] ?? 0 }, () => s.value));
}

/** Multi-row inserts of at most 1000 rows (PostgreSQL takes at most 65535 parameters a statement). */
async function insertInChunks<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(table).values(rows.slice(i, i + 1000));
  }
}
