/**
 * The demo's clinic: a year of clinic hours at Mødestedet (the gynaecologist on Monday and Wednesday
 * evenings, the general practitioner on Mondays, as the demo schedule has them). Each clinic evening
 * women take a numbered ticket at the door; most are seen, some do not answer when called and a few
 * are turned away when time runs out. Tests move taken → sent → result in → told with the lab's
 * turnaround (days to a couple of weeks) and are told when she next comes; medicine comes from the
 * clinic's own stock (delivered monthly, never below zero); the centre pays for some treatment and
 * for an abortion now and then; a few referrals need a social worker to go with her.
 *
 * Deterministic and invented. The year goes in as bulk inserts with the clinic's own rules (clinical
 * text encrypted with the app's cipher, diagnoses normalised by the clinic's policy, accompaniments
 * through the follow-ups service); the last two weeks go through the clinic service itself, so the
 * results that are in but not yet told raise the door's "see the nurse" flag exactly as in use.
 */
import { randomUUID } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import { formatVisitorCode } from "../src/common/visitor-code.js";
import { type AuditEntry, auditHash, GENESIS_HASH, recordAudit } from "../src/server/audit/audit-log.js";
import { fixedClock } from "../src/server/clock.js";
import type { Actor, AppContext } from "../src/server/context.js";
import type { Tx } from "../src/server/db/client.js";
import {
  auditEvents,
  clinicAppointments,
  clinicCosts,
  clinicReferrals,
  clinicTests,
  clinicTickets,
  consultations,
  medicineAdjustments,
  medicineDispensings,
  medicines,
} from "../src/server/db/schema/index.js";
import { normaliseDiagnoses } from "../src/server/features/clinic/clinic.policy.js";
import * as clinic from "../src/server/features/clinic/clinic.service.js";
import * as followUps from "../src/server/features/follow-ups/follow-ups.service.js";
import { addDays, localDateTime, zonedInstant } from "../src/server/features/sites/local-time.js";
import * as visits from "../src/server/features/visits/visits.service.js";
import { demoActors } from "./demo-diary.js";
import { seededRandom } from "./demo-door.js";

const SEED = 20_100_305;
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 24 * 60 * 60_000;
/** The last days go through the clinic service; before them, bulk rows. */
const LIVE_DAYS = 14;

type ClinicKind = "clinic_gynaecology" | "clinic_general_practice";
type TestType = "chlamydia" | "gonorrhoea" | "syphilis" | "hiv" | "hepatitis_b" | "hepatitis_c" | "pregnancy";

/** The clinic hours of the demo week: weekday → [kind, start, end, how many she can see]. */
const HOURS: Record<number, [ClinicKind, string, string, [number, number]][]> = {
  1: [
    ["clinic_gynaecology", "16:30", "19:30", [4, 7]],
    ["clinic_general_practice", "20:00", "21:00", [2, 3]],
  ],
  3: [["clinic_gynaecology", "16:00", "18:00", [3, 5]]],
};

