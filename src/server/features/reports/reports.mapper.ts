/**
 * The door report as the response (exact figures, names in every language) and as the tables of its
 * files, named and headed in the reader's language. Only counts and catalogue names leave here: no
 * code, no nickname, no visit.
 */
import type { DoorReport, HeardFrom } from "../../../common/contracts/visits.js";
import { UNKNOWN_COUNTRY } from "../../../common/countries.js";
import { hhmm } from "../sites/local-time.js";
import type * as repo from "./reports.repository.js";

export type Locale = "da" | "en";

export interface ReportRows {
  sessions: Awaited<ReturnType<typeof repo.sessionFigures>>;
  period: Awaited<ReturnType<typeof repo.periodFigures>>;
  byNationality: Awaited<ReturnType<typeof repo.visitsByNationality>>;
  heardFrom: Awaited<ReturnType<typeof repo.visitsByHeardFrom>>;
  services: Awaited<ReturnType<typeof repo.servicesUsed>>;
  supplies: Awaited<ReturnType<typeof repo.suppliesHandedOut>>;
}

export function toDoorReport(options: {
  site: { id: string; name: string };
  from: string;
  to: string;
  rows: ReportRows;
  /** Pilot period labels by id, from the sites feature. */
  pilots: Map<string, string>;
}): DoorReport {
  const { rows } = options;
  return {
    site: { id: options.site.id, name: options.site.name },
    from: options.from,
    to: options.to,
    totals: {
      sessions: rows.period.sessions,
      visits: rows.period.visits,
      distinctCodes: rows.period.distinctCodes,
      anonymousVisits: rows.period.anonymousVisits,
      firstVisits: rows.period.firstVisits,
      limitOverrides: rows.supplies.reduce((sum, item) => sum + item.overrides, 0),
    },
    sessions: rows.sessions.map((s) => ({
      sessionId: s.sessionId,
      date: s.date,
      startsAt: hhmm(s.startsAt),
      pilot: s.pilotPeriodId ? (options.pilots.get(s.pilotPeriodId) ?? null) : null,
      visits: s.visits,
      distinctCodes: s.distinctCodes,
      anonymousVisits: s.anonymousVisits,
      firstVisits: s.firstVisits,
    })),
    byNationality: rows.byNationality.map((r) => ({ key: r.key, count: r.count })),
    heardFrom: rows.heardFrom.map((r) => ({ key: r.key, count: r.count })),
    services: rows.services.map((r) => ({ serviceId: r.serviceId, names: { ...r.names }, count: r.count })),
    supplies: rows.supplies.map((r) => ({
      itemId: r.itemId,
      names: { ...r.names },
      quantity: r.quantity,
      handouts: r.handouts,
      overrides: r.overrides,
    })),
  };
}

// The files: the same figures as tables, in the reader's language

