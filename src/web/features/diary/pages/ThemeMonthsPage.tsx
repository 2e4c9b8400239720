import {
  Anchor,
  Box,
  Button,
  CloseButton,
  Group,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ThemeMonths } from "../../../../common/contracts/diary";
import { LIMITS } from "../../../../common/limits";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { formatDay } from "../../sites/format";
import { DiarySiteNav } from "../components/DiarySiteNav";
import {
  barPercent,
  formatMonth,
  lastTwelveMonths,
  monthRangeProblem,
  themeName,
  themeTable,
} from "../diary.format";
import { diaryPaths, paragraphAnchor } from "../diary.paths";
import { useThemeEntries, useThemeMonths } from "../diary.queries";

interface Cell {
  themeId: string;
  month: string;
}

const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

/**
 * How often each theme came up, month by month: the reading that took the evaluators months, in a
 * minute. Every count opens the entries behind it.
 */
export function ThemeMonthsPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("diary");
  usePageTitle(t("themeMonths.title"));
  const [initial] = useState(() => lastTwelveMonths(localToday()));
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const problem = monthRangeProblem(from, to, LIMITS.diaryThemeMonthsMax);
  // The last good range stays on screen while a field says what is wrong with the new one.
  const [range, setRange] = useState(initial);
  useEffect(() => {
    if (!problem) setRange({ from, to });
  }, [from, to, problem]);
  const data = useThemeMonths(siteId, range);
  const [cell, setCell] = useState<Cell | null>(null);

  const rangeError =
    problem === "reversed"
      ? t("themeMonths.reversed")
      : problem === "tooLong"
        ? t("themeMonths.tooLong", { max: LIMITS.diaryThemeMonthsMax })
        : problem === "invalid"
          ? t("themeMonths.invalid")
          : undefined;

  return (
    <Stack gap="lg" maw={1400}>
      <DiarySiteNav siteId={siteId} current="themes" />
      <Stack gap={4}>
        <Title order={1}>{t("themeMonths.title")}</Title>
        <Text c="dark.7">{t("themeMonths.intro")}</Text>
      </Stack>
      <Paper withBorder p="md" component="section" aria-label={t("themeMonths.period")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={560}>
          <TextInput
            type="month"
            label={t("themeMonths.from")}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            placeholder="2010-01"
          />
          <TextInput
            type="month"
            label={t("themeMonths.to")}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            placeholder="2010-12"
            error={rangeError}
          />
        </SimpleGrid>
      </Paper>
      {data.isPending ? (
        <FullPageLoader />
      ) : data.isError ? (
        <ErrorAlert error={data.error} />
      ) : (
        <ThemeMonthsView data={data.data} selected={cell} onSelect={setCell} siteId={siteId} />
      )}
    </Stack>
  );
}