/** Why she came, what was found, and what was done: the clinic's own words, never a name. */
const VISITS: {
  kind: ClinicKind;
  reason: string;
  notes: string;
  diagnoses: { text: string; icd10?: string }[];
  tests: TestType[];
  medicine?: [string, number];
  weight: number;
}[] = [
  {
    kind: "clinic_gynaecology",
    reason: "Ønsker test for kønssygdomme",
    notes: "Ingen symptomer. Prøver taget. Rådgivning om kondombrug.",
    diagnoses: [],
    tests: ["chlamydia", "gonorrhoea", "syphilis", "hiv"],
    weight: 30,
  },
  {
    kind: "clinic_gynaecology",
    reason: "Udflåd og svie",
    notes: "Let rødme. Podning taget. Behandlet for svamp.",
    diagnoses: [{ text: "Svampeinfektion i skeden", icd10: "B37.3" }],
    tests: ["chlamydia", "gonorrhoea"],
    medicine: ["Clotrimazol vaginaltablet 500 mg", 1],
    weight: 14,
  },
  {
    kind: "clinic_gynaecology",
    reason: "Udebleven menstruation",
    notes: "Graviditetstest taget. Samtale om muligheder og prævention.",
    diagnoses: [],
    tests: ["pregnancy"],
    weight: 8,
  },
  {
    kind: "clinic_gynaecology",
    reason: "Ønsker prævention",
    notes: "Blodtryk normalt. P-piller udleveret for tre måneder. Ny tid om tre måneder.",
    diagnoses: [{ text: "Rådgivning om prævention", icd10: "Z30.0" }],
    tests: [],
    medicine: ["P-piller, 3 måneder", 1],
    weight: 12,
  },
  {
    kind: "clinic_gynaecology",
    reason: "Kondom sprang for to dage siden",
    notes: "Nødprævention udleveret. Test om to uger.",
    diagnoses: [{ text: "Nødprævention", icd10: "Z30.3" }],
    tests: ["chlamydia", "gonorrhoea"],
    medicine: ["Nødprævention", 1],
    weight: 6,
  },
  {
    kind: "clinic_gynaecology",
    reason: "Kontrol efter behandling",
    notes: "Har taget medicinen som aftalt. Ingen gener nu.",
    diagnoses: [],
    tests: ["chlamydia"],
    weight: 6,
  },
  {
    kind: "clinic_gynaecology",
    reason: "Smerter i underlivet",
    notes: "Ømhed ved undersøgelse. Henvist til gynækologisk afdeling til ultralyd.",
    diagnoses: [{ text: "Smerter i underlivet", icd10: "R10.2" }],
    tests: ["chlamydia", "gonorrhoea", "pregnancy"],
    medicine: ["Ibuprofen 400 mg", 20],
    weight: 4,
  },
  {
    kind: "clinic_general_practice",
    reason: "Hoste og feber",
    notes: "Lungerne lyder fri. Råd om væske og hvile.",
    diagnoses: [{ text: "Øvre luftvejsinfektion", icd10: "J06.9" }],
    tests: [],
    medicine: ["Paracetamol 500 mg", 20],
    weight: 12,
  },
  {
    kind: "clinic_general_practice",
    reason: "Tandpine",
    notes: "Betændelse ved en kindtand. Henvist til tandlæge.",
    diagnoses: [{ text: "Tandbyld", icd10: "K04.7" }],
    tests: [],
    medicine: ["Ibuprofen 400 mg", 20],
    weight: 5,
  },
  {
    kind: "clinic_general_practice",
    reason: "Ønsker vaccination og test for leverbetændelse",
    notes: "Blodprøver taget. Vaccination drøftet; hun vender tilbage.",
    diagnoses: [],
    tests: ["hepatitis_b", "hepatitis_c", "hiv"],
    weight: 7,
  },
  {
    kind: "clinic_general_practice",
    reason: "Hovedpine og søvnbesvær",
    notes: "Stresset over sin situation. Samtale. Tilbudt tid igen om en uge.",
    diagnoses: [{ text: "Søvnbesvær", icd10: "G47.0" }],
    tests: [],
    weight: 6,
  },
];

const MEDICINES: { name: string; unit: string; lowStockAt: number; unitCostOre: number; delivery: number }[] =
  [
    {
      name: "Clotrimazol vaginaltablet 500 mg",
      unit: "tablet",
      lowStockAt: 5,
      unitCostOre: 3500,
      delivery: 12,
    },
    { name: "P-piller, 3 måneder", unit: "pakke", lowStockAt: 4, unitCostOre: 9000, delivery: 10 },
    { name: "Nødprævention", unit: "tablet", lowStockAt: 3, unitCostOre: 15000, delivery: 4 },
    { name: "Ibuprofen 400 mg", unit: "tablet", lowStockAt: 40, unitCostOre: 150, delivery: 150 },
    { name: "Paracetamol 500 mg", unit: "tablet", lowStockAt: 40, unitCostOre: 100, delivery: 150 },
    { name: "Azithromycin 500 mg", unit: "tablet", lowStockAt: 6, unitCostOre: 2500, delivery: 12 },
  ];

