import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { addDays, formatDay, todayIn } from "../../sites/format";
import { useMyShifts } from "../roster.queries";

const SPAN_DAYS = 28;

/** Your own shifts for the coming four weeks, whichever sites they are at. */
export function MyShiftsPage() {
  const { t, i18n } = useTranslation(["roster", "sites"]);
  usePageTitle(t("roster:shifts.title"));
  const range = useMemo(() => {
    const from = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone);
    return { from, to: addDays(from, SPAN_DAYS - 1) };
  }, []);
  const shifts = useMyShifts(range);

  const list = () => {
    if (shifts.isPending) return <FullPageLoader />;
    if (shifts.isError) return <ErrorAlert error={shifts.error} />;
    if (shifts.data.items.length === 0) {
      return (
        <Paper withBorder p="xl">
          <Text ta="center">{t("roster:shifts.empty")}</Text>
        </Paper>
      );
    }
    return (
      <Stack
        component="ul"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: "none" }}
        aria-label={t("roster:shifts.listLabel")}
      >
        {shifts.data.items.map((shift) => (
          <Paper
            component="li"
            key={`${shift.assignmentId}-${shift.date}`}
            withBorder
            p="md"
            bg={shift.closure ? "gray.1" : "white"}
          >
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Title order={2} size="h4">
                  {t("roster:sessions.when", {
                    date: formatDay(shift.date, i18n.language),
                    start: shift.startsAt,
                    end: shift.endsAt,
                  })}
                </Title>
                {shift.overnight && (
                  <Text size="sm" c="calm.9">
                    {t("roster:sessions.untilNextDay", { time: shift.endsAt })}
                  </Text>
                )}
                <Text size="sm">
                  {t("roster:shifts.at", { site: shift.siteName })} ·{" "}
                  {t("roster:shifts.duty", { duty: t(`roster:duties.${shift.duty}`) })}
                </Text>
                {shift.activities.length > 0 && (
                  <Text size="sm" c="dark.6">
                    {shift.activities
                      .map((a) => `${a.startsAt}–${a.endsAt} ${t(`sites:activityKinds.${a.kind}`)}`)
                      .join(" · ")}
                  </Text>
                )}
              </Stack>
              <Group gap={4}>
                {shift.pilotLabel && (
                  <Badge variant="light" color="grape" style={{ textTransform: "none" }}>
                    {t("roster:sessions.pilot", { label: shift.pilotLabel })}
                  </Badge>
                )}
                {shift.closure && (
                  <Badge variant="filled" color="gray.7" style={{ textTransform: "none" }}>
                    {shift.closure.reason
                      ? t("roster:sessions.closedBecause", { reason: shift.closure.reason })
                      : t("roster:sessions.closed")}
                  </Badge>
                )}
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    );
  };

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Title order={1}>{t("roster:shifts.title")}</Title>
        <Text c="dark.6">{t("roster:shifts.intro")}</Text>
      </Stack>
      {list()}
    </Stack>
  );
}