function ThemeMonthsView({
  data,
  selected,
  onSelect,
  siteId,
}: {
  data: ThemeMonths;
  selected: Cell | null;
  onSelect: (cell: Cell | null) => void;
  siteId: string;
}) {
  const { t, i18n } = useTranslation("diary");
  const language = i18n.language;
  const table = useMemo(() => themeTable(data), [data]);
  const number = (n: number) => n.toLocaleString(language);
  const written = data.months.reduce((sum, m) => sum + m.entries, 0);
  const panelRef = useRef<HTMLDivElement>(null);

  const select = (cell: Cell) => {
    onSelect(cell);
    window.requestAnimationFrame(() => panelRef.current?.focus());
  };

  if (written === 0 || data.themes.length === 0) {
    return (
      <Paper withBorder p="xl">
        <Text ta="center">{t("themeMonths.empty")}</Text>
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="figure" m={0} aria-labelledby="diary-theme-totals">
        <Stack gap="xs">
          <Title order={2} size="h4" id="diary-theme-totals">
            {t("themeMonths.totals", {
              from: formatMonth(data.from, language),
              to: formatMonth(data.to, language),
            })}
          </Title>
          <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {data.themes.map((theme) => {
              const total = table.totals[theme.id] ?? 0;
              return (
                <Group key={theme.id} component="li" gap="sm" wrap="nowrap">
                  <Text w={220} size="sm" ta="right" style={{ flexShrink: 0 }}>
                    {themeName(theme, language)}
                  </Text>
                  <Box style={{ flex: 1 }}>
                    <Box
                      h={18}
                      w={`${barPercent(total, table.maxTotal)}%`}
                      bg="calm.6"
                      style={{ borderRadius: 3 }}
                      aria-hidden
                    />
                  </Box>
                  <Text w={60} fw={700} size="sm">
                    {number(total)}
                  </Text>
                </Group>
              );
            })}
          </Stack>
        </Stack>
      </Paper>

      <Paper withBorder>
        <ScrollArea type="auto">
          <Table striped withColumnBorders stickyHeader data-testid="diary-theme-table">
            <Table.Caption>{t("themeMonths.caption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("themeMonths.month")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("themeMonths.entries")}
                </Table.Th>
                {data.themes.map((theme) => (
                  <Table.Th key={theme.id} scope="col" miw={110}>
                    {themeName(theme, language)}
                    {theme.archived && ` (${t("themeSettings.archived")})`}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row) => (
                <Table.Tr key={row.month}>
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: "nowrap" }}>
                    {formatMonth(row.month, language)}
                  </Table.Th>
                  <Table.Td ta="right">{number(row.entries)}</Table.Td>
                  {data.themes.map((theme) => {
                    const count = row.counts[theme.id] ?? 0;
                    const isSelected = selected?.themeId === theme.id && selected.month === row.month;
                    return (
                      <Table.Td key={theme.id} bg={isSelected ? "calm.1" : undefined}>
                        {count === 0 ? (
                          <>
                            <Text c="dark.6" size="sm" aria-hidden>
                              –
                            </Text>
                            <VisuallyHidden>{t("themeMonths.none")}</VisuallyHidden>
                          </>
                        ) : (
                          <UnstyledButton
                            onClick={() => select({ themeId: theme.id, month: row.month })}
                            aria-label={t("themeMonths.open", {
                              count,
                              theme: themeName(theme, language),
                              month: formatMonth(row.month, language),
                            })}
                            aria-pressed={isSelected}
                            style={{ display: "block", width: "100%" }}
                          >
                            <Group gap={6} wrap="nowrap">
                              <Text fw={700} c="calm.9" td="underline" size="sm" w={28}>
                                {number(count)}
                              </Text>
                              <Box
                                h={10}
                                w={`${barPercent(count, table.max)}%`}
                                maw={80}
                                bg="calm.5"
                                style={{ borderRadius: 2 }}
                                aria-hidden
                              />
                            </Group>
                          </UnstyledButton>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t("themeMonths.total")}</Table.Th>
                <Table.Td ta="right" fw={700}>
                  {number(written)}
                </Table.Td>
                {data.themes.map((theme) => (
                  <Table.Td key={theme.id} fw={700}>
                    {number(table.totals[theme.id] ?? 0)}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollArea>
      </Paper>

      <div ref={panelRef} tabIndex={-1} style={{ outline: "none" }}>
        {selected && (
          <CellEntries
            siteId={siteId}
            cell={selected}
            themeLabel={themeName(
              data.themes.find((th) => th.id === selected.themeId) ?? { names: { da: "", en: "" } },
              language,
            )}
            onClose={() => onSelect(null)}
          />
        )}
      </div>
    </Stack>
  );
}

function CellEntries({
  siteId,
  cell,
  themeLabel,
  onClose,
}: {
  siteId: string;
  cell: Cell;
  themeLabel: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation("diary");
  const entries = useThemeEntries(siteId, cell);
  const items = entries.data?.items ?? [];
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="diary-cell-title"
      data-testid="diary-theme-entries"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="diary-cell-title">
            {t("themeMonths.behind", { theme: themeLabel, month: formatMonth(cell.month, i18n.language) })}
          </Title>
          <CloseButton onClick={onClose} aria-label={t("themeMonths.closeEntries")} />
        </Group>
        {entries.isPending ? (
          <FullPageLoader />
        ) : entries.isError ? (
          <ErrorAlert error={entries.error} />
        ) : items.length === 0 ? (
          <Text>{t("themeMonths.noEntries")}</Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {items.map((item) => (
              <Paper key={item.sessionId} withBorder p="sm" component="li">
                <Stack gap={4}>
                  <Anchor component={Link} to={diaryPaths.entry(item.sessionId)} fw={700}>
                    {formatDay(item.date, i18n.language, { year: true })} · {item.startsAt}
                  </Anchor>
                  {item.onEntry && item.summary && (
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {item.summary}
                    </Text>
                  )}
                  {item.paragraphs.map((p) => (
                    <Text key={p.id} size="sm">
                      <Anchor
                        component={Link}
                        to={`${diaryPaths.entry(item.sessionId)}#${paragraphAnchor(p.id)}`}
                      >
                        {p.author}
                      </Anchor>
                      {": "}
                      {p.excerpt}
                    </Text>
                  ))}
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
        <Group>
          <Button variant="default" onClick={onClose}>
            {t("themeMonths.closeEntries")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