/** Chance of a positive result, by test. */
const POSITIVE: Record<TestType, number> = {
  chlamydia: 0.09,
  gonorrhoea: 0.04,
  syphilis: 0.01,
  hiv: 0.005,
  hepatitis_b: 0.02,
  hepatitis_c: 0.01,
  pregnancy: 0.3,
};

const REFERRALS: {
  kind: "hospital" | "specialist" | "abortion_clinic" | "dentist";
  place: string;
  note: string;
}[] = [
  { kind: "hospital", place: "Gynækologisk ambulatorium, hospitalet", note: "Ultralyd af underlivet." },
  { kind: "dentist", place: "Tandlægeskolen, akutklinikken", note: "Tandbyld; har fået smertestillende." },
  {
    kind: "abortion_clinic",
    place: "Svangerskabsafbrydelse, gynækologisk afdeling",
    note: "Ønsker abort; uge 8.",
  },
  { kind: "specialist", place: "Hudlæge i indre by", note: "Udslæt, der ikke går væk." },
];

interface VisitRow {
  id: string;
  session_id: string;
  date: string;
  visitor_code_id: string | null;
  nationality: string;
  languages: string[];
  checked_in_at: string;
}

export interface ClinicSeedSummary {
  consultations: number;
  tests: number;
  tickets: number;
  referrals: number;
}