const TEXT = {
  en: {
    sheets: {
      sessions: "Sessions",
      nationalities: "Nationalities",
      heardFrom: "Heard from",
      services: "Services",
      supplies: "Supplies",
      totals: "Totals",
    },
    columns: {
      section: "section",
      key: "key",
      label: "label",
      value: "value",
      date: "Date",
      startsAt: "Starts at",
      pilot: "Pilot period",
      code: "Code",
      country: "Country",
      answer: "How she heard of us",
      service: "Service",
      item: "Item",
      unit: "Unit",
      figure: "Figure",
      amount: "Value",
    },
    figures: {
      sessions: "Sessions",
      visits: "Visits",
      distinctCodes: "Distinct codes",
      anonymousVisits: "Anonymous visits",
      firstVisits: "First visits",
      limitOverrides: "Limit overrides",
      timesUsed: "Times used",
      quantity: "Quantity handed out",
      handouts: "Handouts",
      overrides: "Over a limit, with a reason",
    },
    unknownCountry: "Not known",
    heardFrom: {
      friend: "A friend",
      street: "On the street",
      outreach_street: "Outreach on the street",
      outreach_massage_clinic: "Outreach in a massage clinic",
      outreach_online: "Outreach online",
      crisis_shelter: "Crisis shelter",
      other: "Other",
    } satisfies Record<HeardFrom, string>,
  },
  da: {
    sheets: {
      sessions: "Åbninger",
      nationalities: "Nationaliteter",
      heardFrom: "Hørt om os",
      services: "Ydelser",
      supplies: "Udlevering",
      totals: "I alt",
    },
    columns: {
      section: "afsnit",
      key: "nøgle",
      label: "betegnelse",
      value: "værdi",
      date: "Dato",
      startsAt: "Starter",
      pilot: "Pilotperiode",
      code: "Kode",
      country: "Land",
      answer: "Hvordan hun hørte om os",
      service: "Ydelse",
      item: "Vare",
      unit: "Enhed",
      figure: "Tal",
      amount: "Værdi",
    },
    figures: {
      sessions: "Åbninger",
      visits: "Besøg",
      distinctCodes: "Forskellige koder",
      anonymousVisits: "Anonyme besøg",
      firstVisits: "Første besøg",
      limitOverrides: "Overskredne grænser",
      timesUsed: "Gange brugt",
      quantity: "Antal udleveret",
      handouts: "Udleveringer",
      overrides: "Over en grænse, med begrundelse",
    },
    unknownCountry: "Ukendt",
    heardFrom: {
      friend: "En veninde",
      street: "På gaden",
      outreach_street: "Opsøgende arbejde på gaden",
      outreach_massage_clinic: "Opsøgende arbejde i en massageklinik",
      outreach_online: "Opsøgende arbejde online",
      crisis_shelter: "Krisecenter",
      other: "Andet",
    } satisfies Record<HeardFrom, string>,
  },
} as const;

