/**
 * The clinic statistics as files: CSV (one long table a spreadsheet can pivot) and XLSX (one sheet
 * per table), headed in the reader's language. Only counts, medians and sums leave here; a
 * suppressed health count is written as "<10", never as its value.
 */
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { ClinicStatistics, CostKind, TestType } from "../../../common/contracts/clinic.js";
import { UNKNOWN_COUNTRY } from "../../../common/countries.js";

export type Locale = "da" | "en";
type Cell = string | number | Date | null;

export const STATISTICS_CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

const TEXT = {
  en: {
    sheets: {
      totals: "Totals",
      sessions: "Sessions",
      tests: "Tests",
      turnaround: "Turnaround",
      costs: "Costs",
      nationalities: "Nationalities",
      clinics: "Clinics",
    },
    columns: {
      section: "Section",
      key: "Key",
      label: "Label",
      value: "Value",
      figure: "Figure",
      date: "Date",
      testType: "Test",
      month: "Month",
      kind: "Kind",
      code: "Code",
      country: "Country",
      clinic: "Clinic",
    },
    figures: {
      sessions: "Sessions with clinic",
      consultations: "Consultations",
      clinicHours: "Clinic hours",
      consultationsPerHour: "Consultations per clinic hour",
      turnedAway: "Turned away for lack of time",
      noShows: "No-shows",
      tests: "Tests taken",
      costsKroner: "Costs (DKK)",
      taken: "Taken",
      withResult: "With a result",
      positives: "Positive",
      positiveRate: "Positive rate",
      takenToResult: "Median hours taken → result",
      resultToTold: "Median hours result → told",
      takenToTold: "Median hours taken → told",
      waitingForResult: "Waiting for a result",
      waitingToBeTold: "Result not yet told",
      amountKroner: "Amount (DKK)",
      count: "Number",
    },
    tests: {
      chlamydia: "Chlamydia",
      gonorrhoea: "Gonorrhoea",
      syphilis: "Syphilis",
      hiv: "HIV",
      hepatitis_b: "Hepatitis B",
      hepatitis_c: "Hepatitis C",
      pregnancy: "Pregnancy",
      other: "Other",
    } satisfies Record<TestType, string>,
    costs: { treatment: "Treatment", medicine: "Medicine", abortion: "Abortion" } satisfies Record<
      CostKind,
      string
    >,
    clinics: { clinic_gynaecology: "Gynaecology", clinic_general_practice: "General practice" },
    unknownCountry: "Not known",
  },
  da: {
    sheets: {
      totals: "I alt",
      sessions: "Åbninger",
      tests: "Prøver",
      turnaround: "Svartider",
      costs: "Udgifter",
      nationalities: "Nationaliteter",
      clinics: "Klinikker",
    },
    columns: {
      section: "Afsnit",
      key: "Nøgle",
      label: "Betegnelse",
      value: "Værdi",
      figure: "Tal",
      date: "Dato",
      testType: "Prøve",
      month: "Måned",
      kind: "Art",
      code: "Kode",
      country: "Land",
      clinic: "Klinik",
    },
    figures: {
      sessions: "Åbninger med klinik",
      consultations: "Konsultationer",
      clinicHours: "Kliniktimer",
      consultationsPerHour: "Konsultationer pr. kliniktime",
      turnedAway: "Afvist af tidsmangel",
      noShows: "Udeblevne",
      tests: "Prøver taget",
      costsKroner: "Udgifter (kr.)",
      taken: "Taget",
      withResult: "Med svar",
      positives: "Positive",
      positiveRate: "Andel positive",
      takenToResult: "Median timer taget → svar",
      resultToTold: "Median timer svar → fortalt",
      takenToTold: "Median timer taget → fortalt",
      waitingForResult: "Venter på svar",
      waitingToBeTold: "Svar endnu ikke fortalt",
      amountKroner: "Beløb (kr.)",
      count: "Antal",
    },
    tests: {
      chlamydia: "Klamydia",
      gonorrhoea: "Gonoré",
      syphilis: "Syfilis",
      hiv: "HIV",
      hepatitis_b: "Hepatitis B",
      hepatitis_c: "Hepatitis C",
      pregnancy: "Graviditet",
      other: "Andet",
    } satisfies Record<TestType, string>,
    costs: { treatment: "Behandling", medicine: "Medicin", abortion: "Abort" } satisfies Record<
      CostKind,
      string
    >,
    clinics: { clinic_gynaecology: "Gynækologi", clinic_general_practice: "Almen praksis" },
    unknownCountry: "Ukendt",
  },
} as const;

