import { Button, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import type { Site } from "../../../../common/contracts/sites";
import type { DoorReport } from "../../../../common/contracts/visits";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { displayName } from "../../catalogue/catalogue.logic";
import { formatShortDate, todayIn } from "../../sites/format";
import { DownloadButtons } from "../components/DownloadButtons";
import { FigureTable, ShareBar } from "../components/FigureTable";
import { ReportFilters } from "../components/ReportFilters";
import { SessionsChart } from "../components/SessionsChart";
import { countryNameOrNull, formatShare, isHeardFrom, shareOf } from "../door-report.format";
import { isValidPeriod, type Period, quickPeriod } from "../door-report.period";
import { useDoorReport, useReportSites } from "../door-report.queries";

/** Door statistics for managers: a site and a period, the figures as tables with bars, and files. */
export function DoorReportPage() {
  const { t } = useTranslation("door-report");
  usePageTitle(t("title"));
  const sites = useReportSites();

  const body = () => {
    if (sites.isPending) return <FullPageLoader />;
    if (sites.isError) return <ErrorAlert error={sites.error} />;
    if (sites.data.items.length === 0) {
      return (
        <Paper withBorder p="xl">
          <Text ta="center">{t("noSites")}</Text>
        </Paper>
      );
    }
    return <ReportView sites={sites.data.items} />;
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1}>{t("title")}</Title>
        <Text c="dark.6">{t("intro")}</Text>
      </Stack>
      {body()}
    </Stack>
  );
}

function ReportView({ sites }: { sites: Site[] }) {
  const { t, i18n } = useTranslation("door-report");
  const [params, setParams] = useSearchParams();
  const site = sites.find((s) => s.id === params.get("siteId")) ?? (sites[0] as Site);
  const today = useMemo(() => todayIn(site.timeZone), [site.timeZone]);
  const fromUrl = { from: params.get("from") ?? "", to: params.get("to") ?? "" };
  const applied: Period = isValidPeriod(fromUrl) ? fromUrl : quickPeriod("thisMonth", today);
  // What the date fields hold, possibly half typed; the figures follow once it is a valid period.
  const [draft, setDraft] = useState<Period>(applied);
  const report = useDoorReport(site.id, applied);

  const apply = (siteId: string, period: Period) =>
    setParams({ siteId, from: period.from, to: period.to }, { replace: true });
  const onPeriod = (period: Period) => {
    setDraft(period);
    if (isValidPeriod(period)) apply(site.id, period);
  };

  const results = () => {
    if (report.isPending) return <FullPageLoader />;
    if (report.isError) {
      return (
        <Stack gap="sm" align="flex-start">
          <ErrorAlert error={report.error} />
          <Button variant="default" onClick={() => void report.refetch()} loading={report.isFetching}>
            {t("tryAgain")}
          </Button>
        </Stack>
      );
    }
    return <Figures report={report.data} updating={report.isPlaceholderData} />;
  };

  return (
    <Stack gap="lg">
      <ReportFilters
        sites={sites}
        siteId={site.id}
        onSite={(siteId) => apply(siteId, applied)}
        period={draft}
        onPeriod={onPeriod}
        today={today}
      />
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} id="door-report-results">
            {t("results", {
              site: site.name,
              from: formatShortDate(applied.from, i18n.language),
              to: formatShortDate(applied.to, i18n.language),
            })}
          </Title>
          <Group gap="xs" mih={24} role="status" aria-live="polite">
            {report.isFetching && !report.isPending && (
              <>
                <Loader size="xs" aria-hidden />
                <Text size="sm" c="dark.6">
                  {t("updating")}
                </Text>
              </>
            )}
          </Group>
        </Stack>
        <DownloadButtons siteId={site.id} period={applied} disabled={!isValidPeriod(draft)} />
      </Group>
      {results()}
    </Stack>
  );
}

