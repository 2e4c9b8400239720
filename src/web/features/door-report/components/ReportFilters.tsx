import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Site } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import {
  matchingQuickPeriod,
  type Period,
  periodProblems,
  QUICK_PERIODS,
  quickPeriod,
} from "../door-report.period";

interface ReportFiltersProps {
  sites: Site[];
  siteId: string;
  onSite: (siteId: string) => void;
  /** What the fields hold now, possibly half typed. */
  period: Period;
  onPeriod: (period: Period) => void;
  /** The site's today, for the quick choices. */
  today: string;
}

/** Which site, and which days: quick choices for the usual periods, two dates for any other. */
export function ReportFilters({ sites, siteId, onSite, period, onPeriod, today }: ReportFiltersProps) {
  const { t } = useTranslation("door-report");
  const problems = periodProblems(period);
  const chosen = matchingQuickPeriod(period, today);
  const problemText = (problem: string | undefined) =>
    problem ? t(`period.problems.${problem as "reversed"}`, { max: LIMITS.doorReportMaxDays }) : null;

  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Select
            label={t("filters.site")}
            data={sites.map((site) => ({ value: site.id, label: site.name }))}
            value={siteId}
            onChange={(value) => value && onSite(value)}
            allowDeselect={false}
            searchable={sites.length > 8}
          />
          <TextInput
            type="date"
            label={t("period.from")}
            value={period.from}
            max={period.to || undefined}
            onChange={(event) => onPeriod({ ...period, from: event.currentTarget.value })}
            error={problemText(problems.from)}
          />
          <TextInput
            type="date"
            label={t("period.to")}
            value={period.to}
            min={period.from || undefined}
            onChange={(event) => onPeriod({ ...period, to: event.currentTarget.value })}
            error={problemText(problems.to)}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text id="door-report-quick" size="sm" fw={500}>
            {t("period.quick")}
          </Text>
          <Group gap="sm" role="group" aria-labelledby="door-report-quick">
            {QUICK_PERIODS.map((choice) => (
              <Button
                key={choice}
                variant={chosen === choice ? "filled" : "default"}
                aria-pressed={chosen === choice}
                onClick={() => onPeriod(quickPeriod(choice, today))}
              >
                {t(`period.quickChoices.${choice}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      </Stack>
    </Paper>
  );
}
