import {
  Button,
  Group,
  Loader,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { type ClinicStatistics, COST_KINDS } from "../../../../common/contracts/clinic";
import type { Site } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { FigureTable, ShareBar } from "../../door-report/components/FigureTable";
import { type DownloadFormat, progressPercent } from "../../door-report/door-report.download";
import { countryNameOrNull } from "../../door-report/door-report.format";
import { matchingQuickPeriod, type Period, quickPeriod } from "../../door-report/door-report.period";
import { formatShortDate, todayIn } from "../../sites/format";
import { useClinicStatisticsDownload } from "../clinic.download";
import { formatMonth, formatNumber, formatRate } from "../clinic.format";
import { formatKroner } from "../clinic.money";
import {
  CLINIC_QUICK_PERIODS,
  type ClinicQuickPeriod,
  clinicPeriodProblems,
  isValidClinicPeriod,
  lastTenYears,
} from "../clinic.period";
import { useClinicSites, useClinicStatistics } from "../clinic.queries";
import { costsByMonth, shownCount } from "../clinic.statistics";
import { ClinicIcon } from "../components/ClinicIcon";
import { useTestName } from "../components/TestStep";
import { TurnaroundFigures } from "../components/TurnaroundTable";

/** Clinic statistics for the clinic and managers: counts, rates, turnaround and costs, never a woman. */
export function ClinicStatisticsPage() {
  const { t } = useTranslation("clinic");
  usePageTitle(t("statistics.title"));
  const sites = useClinicSites();

  const body = () => {
    if (sites.isPending) return <FullPageLoader />;
    if (sites.isError) return <ErrorAlert error={sites.error} />;
    if (sites.data.items.length === 0) {
      return (
        <Paper withBorder p="xl">
          <Text ta="center">{t("site.none")}</Text>
        </Paper>
      );
    }
    return <StatisticsView sites={sites.data.items} />;
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Group gap="sm">
          <ClinicIcon icon="statistics" size={28} />
          <Title order={1}>{t("statistics.title")}</Title>
        </Group>
        <Text c="dark.6">{t("statistics.intro", { threshold: LIMITS.healthDisclosureThreshold })}</Text>
      </Stack>
      {body()}
    </Stack>
  );
}

const quick = (choice: ClinicQuickPeriod, today: string): Period =>
  choice === "last10Years" ? lastTenYears(today) : quickPeriod(choice, today);

function StatisticsView({ sites }: { sites: Site[] }) {
  const { t, i18n } = useTranslation("clinic");
  const [params, setParams] = useSearchParams();
  const site = sites.find((s) => s.id === params.get("siteId")) ?? (sites[0] as Site);
  const today = useMemo(() => todayIn(site.timeZone), [site.timeZone]);
  const fromUrl = { from: params.get("from") ?? "", to: params.get("to") ?? "" };
  const applied: Period = isValidClinicPeriod(fromUrl) ? fromUrl : quickPeriod("thisMonth", today);
  const [draft, setDraft] = useState<Period>(applied);
  const statistics = useClinicStatistics(site.id, applied);

  const apply = (siteId: string, period: Period) =>
    setParams({ siteId, from: period.from, to: period.to }, { replace: true });
  const onPeriod = (period: Period) => {
    setDraft(period);
    if (isValidClinicPeriod(period)) apply(site.id, period);
  };
  const problems = clinicPeriodProblems(draft);
  const problemText = (problem: string | undefined) =>
    problem
      ? t(`statistics.period.problems.${problem as "reversed"}`, { max: LIMITS.clinicStatisticsMaxDays })
      : null;
  const chosen =
    CLINIC_QUICK_PERIODS.find((choice) => {
      const period = quick(choice, today);
      return period.from === draft.from && period.to === draft.to;
    }) ?? (matchingQuickPeriod(draft, today) as ClinicQuickPeriod | null);

  const results = () => {
    if (statistics.isPending) return <FullPageLoader />;
    if (statistics.isError) {
      return (
        <Stack gap="sm" align="flex-start">
          <ErrorAlert error={statistics.error} />
          <Button variant="default" onClick={() => void statistics.refetch()} loading={statistics.isFetching}>
            {t("statistics.tryAgain")}
          </Button>
        </Stack>
      );
    }
    return <Figures statistics={statistics.data} updating={statistics.isPlaceholderData} />;
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Select
              label={t("site.label")}
              data={sites.map((s) => ({ value: s.id, label: s.name }))}
              value={site.id}
              onChange={(value) => value && apply(value, applied)}
              allowDeselect={false}
            />
            <TextInput
              type="date"
              label={t("statistics.period.from")}
              value={draft.from}
              max={draft.to || undefined}
              onChange={(event) => onPeriod({ ...draft, from: event.currentTarget.value })}
              error={problemText(problems.from)}
            />
            <TextInput
              type="date"
              label={t("statistics.period.to")}
              value={draft.to}
              min={draft.from || undefined}
              onChange={(event) => onPeriod({ ...draft, to: event.currentTarget.value })}
              error={problemText(problems.to)}
            />
          </SimpleGrid>
          <Stack gap={6}>
            <Text id="clinic-statistics-quick" size="sm" fw={500}>
              {t("statistics.period.quick")}
            </Text>
            <Group gap="sm" role="group" aria-labelledby="clinic-statistics-quick">
              {CLINIC_QUICK_PERIODS.map((choice) => (
                <Button
                  key={choice}
                  variant={chosen === choice ? "filled" : "default"}
                  aria-pressed={chosen === choice}
                  onClick={() => onPeriod(quick(choice, today))}
                >
                  {t(`statistics.period.quickChoices.${choice}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        </Stack>
      </Paper>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2}>
            {t("statistics.results", {
              site: site.name,
              from: formatShortDate(applied.from, i18n.language),
              to: formatShortDate(applied.to, i18n.language),
            })}
          </Title>
          <Group gap="xs" mih={24} role="status" aria-live="polite">
            {statistics.isFetching && !statistics.isPending && (
              <>
                <Loader size="xs" aria-hidden />
                <Text size="sm" c="dark.6">
                  {t("statistics.updating")}
                </Text>
              </>
            )}
          </Group>
        </Stack>
        <DownloadButtons siteId={site.id} period={applied} disabled={!isValidClinicPeriod(draft)} />
      </Group>
      {results()}
    </Stack>
  );
}

const FORMATS: DownloadFormat[] = ["csv", "xlsx"];

function DownloadButtons({
  siteId,
  period,
  disabled,
}: {
  siteId: string;
  period: Period;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation("clinic");
  const download = useClinicStatisticsDownload();
  const [format, setFormat] = useState<DownloadFormat | null>(null);
  const progress = download.progress;
  const percent = progress ? progressPercent(progress) : null;
  const kilobytes = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024));
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm">
        {FORMATS.map((f) => (
          <Button
            key={f}
            variant="default"
            onClick={() => {
              setFormat(f);
              download.mutate(
                { siteId, period, format: f },
                {
                  onSuccess: ({ filename }) =>
                    notifications.show({
                      color: "calm",
                      message: t("statistics.download.done", { filename }),
                    }),
                },
              );
            }}
            loading={download.isPending && format === f}
            disabled={disabled || (download.isPending && format !== f)}
          >
            {t(`statistics.download.${f}`)}
          </Button>
        ))}
      </Group>
      <Stack gap={4} w={260} aria-live="polite">
        {download.isPending && (
          <>
            <Text size="sm">
              {percent !== null
                ? t("statistics.download.progressPercent", { percent })
                : t("statistics.download.progress", { size: kilobytes(progress?.received ?? 0) })}
            </Text>
            {percent !== null && (
              <Progress value={percent} aria-label={t("statistics.download.progressLabel")} />
            )}
          </>
        )}
      </Stack>
      <ErrorAlert error={download.error} />
    </Stack>
  );
}

function Figures({ statistics, updating }: { statistics: ClinicStatistics; updating: boolean }) {
  const { t, i18n } = useTranslation("clinic");
  const language = i18n.language;
  const testName = useTestName();
  const number = (n: number) => n.toLocaleString(language);
  const hours = (h: number) => t("statistics.hours", { hours: formatNumber(h, language) });
  const threshold = statistics.threshold;
  const counted = (value: number | null, suppressed: boolean) => {
    const shown = shownCount(value, suppressed, threshold);
    return shown.kind === "count" ? (
      number(shown.value)
    ) : (
      <Text component="span" aria-label={t("statistics.suppressedLabel", { threshold })}>
        {t("statistics.suppressed", { threshold })}
      </Text>
    );
  };
  const totals = statistics.totals;
  const noRate = (
    <Text component="span" aria-label={t("statistics.tests.noRate")}>
      {t("turnaround.none")}
    </Text>
  );

  if (totals.consultations === 0 && totals.sessions === 0 && totals.tests === 0 && totals.costsOre === 0) {
    return (
      <Paper withBorder p="xl">
        <Stack gap="xs" align="center">
          <Text fw={600}>{t("statistics.empty.title")}</Text>
          <Text c="dark.6" ta="center">
            {t("statistics.empty.body")}
          </Text>
        </Stack>
      </Paper>
    );
  }

  const TOTALS = [
    ["sessions", number(totals.sessions)],
    ["consultations", number(totals.consultations)],
    ["clinicHours", hours(totals.clinicHours)],
    [
      "consultationsPerHour",
      totals.consultationsPerHour === null
        ? t("statistics.perHourNone")
        : formatNumber(totals.consultationsPerHour, language),
    ],
    ["turnedAway", number(totals.turnedAway)],
    ["noShows", number(totals.noShows)],
    ["tests", number(totals.tests)],
    ["costs", formatKroner(totals.costsOre, language)],
  ] as const;
  const months = costsByMonth(statistics.costs, COST_KINDS);
  const totalConsultations = statistics.byClinicKind.reduce((sum, k) => sum + k.consultations, 0);

  return (
    <Stack gap="xl" aria-busy={updating}>
      <FigureTable
        caption={t("statistics.totals.caption")}
        columns={[
          { header: t("statistics.totals.figure") },
          { header: t("statistics.totals.number"), numeric: true },
        ]}
        rows={TOTALS.map(([key, value]) => ({
          key,
          cells: [
            t(`statistics.totals.rows.${key}`),
            <Text key="n" component="span" fw={700} size="lg">
              {value}
            </Text>,
          ],
        }))}
        empty=""
      />

      <FigureTable
        caption={t("statistics.sessions.caption")}
        minWidth={640}
        columns={[
          { header: t("statistics.sessions.date") },
          { header: t("statistics.sessions.clinicHours"), numeric: true },
          { header: t("statistics.sessions.consultations"), numeric: true },
          { header: t("statistics.sessions.turnedAway"), numeric: true },
          { header: t("statistics.sessions.noShows"), numeric: true },
        ]}
        rows={statistics.sessions.map((s) => ({
          key: s.sessionId,
          cells: [
            formatShortDate(s.date, language),
            hours(s.clinicHours),
            number(s.consultations),
            number(s.turnedAway),
            number(s.noShows),
          ],
        }))}
        empty={t("statistics.sessions.empty")}
      />

      <FigureTable
        caption={t("statistics.kinds.caption")}
        columns={[
          { header: t("statistics.kinds.kind") },
          { header: t("statistics.kinds.consultations"), numeric: true },
          { header: t("statistics.kinds.share"), numeric: true },
        ]}
        rows={statistics.byClinicKind.map((k) => {
          const share = totalConsultations > 0 ? k.consultations / totalConsultations : 0;
          return {
            key: k.clinicKind,
            cells: [
              t(`kinds.${k.clinicKind}`),
              number(k.consultations),
              <ShareBar key="s" share={share} label={formatRate(share, language)} />,
            ],
          };
        })}
        empty={t("statistics.sessions.empty")}
      />

      <FigureTable
        caption={t("statistics.tests.caption")}
        description={t("statistics.tests.description", { threshold })}
        minWidth={640}
        columns={[
          { header: t("statistics.tests.testType") },
          { header: t("statistics.tests.taken"), numeric: true },
          { header: t("statistics.tests.withResult"), numeric: true },
          { header: t("statistics.tests.positives"), numeric: true },
          { header: t("statistics.tests.positiveRate"), numeric: true },
        ]}
        rows={statistics.tests.map((row) => ({
          key: row.testType,
          cells: [
            testName(row),
            number(row.taken),
            number(row.withResult),
            counted(row.positives, row.suppressed),
            row.suppressed
              ? counted(null, true)
              : row.positiveRate === null
                ? noRate
                : formatRate(row.positiveRate, language),
          ],
        }))}
        empty={t("statistics.tests.empty")}
      />

      <TurnaroundFigures
        rows={statistics.turnaround}
        caption={t("statistics.turnaround.caption")}
        description={t("statistics.turnaround.description")}
      />

      <FigureTable
        caption={t("statistics.costs.caption")}
        minWidth={640}
        columns={[
          { header: t("statistics.costs.month") },
          ...COST_KINDS.map((kind) => ({ header: t(`costKinds.${kind}`), numeric: true })),
          { header: t("statistics.costs.count"), numeric: true },
          { header: t("statistics.costs.total"), numeric: true },
        ]}
        rows={months.map((row) => ({
          key: row.month,
          cells: [
            formatMonth(row.month, language),
            ...COST_KINDS.map((kind) => formatKroner(row.byKind[kind], language)),
            number(row.count),
            <Text key="total" component="span" fw={700}>
              {formatKroner(row.totalOre, language)}
            </Text>,
          ],
        }))}
        empty={t("statistics.costs.empty")}
      />

      <FigureTable
        caption={t("statistics.nationality.caption")}
        description={t("statistics.nationality.description", { threshold })}
        columns={[
          { header: t("statistics.nationality.country") },
          { header: t("statistics.nationality.consultations"), numeric: true },
        ]}
        rows={statistics.byNationality.map((row) => ({
          key: row.nationality,
          cells: [
            countryNameOrNull(row.nationality, language) ?? t("statistics.nationality.unknown"),
            counted(row.consultations, row.suppressed),
          ],
        }))}
        empty={t("statistics.nationality.empty")}
      />
    </Stack>
  );
}