function Figures({ report, updating }: { report: DoorReport; updating: boolean }) {
  const { t, i18n } = useTranslation("door-report");
  const number = (n: number) => n.toLocaleString(i18n.language);
  const share = (part: number, whole: number) => {
    const s = shareOf(part, whole);
    return <ShareBar share={s} label={formatShare(s, i18n.language)} />;
  };
  const totals = report.totals;

  if (totals.sessions === 0) {
    return (
      <Paper withBorder p="xl">
        <Stack gap="xs" align="center">
          <Text fw={600}>{t("empty.title")}</Text>
          <Text c="dark.6" ta="center">
            {t("empty.body")}
          </Text>
        </Stack>
      </Paper>
    );
  }

  const hasPilot = report.sessions.some((s) => s.pilot);
  const answers = report.heardFrom.reduce((sum, h) => sum + h.count, 0);
  const noVisits = t("noVisits");
  const TOTALS = [
    "sessions",
    "visits",
    "distinctCodes",
    "anonymousVisits",
    "firstVisits",
    "limitOverrides",
  ] as const;

  return (
    <Stack gap="xl" aria-busy={updating}>
      <FigureTable
        caption={t("totals.caption")}
        columns={[
          { header: t("totals.figure") },
          { header: t("totals.number"), numeric: true },
          { header: t("totals.meaning") },
        ]}
        rows={TOTALS.map((key) => ({
          key,
          cells: [
            t(`totals.rows.${key}`),
            <Text key="n" component="span" fw={700} size="xl">
              {number(totals[key])}
            </Text>,
            <Text key="m" component="span" size="sm" c="dark.6">
              {t(`totals.meanings.${key}`)}
            </Text>,
          ],
        }))}
        empty=""
      />

      <Stack gap="sm" component="section" aria-labelledby="door-report-sessions">
        <Title order={2} size="h3" id="door-report-sessions">
          {t("sessions.title")}
        </Title>
        <Paper withBorder p="md">
          <SessionsChart sessions={report.sessions} />
        </Paper>
        <FigureTable
          caption={t("sessions.caption")}
          minWidth={640}
          columns={[
            { header: t("sessions.date") },
            { header: t("sessions.startsAt") },
            { header: t("totals.rows.visits"), numeric: true },
            { header: t("totals.rows.distinctCodes"), numeric: true },
            { header: t("totals.rows.anonymousVisits"), numeric: true },
            { header: t("totals.rows.firstVisits"), numeric: true },
            ...(hasPilot ? [{ header: t("sessions.pilot") }] : []),
          ]}
          rows={report.sessions.map((s) => ({
            key: s.sessionId,
            cells: [
              formatShortDate(s.date, i18n.language),
              s.startsAt,
              number(s.visits),
              number(s.distinctCodes),
              number(s.anonymousVisits),
              number(s.firstVisits),
              ...(hasPilot ? [s.pilot ?? ""] : []),
            ],
          }))}
          empty={noVisits}
        />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="door-report-who">
        <Title order={2} size="h3" id="door-report-who">
          {t("who.title")}
        </Title>
        <FigureTable
          caption={t("nationality.caption")}
          description={t("nationality.description")}
          columns={[
            { header: t("nationality.country") },
            { header: t("totals.rows.visits"), numeric: true },
            { header: t("share.ofVisits"), numeric: true },
          ]}
          rows={report.byNationality.map((n) => ({
            key: n.key,
            cells: [
              countryNameOrNull(n.key, i18n.language) ?? t("nationality.unknown"),
              number(n.count),
              share(n.count, totals.visits),
            ],
          }))}
          empty={noVisits}
        />
        <FigureTable
          caption={t("heardFrom.caption")}
          description={t("heardFrom.description")}
          columns={[
            { header: t("heardFrom.answer") },
            { header: t("totals.rows.visits"), numeric: true },
            { header: t("share.ofAnswers"), numeric: true },
          ]}
          rows={report.heardFrom.map((h) => ({
            key: h.key,
            cells: [
              isHeardFrom(h.key) ? t(`heardFrom.answers.${h.key}`) : h.key,
              number(h.count),
              share(h.count, answers),
            ],
          }))}
          empty={t("heardFrom.empty")}
        />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="door-report-used">
        <Title order={2} size="h3" id="door-report-used">
          {t("used.title")}
        </Title>
        <FigureTable
          caption={t("services.caption")}
          description={t("services.description")}
          columns={[
            { header: t("services.service") },
            { header: t("services.count"), numeric: true },
            { header: t("share.ofVisits"), numeric: true },
          ]}
          rows={report.services.map((s) => ({
            key: s.serviceId,
            cells: [displayName(s.names, i18n.language), number(s.count), share(s.count, totals.visits)],
          }))}
          empty={t("services.empty")}
        />
        <FigureTable
          caption={t("supplies.caption")}
          description={t("supplies.description")}
          columns={[
            { header: t("supplies.item") },
            { header: t("supplies.quantity"), numeric: true },
            { header: t("supplies.handouts"), numeric: true },
            { header: t("supplies.overrides"), numeric: true },
          ]}
          rows={report.supplies.map((s) => ({
            key: s.itemId,
            cells: [
              displayName(s.names, i18n.language),
              number(s.quantity),
              number(s.handouts),
              s.overrides > 0 ? (
                <Text key="o" component="span" fw={700}>
                  {number(s.overrides)}
                </Text>
              ) : (
                number(s.overrides)
              ),
            ],
          }))}
          empty={t("supplies.empty")}
        />
      </Stack>
    </Stack>
  );
}
