import { Box, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DoorReport } from "../../../../common/contracts/visits";
import { formatShortDate } from "../../sites/format";

type SessionRow = DoorReport["sessions"][number];

const HEIGHT = 160;
const SLOT = 12;
const BAR = 9;
const MIN_SLOTS = 24;

const swatch = (color: string) => (
  <Box w={14} h={14} style={{ background: `var(--mantine-color-${color})`, borderRadius: 3 }} aria-hidden />
);

/**
 * Visits per session as columns, first visits darker at their foot: the shape of the period at a
 * glance. The picture has a one-sentence summary for screen readers; the table below has every figure.
 */
export function SessionsChart({ sessions }: { sessions: SessionRow[] }) {
  const { t, i18n } = useTranslation("door-report");
  if (sessions.length === 0) return null;
  const date = (d: string) => formatShortDate(d, i18n.language);
  const max = Math.max(1, ...sessions.map((s) => s.visits));
  const total = sessions.reduce((sum, s) => sum + s.visits, 0);
  const least = Math.min(...sessions.map((s) => s.visits));
  const width = Math.max(sessions.length, MIN_SLOTS) * SLOT;
  const y = (n: number) => HEIGHT - (n / max) * (HEIGHT - 4);
  const first = sessions[0];
  const last = sessions[sessions.length - 1];
  const number = (n: number) => n.toLocaleString(i18n.language);
  const summary = t("chart.summary", {
    sessions: number(sessions.length),
    least: number(least),
    most: number(max),
    average: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
      total / sessions.length,
    ),
  });

  return (
    <Stack gap="xs" component="figure" m={0}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dark.6">
          {t("chart.most", { count: max, most: number(max) })}
        </Text>
        <Group gap="md">
          <Group gap={6}>
            {swatch("calm-3")}
            <Text size="sm">{t("chart.visits")}</Text>
          </Group>
          <Group gap={6}>
            {swatch("calm-8")}
            <Text size="sm">{t("chart.firstVisits")}</Text>
          </Group>
        </Group>
      </Group>
      <Box style={{ borderBottom: "1px solid var(--mantine-color-gray-5)" }}>
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          preserveAspectRatio="none"
          width="100%"
          height={HEIGHT}
          style={{ display: "block" }}
        >
          <line
            x1={0}
            x2={width}
            y1={y(max)}
            y2={y(max)}
            style={{ stroke: "var(--mantine-color-gray-3)" }}
            strokeDasharray="4 4"
            vectorEffect="non-scaling-stroke"
          />
          {sessions.map((s, index) => (
            <g key={s.sessionId}>
              <title>
                {t("chart.barTitle", {
                  date: date(s.date),
                  time: s.startsAt,
                  visits: number(s.visits),
                  first: number(s.firstVisits),
                })}
              </title>
              <rect
                x={index * SLOT + (SLOT - BAR) / 2}
                y={y(s.visits)}
                width={BAR}
                height={HEIGHT - y(s.visits)}
                style={{ fill: "var(--mantine-color-calm-3)" }}
              />
              <rect
                x={index * SLOT + (SLOT - BAR) / 2}
                y={y(s.firstVisits)}
                width={BAR}
                height={HEIGHT - y(s.firstVisits)}
                style={{ fill: "var(--mantine-color-calm-8)" }}
              />
            </g>
          ))}
        </svg>
      </Box>
      {first && last && (
        <Text component="figcaption" size="sm" c="dark.6">
          {first === last
            ? t("chart.single", { date: date(first.date) })
            : t("chart.range", { from: date(first.date), to: date(last.date) })}
        </Text>
      )}
    </Stack>
  );
}
