import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { DoorReport } from "../../../common/contracts/visits.js";
import { LIMITS } from "../../../common/limits.js";
import { can } from "../../../common/permissions.js";
import { recordAudit } from "../../audit/audit-log.js";
import type { Actor, AppContext } from "../../context.js";
import { fieldError, forbidden } from "../../errors.js";
import { dayNumber } from "../sites/local-time.js";
import * as sites from "../sites/sites.service.js";
import { csvColumns, csvRecords, type Locale, reportTables, toDoorReport } from "./reports.mapper.js";
import * as repo from "./reports.repository.js";

export interface DoorReportQuery {
  siteId: string;
  from: string;
  to: string;
}

export type ReportFormat = "csv" | "xlsx";

export interface ReportFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Sessions are chosen by their local date, both ends inclusive, at most LIMITS.doorReportMaxDays days. */
function assertRange(query: DoorReportQuery) {
  if (query.to < query.from)
    throw fieldError("to", "END_BEFORE_START", "The last date must be on or after the first.");
  const days = dayNumber(query.to) - dayNumber(query.from) + 1;
  if (days > LIMITS.doorReportMaxDays) {
    throw fieldError(
      "to",
      "VALIDATION_FAILED",
      `Ask for at most ${LIMITS.doorReportMaxDays} days at a time (this is ${days}).`,
    );
  }
}

/**
 * The figures of a site's sessions dated in [from, to]. Managers see every site (the sites service
 * answers an unknown site, or one the actor may not see, as not found). The queries run in one
 * read-only snapshot, so the sessions always add up to the totals even while the door is busy.
 */
async function buildReport(ctx: AppContext, actor: Actor, query: DoorReportQuery) {
  if (!can(actor.role, "report.door")) throw forbidden();
  assertRange(query);
  // The week carries the site and all its pilot periods (their labels name a session's trial).
  const week = await sites.getWeek(ctx, actor, query.siteId, { since: query.to });
  const range: repo.ReportRange = { siteId: week.site.id, from: query.from, to: query.to };
  const rows = await ctx.db.transaction(
    async (tx) => ({
      // One after another: a transaction is one connection.
      sessions: await repo.sessionFigures(tx, range),
      period: await repo.periodFigures(tx, range),
      byNationality: await repo.visitsByNationality(tx, range),
      heardFrom: await repo.visitsByHeardFrom(tx, range),
      services: await repo.servicesUsed(tx, range),
      supplies: await repo.suppliesHandedOut(tx, range),
    }),
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const report = toDoorReport({
    site: week.site,
    from: query.from,
    to: query.to,
    rows,
    pilots: new Map(week.pilotPeriods.map((p) => [p.id, p.label])),
  });
  return { report, slug: week.site.slug };
}

/** The report on screen: counts only, not audited (nothing leaves the app). */
export async function doorReport(ctx: AppContext, actor: Actor, query: DoorReportQuery): Promise<DoorReport> {
  return (await buildReport(ctx, actor, query)).report;
}

/**
 * The report as a file (CSV or XLSX), headed in the actor's language. A file leaves the app, so the
 * export is audited; the audit row is written before the file is handed over, and if it cannot be
 * written no file leaves. (Not in the snapshot's transaction: the audit chain must read the newest row.)
 */
export async function exportDoorReport(
  ctx: AppContext,
  actor: Actor,
  query: DoorReportQuery,
  format: ReportFormat,
): Promise<ReportFile> {
  const { report, slug } = await buildReport(ctx, actor, query);
  const locale: Locale = actor.locale;
  const body = format === "csv" ? toCsv(report, locale) : await toXlsx(report, locale, ctx.clock.now());
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      event: "DOOR_REPORT_EXPORTED",
      occurredAt: ctx.clock.now(),
      actorAccountId: actor.accountId,
      organisationId: actor.organisationId,
      siteId: report.site.id,
      entityType: "door_report",
      entityId: `${format}:${query.from}/${query.to}`,
      address: actor.address,
    }),
  );
  return {
    filename: `door-${slug}-${query.from}-${query.to}.${format}`,
    contentType: CONTENT_TYPES[format],
    body,
  };
}

/**
 * One long table. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed
 * with a quote; a byte order mark makes spreadsheet programs read the names as UTF-8.
 */
function toCsv(report: DoorReport, locale: Locale): string {
  const body = stringify(csvRecords(report, locale), {
    header: true,
    columns: csvColumns(locale),
    escape_formulas: true,
  });
  return `\uFEFF${body}`;
}

/**
 * One sheet per table, with a bold, frozen header row. Text goes in as text cells, which a
 * spreadsheet never evaluates, so names need no formula escaping here.
 */
async function toXlsx(report: DoorReport, locale: Locale, now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Pusterum";
  workbook.created = now;
  workbook.modified = now;
  for (const table of reportTables(report, locale)) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: c.header,
      width: c.width,
      ...(c.format === "date" ? { style: { numFmt: "yyyy-mm-dd" } } : {}),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(table.rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