export const textsFor = (locale: Locale) => TEXT[locale];

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's name in the reader's language ("Rumænien"); "XX" is "not known"; an odd code stays a code. */
export function countryName(code: string, locale: Locale): string {
  if (code === UNKNOWN_COUNTRY) return TEXT[locale].unknownCountry;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    regionNames.set(locale, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** A catalogue name in the reader's language, else English, else any. */
export function nameIn(names: Record<string, string>, locale: Locale): string {
  return names[locale] ?? names.en ?? Object.values(names)[0] ?? "";
}

const heardFromLabel = (key: string, locale: Locale) =>
  (TEXT[locale].heardFrom as Record<string, string>)[key] ?? key;

export type Cell = string | number | Date | null;

/** One table of the report: a sheet of the workbook. */
export interface ReportTable {
  name: string;
  columns: { header: string; width: number; format?: "date" }[];
  rows: Cell[][];
}

/** A local date as a spreadsheet date: midnight UTC, which spreadsheets show as that calendar day. */
const asDate = (date: string) => new Date(`${date}T00:00:00Z`);

/** The six tables of the workbook: Sessions, Nationalities, Heard from, Services, Supplies, Totals. */
export function reportTables(report: DoorReport, locale: Locale): ReportTable[] {
  const t = TEXT[locale];
  const f = t.figures;
  return [
    {
      name: t.sheets.sessions,
      columns: [
        { header: t.columns.date, width: 12, format: "date" },
        { header: t.columns.startsAt, width: 10 },
        { header: t.columns.pilot, width: 28 },
        { header: f.visits, width: 10 },
        { header: f.distinctCodes, width: 16 },
        { header: f.anonymousVisits, width: 16 },
        { header: f.firstVisits, width: 14 },
      ],
      rows: report.sessions.map((s) => [
        asDate(s.date),
        s.startsAt,
        s.pilot,
        s.visits,
        s.distinctCodes,
        s.anonymousVisits,
        s.firstVisits,
      ]),
    },
    {
      name: t.sheets.nationalities,
      columns: [
        { header: t.columns.code, width: 8 },
        { header: t.columns.country, width: 24 },
        { header: f.visits, width: 10 },
      ],
      rows: report.byNationality.map((n) => [n.key, countryName(n.key, locale), n.count]),
    },
    {
      name: t.sheets.heardFrom,
      columns: [
        { header: t.columns.key, width: 24 },
        { header: t.columns.answer, width: 36 },
        { header: f.visits, width: 10 },
      ],
      rows: report.heardFrom.map((h) => [h.key, heardFromLabel(h.key, locale), h.count]),
    },
    {
      name: t.sheets.services,
      columns: [
        { header: t.columns.service, width: 36 },
        { header: f.timesUsed, width: 12 },
      ],
      rows: report.services.map((s) => [nameIn(s.names, locale), s.count]),
    },
    {
      name: t.sheets.supplies,
      columns: [
        { header: t.columns.item, width: 28 },
        { header: f.quantity, width: 18 },
        { header: f.handouts, width: 14 },
        { header: f.overrides, width: 28 },
      ],
      rows: report.supplies.map((s) => [nameIn(s.names, locale), s.quantity, s.handouts, s.overrides]),
    },
    {
      name: t.sheets.totals,
      columns: [
        { header: t.columns.figure, width: 24 },
        { header: t.columns.amount, width: 10 },
      ],
      rows: totalsOf(report, locale).map(([, label, value]) => [label, value]),
    },
  ];
}

function totalsOf(report: DoorReport, locale: Locale): [string, string, number][] {
  const f = TEXT[locale].figures;
  const totals = report.totals;
  return [
    ["sessions", f.sessions, totals.sessions],
    ["visits", f.visits, totals.visits],
    ["distinct_codes", f.distinctCodes, totals.distinctCodes],
    ["anonymous_visits", f.anonymousVisits, totals.anonymousVisits],
    ["first_visits", f.firstVisits, totals.firstVisits],
    ["limit_overrides", f.limitOverrides, totals.limitOverrides],
  ];
}

/** The header of the CSV's long table. */
export const csvColumns = (locale: Locale) => {
  const c = TEXT[locale].columns;
  return [c.section, c.key, c.label, c.value];
};

/**
 * The whole report as one long table (section, key, label, value), so that a spreadsheet can pivot
 * it: `key` names the row (a session's date and time, a country code, an answer, a catalogue key),
 * `label` says it in the reader's language, `section` says what is counted. A figure per row keeps
 * every value a number, apart from a session's pilot period.
 */
export function csvRecords(report: DoorReport, locale: Locale): Cell[][] {
  const t = TEXT[locale];
  const f = t.figures;
  const s = t.sheets;
  const records: Cell[][] = totalsOf(report, locale).map(([key, label, value]) => [
    s.totals,
    key,
    label,
    value,
  ]);
  for (const session of report.sessions) {
    const key = `${session.date} ${session.startsAt}`;
    const label = session.pilot ? `${key} (${session.pilot})` : key;
    records.push(
      [`${s.sessions}: ${f.visits}`, key, label, session.visits],
      [`${s.sessions}: ${f.distinctCodes}`, key, label, session.distinctCodes],
      [`${s.sessions}: ${f.anonymousVisits}`, key, label, session.anonymousVisits],
      [`${s.sessions}: ${f.firstVisits}`, key, label, session.firstVisits],
    );
    if (session.pilot) records.push([`${s.sessions}: ${t.columns.pilot}`, key, label, session.pilot]);
  }
  for (const n of report.byNationality)
    records.push([s.nationalities, n.key, countryName(n.key, locale), n.count]);
  for (const h of report.heardFrom)
    records.push([s.heardFrom, h.key, heardFromLabel(h.key, locale), h.count]);
  for (const service of report.services) {
    records.push([s.services, service.serviceId, nameIn(service.names, locale), service.count]);
  }
  for (const item of report.supplies) {
    const name = nameIn(item.names, locale);
    records.push(
      [`${s.supplies}: ${f.quantity}`, item.itemId, name, item.quantity],
      [`${s.supplies}: ${f.handouts}`, item.itemId, name, item.handouts],
      [`${s.supplies}: ${f.overrides}`, item.itemId, name, item.overrides],
    );
  }
  return records;
}
