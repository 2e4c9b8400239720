import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TurnaroundRow } from "../../../../common/contracts/clinic";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { FigureTable } from "../../door-report/components/FigureTable";
import type { Period } from "../../door-report/door-report.period";
import { useTurnaround } from "../clinic.queries";
import { durationParts } from "../clinic.tests-board";
import { useTestName } from "./TestStep";

/** A median as "18 hours" or "3.5 days"; a dash (read as "no test has reached this step") when none. */
export function useDuration() {
  const { t, i18n } = useTranslation("clinic");
  return (hours: number | null) => {
    if (hours === null) {
      return (
        <Text component="span" aria-label={t("turnaround.noneLabel")}>
          {t("turnaround.none")}
        </Text>
      );
    }
    const { unit, value } = durationParts(hours);
    const shown = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(value);
    return unit === "hours"
      ? t("turnaround.hours", { count: value, value: shown })
      : t("turnaround.days", { count: value, value: shown });
  };
}

/** Turnaround medians per test type, as a table. */
export function TurnaroundFigures({
  rows,
  caption,
  description,
}: {
  rows: TurnaroundRow[];
  caption: string;
  description?: string;
}) {
  const { t, i18n } = useTranslation("clinic");
  const testName = useTestName();
  const duration = useDuration();
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <FigureTable
      caption={caption}
      description={description ?? t("turnaround.description")}
      minWidth={760}
      columns={[
        { header: t("turnaround.testType") },
        { header: t("turnaround.taken"), numeric: true },
        { header: t("turnaround.takenToResult"), numeric: true },
        { header: t("turnaround.resultToTold"), numeric: true },
        { header: t("turnaround.takenToTold"), numeric: true },
        { header: t("turnaround.waitingForResult"), numeric: true },
        { header: t("turnaround.waitingToBeTold"), numeric: true },
      ]}
      rows={rows.map((row) => ({
        key: row.testType,
        cells: [
          testName(row),
          number(row.taken),
          duration(row.medianHoursTakenToResult),
          duration(row.medianHoursResultToTold),
          duration(row.medianHoursTakenToTold),
          number(row.waitingForResult),
          number(row.waitingToBeTold),
        ],
      }))}
      empty={t("turnaround.empty")}
    />
  );
}

/** The turnaround of a site's tests taken in a period (for the tests board). */
export function TurnaroundTable({
  siteId,
  period,
  caption,
}: {
  siteId: string;
  period: Period;
  caption: string;
}) {
  const turnaround = useTurnaround(siteId, period);
  if (turnaround.isPending) return <FullPageLoader />;
  if (turnaround.isError) return <ErrorAlert error={turnaround.error} />;
  return <TurnaroundFigures rows={turnaround.data.byType.filter((row) => row.taken > 0)} caption={caption} />;
}