export async function seedClinic(
  ctx: AppContext,
  options: { site: { id: string; timeZone: string } },
): Promise<ClinicSeedSummary> {
  const random = seededRandom(SEED);
  const now = ctx.clock.now();
  const siteId = options.site.id;
  const zone = options.site.timeZone;
  const today = localDateTime(now, zone).date;
  const liveFrom = addDays(today, -LIVE_DAYS);
  const actors = await demoActors(ctx, siteId);
  const nurse = actors.get("health_staff") as Actor;
  const clock = fixedClock(now);
  const then = (at: Date): AppContext => {
    clock.set(at);
    return { ...ctx, clock };
  };

  // The clinic's medicine list, written through the clinic service.
  const medicineIds = new Map<string, string>();
  const historyStart = new Date(now.getTime() - days(7 * 53));
  for (const m of MEDICINES) {
    const row = await clinic.createMedicine(then(historyStart), nurse, {
      siteId,
      name: m.name,
      unit: m.unit,
      stock: 0,
      lowStockAt: m.lowStockAt,
      unitCostOre: m.unitCostOre,
    });
    medicineIds.set(m.name, row.id);
  }

  const visitRows = (
    await ctx.db.execute(sql`
      select v.id, v.session_id, s.date::text as date, v.visitor_code_id, v.nationality, v.languages,
             v.checked_in_at
        from visits v join opening_sessions s on s.id = v.session_id
       where s.site_id = ${siteId} and s.closed_at is not null
         and extract(isodow from s.date) in (1, 3) and s.starts_at < '23:00'
       order by v.checked_in_at`)
  ).rows as unknown as VisitRow[];
  const bySession = new Map<string, VisitRow[]>();
  for (const v of visitRows) bySession.set(v.session_id, [...(bySession.get(v.session_id) ?? []), v]);
  // When each code comes again: she is told her result at her next visit after it came in.
  const comings = (
    await ctx.db.execute(sql`
      select v.visitor_code_id as code, array_agg(extract(epoch from v.checked_in_at)::float8 order by v.checked_in_at) as at
        from visits v where v.site_id = ${siteId} and v.visitor_code_id is not null group by 1`)
  ).rows as unknown as { code: string; at: number[] }[];
  const visitsOf = new Map(comings.map((c) => [c.code, c.at.map((a) => new Date(a * 1000))]));
  const codeOf = new Map(
    (
      (await ctx.db.execute(sql`select id, code from visitor_codes`)).rows as { id: string; code: string }[]
    ).map((r) => [r.id, formatVisitorCode(r.code)]),
  );

  const ticketRows: (typeof clinicTickets.$inferInsert)[] = [];
  const consultationRows: (typeof consultations.$inferInsert)[] = [];
  const testRows: (typeof clinicTests.$inferInsert)[] = [];
  const dispensingRows: (typeof medicineDispensings.$inferInsert)[] = [];
  const adjustmentRows: (typeof medicineAdjustments.$inferInsert)[] = [];
  const costRows: (typeof clinicCosts.$inferInsert)[] = [];
  const referralRows: (typeof clinicReferrals.$inferInsert)[] = [];
  const appointmentRows: (typeof clinicAppointments.$inferInsert)[] = [];
  const accompaniments: {
    referralId: string;
    codeId: string | null;
    at: Date;
    place: string;
    language: string | null;
    by: Date;
  }[] = [];
  const live: {
    ticketId: string;
    visit: VisitRow;
    kind: ClinicKind;
    at: Date;
    plan: (typeof VISITS)[number];
  }[] = [];
  const stock = new Map(MEDICINES.map((m) => [m.name, 0]));
  let deliveredMonth = "";
  let referralTurn = 0;

  const sessionDates = [...new Set(visitRows.map((v) => `${v.date}|${v.session_id}`))].sort();
  for (const key of sessionDates) {
    const [date, sessionId] = key.split("|") as [string, string];
    const month = date.slice(0, 7);
    if (month !== deliveredMonth) {
      deliveredMonth = month;
      for (const m of MEDICINES) {
        const delivery = Math.max(0, m.delivery - (stock.get(m.name) ?? 0) + m.lowStockAt);
        if (delivery <= 0) continue;
        stock.set(m.name, (stock.get(m.name) ?? 0) + delivery);
        const at = zoned(date, "15:00", zone);
        adjustmentRows.push({
          medicineId: medicineIds.get(m.name) as string,
          delta: delivery,
          reason: "Levering fra apoteket",
          adjustedBy: nurse.accountId,
          adjustedAt: at,
        });
        costRows.push({
          siteId,
          consultationId: null,
          kind: "medicine",
          amountOre: delivery * m.unitCostOre,
          incurredOn: date,
          note: ctx.cipher.encrypt(`Apoteksfaktura, ${m.name}`),
          createdAt: at,
          createdBy: nurse.accountId,
        });
      }
    }
    const guests = [...(bySession.get(sessionId) ?? [])];
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    let number = 0;
    for (const [kind, startsAt, endsAt, [few, many]] of HOURS[weekday] ?? []) {
      const capacity = random.int(few, many);
      const wanting =
        capacity +
        random.weighted([
          [0, 5],
          [1, 3],
          [2, 2],
        ] as const);
      const start = zoned(date, startsAt, zone).getTime();
      const end = zoned(date, endsAt, zone).getTime();
      let seen = 0;
      for (let i = 0; i < wanting && guests.length > 0; i++) {
        const visit = guests.splice(random.int(0, guests.length - 1), 1)[0] as VisitRow;
        number++;
        const ticketId = randomUUID();
        const takenAt = new Date(
          Math.max(new Date(visit.checked_in_at).getTime(), start - minutes(30)) + minutes(5),
        );
        const noShow = random.chance(0.07);
        const turnedAway = !noShow && seen >= capacity;
        const calledAt = new Date(
          Math.min(
            end - minutes(10),
            Math.max(takenAt.getTime(), start) + minutes(seen * 25 + random.int(0, 10)),
          ),
        );
        const source = visit.visitor_code_id && random.chance(0.25) ? "visitor" : "door";
        const language =
          visit.languages.includes("en") || visit.languages.length === 0
            ? null
            : (visit.languages[0] ?? null);
        ticketRows.push({
          id: ticketId,
          siteId,
          sessionId,
          number,
          clinicKind: kind,
          visitId: visit.id,
          visitorCodeId: visit.visitor_code_id,
          languageNeeded: language,
          source,
          status: noShow ? "no_show" : turnedAway ? "turned_away" : "done",
          takenAt,
          takenBy: source === "door" ? nurse.accountId : null,
          calledAt: turnedAway ? null : calledAt,
          calledBy: turnedAway ? null : nurse.accountId,
          finishedAt: turnedAway ? new Date(end) : new Date(calledAt.getTime() + minutes(noShow ? 3 : 20)),
          finishedBy: nurse.accountId,
        });
        if (noShow || turnedAway) continue;
        seen++;
        const plan = random.weighted(
          VISITS.filter((v) => v.kind === kind).map((v) => [v, v.weight] as const),
        );
        if (date >= liveFrom) {
          live.push({ ticketId, visit, kind, at: calledAt, plan });
          continue;
        }
        const consultationId = randomUUID();
        const { diagnoses } = normaliseDiagnoses(plan.diagnoses, "diagnoses");
        consultationRows.push({
          id: consultationId,
          siteId,
          sessionId,
          visitId: visit.id,
          ticketId,
          visitorCodeId: visit.visitor_code_id,
          nationality: visit.nationality,
          clinicKind: kind,
          seenAt: calledAt,
          seenBy: nurse.accountId,
          reason: ctx.cipher.encrypt(plan.reason),
          notes: ctx.cipher.encrypt(plan.notes),
          diagnoses: ctx.cipher.encrypt(JSON.stringify(diagnoses)),
          updatedAt: calledAt,
          updatedBy: nurse.accountId,
        });
        // Tests only under a code: without one she could not be told.
        if (visit.visitor_code_id) {
          for (const testType of plan.tests) {
            const sentAt = new Date(
              calledAt.getTime() + days(random.int(0, 2)) + minutes(random.int(60, 600)),
            );
            const resultAt = new Date(
              sentAt.getTime() + days(random.int(testType === "pregnancy" ? 0 : 3, 12)),
            );
            const positive = random.chance(POSITIVE[testType]);
            const comesAgain = (visitsOf.get(visit.visitor_code_id) ?? []).find((t) => t > resultAt);
            // Told at her next visit; one who does not come back is told when she phones or drops by.
            const toldAt = comesAgain
              ? new Date(comesAgain.getTime() + minutes(20))
              : new Date(resultAt.getTime() + days(random.int(2, 20)));
            const state = resultAt > now ? "sent" : toldAt > now ? "result_in" : "told";
            testRows.push({
              consultationId,
              siteId,
              visitorCodeId: visit.visitor_code_id,
              takenWithCode: true,
              testType,
              state: testType === "pregnancy" ? "told" : state,
              outcome:
                testType === "pregnancy" || state !== "sent" ? (positive ? "positive" : "negative") : null,
              resultNote:
                positive && random.chance(0.5)
                  ? ctx.cipher.encrypt("Behandling tilbudt; kontrol om fire uger.")
                  : null,
              takenAt: calledAt,
              takenBy: nurse.accountId,
              ...(testType === "pregnancy"
                ? {
                    sentAt: calledAt,
                    sentBy: nurse.accountId,
                    resultAt: new Date(calledAt.getTime() + minutes(10)),
                    resultBy: nurse.accountId,
                    toldAt: new Date(calledAt.getTime() + minutes(15)),
                    toldBy: nurse.accountId,
                  }
                : {
                    sentAt,
                    sentBy: nurse.accountId,
                    resultAt: state === "sent" ? null : resultAt,
                    resultBy: state === "sent" ? null : nurse.accountId,
                    toldAt: state === "told" ? toldAt : null,
                    toldBy: state === "told" ? nurse.accountId : null,
                  }),
            });
          }
        }
        if (plan.medicine) {
          const [name, quantity] = plan.medicine;
          const left = stock.get(name) ?? 0;
          const given = Math.min(left, quantity);
          if (given > 0) {
            stock.set(name, left - given);
            dispensingRows.push({
              consultationId,
              medicineId: medicineIds.get(name) as string,
              quantity: given,
              dispensedAt: new Date(calledAt.getTime() + minutes(15)),
              dispensedBy: nurse.accountId,
            });
          }
        }
        // A referral now and then; the centre pays for what her insurance does not cover.
        const referral = plan.reason.startsWith("Tandpine")
          ? REFERRALS[1]
          : plan.reason.startsWith("Smerter")
            ? REFERRALS[0]
            : plan.tests.includes("pregnancy") && random.chance(0.25)
              ? REFERRALS[2]
              : random.chance(0.01)
                ? REFERRALS[3]
                : undefined;
        if (referral) {
          const referralId = randomUUID();
          const appointmentAt = zoned(
            addDays(date, random.int(3, 12)),
            random.pick(["09:00", "10:30", "13:00"]),
            zone,
          );
          const withSomeone =
            referral.kind !== "specialist" && referralTurn++ % 3 === 0 && visit.visitor_code_id !== null;
          referralRows.push({
            id: referralId,
            consultationId,
            siteId,
            kind: referral.kind,
            place: ctx.cipher.encrypt(referral.place),
            note: ctx.cipher.encrypt(referral.note),
            appointmentAt,
            needsAccompaniment: withSomeone,
            languageNeeded: withSomeone ? language : null,
            createdAt: new Date(calledAt.getTime() + minutes(18)),
            createdBy: nurse.accountId,
          });
          if (withSomeone) {
            accompaniments.push({
              referralId,
              codeId: visit.visitor_code_id,
              at: appointmentAt,
              place: referral.place,
              language,
              by: new Date(calledAt.getTime() + minutes(18)),
            });
          }
          costRows.push({
            siteId,
            consultationId,
            kind: referral.kind === "abortion_clinic" ? "abortion" : "treatment",
            amountOre:
              referral.kind === "abortion_clinic" ? 480_000 : referral.kind === "dentist" ? 65_000 : 120_000,
            incurredOn: addDays(date, 14),
            note: null,
            createdAt: new Date(calledAt.getTime() + minutes(20)),
            createdBy: nurse.accountId,
          });
        }
      }
    }
  }

  // Appointments booked ahead: most came, some did not; and the next clinic evenings' bookings.
  const slotsTaken = new Map<string, number>();
  for (const t of ticketRows.filter((_, i) => i % 9 === 0)) {
    if (!t.visitorCodeId) continue;
    const taken = t.takenAt as Date;
    const local = localDateTime(taken, zone);
    const slotKey = `${local.date}|${t.clinicKind}`;
    const index = slotsTaken.get(slotKey) ?? 0;
    slotsTaken.set(slotKey, index + 1);
    const weekday = new Date(`${local.date}T12:00:00Z`).getUTCDay();
    const first = (HOURS[weekday] ?? []).find(([kind]) => kind === t.clinicKind)?.[1] ?? "16:00";
    const length = t.clinicKind === "clinic_gynaecology" ? 20 : 15;
    const startsAt = addMinutes(first, index * length);
    const appointmentId = randomUUID();
    appointmentRows.push({
      id: appointmentId,
      siteId,
      visitorCodeId: t.visitorCodeId,
      clinicKind: t.clinicKind,
      date: local.date,
      startsAt,
      endsAt: addMinutes(startsAt, length),
      languageNeeded: t.languageNeeded ?? null,
      status: t.status === "done" ? "arrived" : "no_show",
      bookedAt: new Date(taken.getTime() - days(random.int(2, 7))),
      bookedBy: nurse.accountId,
      settledAt: taken,
      settledBy: nurse.accountId,
    });
    if (t.status === "done") {
      t.source = "appointment";
      t.appointmentId = appointmentId;
      t.takenBy = nurse.accountId;
    }
  }
  const regulars = [
    ...new Set(
      visitRows
        .filter((v) => v.date >= liveFrom && v.visitor_code_id)
        .map((v) => v.visitor_code_id as string),
    ),
  ];
  const nextMonday = addDays(today, (8 - new Date(`${today}T12:00:00Z`).getUTCDay()) % 7 || 7);
  for (const [i, codeId] of regulars.slice(0, 3).entries()) {
    const start = ["16:30", "17:10", "18:10"][i] as string;
    appointmentRows.push({
      siteId,
      visitorCodeId: codeId,
      clinicKind: "clinic_gynaecology",
      date: i === 0 && new Date(`${today}T12:00:00Z`).getUTCDay() === 1 ? today : nextMonday,
      startsAt: start,
      endsAt: addMinutes(start, 20),
      languageNeeded: null,
      status: "booked",
      bookedAt: new Date(now.getTime() - days(i + 2)),
      bookedBy: nurse.accountId,
    });
  }
  await ctx.db.transaction(async (tx) => {
    await insertInChunks(tx, clinicAppointments, appointmentRows);
    await insertInChunks(tx, clinicTickets, ticketRows);
    await insertInChunks(tx, consultations, consultationRows);
    await insertInChunks(tx, clinicTests, testRows);
    await insertInChunks(tx, medicineAdjustments, adjustmentRows);
    await insertInChunks(tx, medicineDispensings, dispensingRows);
    await insertInChunks(tx, clinicReferrals, referralRows);
    await insertInChunks(tx, clinicCosts, costRows);
    for (const [name, left] of stock) {
      await tx
        .update(medicines)
        .set({ stock: left, updatedAt: now })
        .where(eq(medicines.id, medicineIds.get(name) as string));
    }
    // Results in and not yet told ask the door to send her to the nurse, as the clinic service does.
    const waiting = (
      await tx.execute(
        sql`select id, visitor_code_id, result_at from clinic_tests where site_id = ${siteId} and state = 'result_in' and visitor_code_id is not null`,
      )
    ).rows as { id: string; visitor_code_id: string; result_at: string }[];
    for (const w of waiting) {
      await visits.raiseFlag(
        tx,
        w.visitor_code_id,
        "see_nurse",
        "clinic",
        w.id,
        nurse.accountId,
        new Date(w.result_at),
      );
    }
    // What the clinic audits: each consultation and referral, chained in one bulk insert.
    await auditInBulk(tx, [
      ...consultationRows.map((c) =>
        entry(nurse, "CONSULTATION_RECORDED", c.seenAt as Date, siteId, "consultation", c.id as string),
      ),
      ...referralRows.map((r) =>
        entry(nurse, "REFERRAL_CREATED", r.createdAt as Date, siteId, "referral", r.id as string),
      ),
    ]);
    // Accompaniments through the follow-ups service, as the clinic's referral creates them.
    for (const a of accompaniments) {
      const task = await followUps.createAccompaniment(tx, {
        siteId,
        visitorCodeId: a.codeId,
        appointmentAt: a.at,
        place: a.place,
        languageNeeded: a.language,
        sourceReferralId: a.referralId,
        createdBy: nurse.accountId,
        at: a.by,
      });
      await tx
        .update(clinicReferrals)
        .set({ accompanimentId: task.id })
        .where(eq(clinicReferrals.id, a.referralId));
      a.referralId = `${a.referralId}|${task.id}`;
    }
  });
  // Accompaniments that are over have their outcome, written by the social worker who went.
  const worker = actors.get("social_worker") as Actor;
  for (const a of accompaniments) {
    const followUpId = a.referralId.split("|")[1] as string;
    const after = new Date(a.at.getTime() + minutes(180));
    if (after > now) continue;
    await followUps.completeFollowUp(then(after), worker, followUpId, {
      outcome: random.pick([
        "Vi fulgtes ad derind, og tolken var der. Hun fik svar på sine spørgsmål og har en ny tid.",
        "Gik med hende; ventetiden var lang, men hun blev undersøgt. Hun var glad for selskabet.",
        "Hun mødte op og klarede det fint. Vi tog bussen hjem sammen.",
      ]),
    });
  }
  // The last two weeks through the clinic service itself: consultations, tests and their steps.
  let liveTests = 0;
  for (const l of live) {
    const code = l.visit.visitor_code_id ? codeOf.get(l.visit.visitor_code_id) : undefined;
    const plan = l.plan;
    const dispense = plan.medicine
      ? [{ medicineId: medicineIds.get(plan.medicine[0]) as string, quantity: plan.medicine[1] }]
      : [];
    const medicineLeft = plan.medicine ? (stock.get(plan.medicine[0]) ?? 0) : 0;
    const consultation = await clinic.createConsultation(then(l.at), nurse, {
      siteId,
      clinicKind: l.kind,
      ...(code ? { visitorCode: code } : {}),
      visitId: l.visit.id,
      ticketId: l.ticketId,
      reason: plan.reason,
      notes: plan.notes,
      diagnoses: plan.diagnoses,
      tests: code ? plan.tests.map((testType) => ({ testType })) : [],
      dispense: medicineLeft >= (plan.medicine?.[1] ?? 0) ? dispense : [],
      referrals: [],
      costs: [],
    });
    if (plan.medicine && medicineLeft >= plan.medicine[1])
      stock.set(plan.medicine[0], medicineLeft - plan.medicine[1]);
    for (const test of consultation.tests) {
      liveTests++;
      const sentAt = new Date(l.at.getTime() + days(1) + minutes(random.int(0, 120)));
      if (sentAt > now) continue;
      await clinic.transitionTest(then(sentAt), nurse, test.id, { to: "sent" });
      const resultAt = new Date(sentAt.getTime() + days(random.int(3, 9)));
      if (resultAt > now) continue;
      const positive = random.chance(POSITIVE[test.testType as TestType] ?? 0.05);
      await clinic.transitionTest(then(resultAt), nurse, test.id, {
        to: "result_in",
        outcome: positive ? "positive" : "negative",
      });
      const comesAgain = (visitsOf.get(l.visit.visitor_code_id ?? "") ?? []).find((t) => t > resultAt);
      if (comesAgain && comesAgain < now) {
        await clinic.transitionTest(then(new Date(comesAgain.getTime() + minutes(20))), nurse, test.id, {
          to: "told",
        });
      }
    }
  }
  await ctx.db.execute(
    sql`analyze clinic_tickets, clinic_consultations, clinic_tests, clinic_medicine_dispensings, clinic_costs, clinic_referrals, clinic_appointments`,
  );
  return {
    consultations: consultationRows.length + live.length,
    tests: testRows.length + liveTests,
    tickets: ticketRows.length,
    referrals: referralRows.length,
  };
}