const regionNames = new Map<Locale, Intl.DisplayNames>();
function countryName(code: string, locale: Locale): string {
  if (code === UNKNOWN_COUNTRY) return TEXT[locale].unknownCountry;
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

const SUPPRESSED = "<10";
const orSuppressed = (value: number | null): Cell => (value === null ? SUPPRESSED : value);
const kroner = (ore: number) => Math.round(ore) / 100;
const asDate = (date: string) => new Date(`${date}T00:00:00Z`);

interface Table {
  name: string;
  columns: { header: string; width: number; format?: "date" }[];
  rows: Cell[][];
}

function totalsOf(report: ClinicStatistics, locale: Locale): [string, string, Cell][] {
  const f = TEXT[locale].figures;
  const t = report.totals;
  return [
    ["sessions", f.sessions, t.sessions],
    ["consultations", f.consultations, t.consultations],
    ["clinic_hours", f.clinicHours, t.clinicHours],
    ["consultations_per_hour", f.consultationsPerHour, t.consultationsPerHour],
    ["turned_away", f.turnedAway, t.turnedAway],
    ["no_shows", f.noShows, t.noShows],
    ["tests", f.tests, t.tests],
    ["costs_dkk", f.costsKroner, kroner(t.costsOre)],
  ];
}

export function statisticsTables(report: ClinicStatistics, locale: Locale): Table[] {
  const x = TEXT[locale];
  const f = x.figures;
  const c = x.columns;
  return [
    {
      name: x.sheets.totals,
      columns: [
        { header: c.figure, width: 34 },
        { header: c.value, width: 12 },
      ],
      rows: totalsOf(report, locale).map(([, label, value]) => [label, value]),
    },
    {
      name: x.sheets.sessions,
      columns: [
        { header: c.date, width: 12, format: "date" },
        { header: f.clinicHours, width: 12 },
        { header: f.consultations, width: 14 },
        { header: f.turnedAway, width: 16 },
        { header: f.noShows, width: 12 },
      ],
      rows: report.sessions.map((s) => [
        asDate(s.date),
        s.clinicHours,
        s.consultations,
        s.turnedAway,
        s.noShows,
      ]),
    },
    {
      name: x.sheets.clinics,
      columns: [
        { header: c.clinic, width: 20 },
        { header: f.consultations, width: 14 },
      ],
      rows: report.byClinicKind.map((k) => [x.clinics[k.clinicKind], k.consultations]),
    },
    {
      name: x.sheets.tests,
      columns: [
        { header: c.testType, width: 16 },
        { header: f.taken, width: 10 },
        { header: f.withResult, width: 12 },
        { header: f.positives, width: 10 },
        { header: f.positiveRate, width: 14 },
      ],
      rows: report.tests.map((t) => [
        x.tests[t.testType],
        t.taken,
        t.withResult,
        orSuppressed(t.positives),
        orSuppressed(t.positiveRate),
      ]),
    },
    {
      name: x.sheets.turnaround,
      columns: [
        { header: c.testType, width: 16 },
        { header: f.taken, width: 10 },
        { header: f.takenToResult, width: 24 },
        { header: f.resultToTold, width: 24 },
        { header: f.takenToTold, width: 24 },
        { header: f.waitingForResult, width: 18 },
        { header: f.waitingToBeTold, width: 18 },
      ],
      rows: report.turnaround.map((t) => [
        x.tests[t.testType],
        t.taken,
        t.medianHoursTakenToResult,
        t.medianHoursResultToTold,
        t.medianHoursTakenToTold,
        t.waitingForResult,
        t.waitingToBeTold,
      ]),
    },
    {
      name: x.sheets.costs,
      columns: [
        { header: c.month, width: 10 },
        { header: c.kind, width: 14 },
        { header: f.amountKroner, width: 14 },
        { header: f.count, width: 10 },
      ],
      rows: report.costs.map((k) => [k.month, x.costs[k.kind], kroner(k.amountOre), k.count]),
    },
    {
      name: x.sheets.nationalities,
      columns: [
        { header: c.code, width: 8 },
        { header: c.country, width: 24 },
        { header: f.consultations, width: 14 },
      ],
      rows: report.byNationality.map((n) => [
        n.nationality,
        countryName(n.nationality, locale),
        orSuppressed(n.consultations),
      ]),
    },
  ];
}

/** The long table: section, key, label, value; a key names the row, a label says it in the reader's language. */
export function statisticsRecords(report: ClinicStatistics, locale: Locale): Cell[][] {
  const x = TEXT[locale];
  const f = x.figures;
  const s = x.sheets;
  const records: Cell[][] = totalsOf(report, locale).map(([key, label, value]) => [
    s.totals,
    key,
    label,
    value,
  ]);
  for (const session of report.sessions) {
    records.push(
      [`${s.sessions}: ${f.clinicHours}`, session.date, session.date, session.clinicHours],
      [`${s.sessions}: ${f.consultations}`, session.date, session.date, session.consultations],
      [`${s.sessions}: ${f.turnedAway}`, session.date, session.date, session.turnedAway],
      [`${s.sessions}: ${f.noShows}`, session.date, session.date, session.noShows],
    );
  }
  for (const k of report.byClinicKind)
    records.push([s.clinics, k.clinicKind, x.clinics[k.clinicKind], k.consultations]);
  for (const t of report.tests) {
    const label = x.tests[t.testType];
    records.push(
      [`${s.tests}: ${f.taken}`, t.testType, label, t.taken],
      [`${s.tests}: ${f.withResult}`, t.testType, label, t.withResult],
      [`${s.tests}: ${f.positives}`, t.testType, label, orSuppressed(t.positives)],
      [`${s.tests}: ${f.positiveRate}`, t.testType, label, orSuppressed(t.positiveRate)],
    );
  }
  for (const t of report.turnaround) {
    const label = x.tests[t.testType];
    records.push(
      [`${s.turnaround}: ${f.takenToResult}`, t.testType, label, t.medianHoursTakenToResult],
      [`${s.turnaround}: ${f.resultToTold}`, t.testType, label, t.medianHoursResultToTold],
      [`${s.turnaround}: ${f.takenToTold}`, t.testType, label, t.medianHoursTakenToTold],
    );
  }
  for (const k of report.costs) {
    records.push([`${s.costs}: ${x.costs[k.kind]}`, `${k.month} ${k.kind}`, k.month, kroner(k.amountOre)]);
  }
  for (const n of report.byNationality) {
    records.push([
      s.nationalities,
      n.nationality,
      countryName(n.nationality, locale),
      orSuppressed(n.consultations),
    ]);
  }
  return records;
}

/** Formula-like cells are quoted; a byte order mark makes spreadsheet programs read UTF-8. */
export function statisticsCsv(report: ClinicStatistics, locale: Locale): string {
  const c = TEXT[locale].columns;
  const body = stringify(statisticsRecords(report, locale), {
    header: true,
    columns: [c.section, c.key, c.label, c.value],
    escape_formulas: true,
  });
  return `\uFEFF${body}`;
}

/** One sheet per table, with a bold, frozen header row. */
export async function statisticsXlsx(report: ClinicStatistics, locale: Locale, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pusterum";
  workbook.created = now;
  workbook.modified = now;
  for (const table of statisticsTables(report, locale)) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((col) => ({
      header: col.header,
      width: col.width,
      ...(col.format === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(table.rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