function entry(
  actor: Actor,
  event: "CONSULTATION_RECORDED" | "REFERRAL_CREATED",
  at: Date,
  siteId: string,
  type: string,
  id: string,
): AuditEntry {
  return {
    event,
    occurredAt: at,
    actorAccountId: actor.accountId,
    organisationId: actor.organisationId,
    siteId,
    entityType: type,
    entityId: id,
    address: "demo",
  };
}

/**
 * Many audit rows at once, chained exactly as `recordAudit` chains them (each row's hash covers the
 * previous one's, by the audit log's own `auditHash`). The demo seeds before the server listens, so
 * nothing else writes to the chain meanwhile; the chain's lock is still taken, as every writer does.
 */
async function auditInBulk(tx: Tx, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await recordAudit(tx, entries[0] as AuditEntry);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  let previousHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.slice(1).map((e) => {
    const hash = auditHash(previousHash, e);
    const row = {
      occurredAt: e.occurredAt,
      event: e.event,
      actorAccountId: e.actorAccountId ?? null,
      organisationId: e.organisationId ?? null,
      siteId: e.siteId ?? null,
      entityType: e.entityType ?? null,
      entityId: e.entityId ?? null,
      address: e.address ?? null,
      previousHash,
      hash,
    };
    previousHash = hash;
    return row;
  });
  await insertInChunks(tx, auditEvents, rows);
}

const zoned = zonedInstant;

function addMinutes(time: string, n: number): string {
  const [h, m] = time.split(":").map(Number) as [number, number];
  const total = h * 60 + m + n;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

async function insertInChunks<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(table).values(rows.slice(i, i + 1000));
  }
}
