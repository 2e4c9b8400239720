import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { formatDay } from "../../sites/format";
import { DiarySiteNav } from "../components/DiarySiteNav";
import { ThemeBadges } from "../components/ThemePicker";
import { diaryPaths } from "../diary.paths";
import { useEntryList, useThemes } from "../diary.queries";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The site's sessions, newest first, each with its summary, themes and who wrote in it. */
export function EntriesPage() {
  const { siteId = "" } = useParams();
  const { t, i18n } = useTranslation("diary");
  usePageTitle(t("entries.title"));
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const reversed = DATE.test(from) && DATE.test(to) && to < from;
  const range = useMemo(
    () => (reversed ? {} : { from: DATE.test(from) ? from : undefined, to: DATE.test(to) ? to : undefined }),
    [from, to, reversed],
  );
  const list = useEntryList(siteId, range);
  const themes = useThemes();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg" maw={1100}>
      <DiarySiteNav siteId={siteId} current="entries" />
      <Title order={1} id="diary-entries-title">
        {t("entries.title")}
      </Title>
      <Paper withBorder p="md" component="section" aria-label={t("entries.filters")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={560}>
          <TextInput
            type="date"
            label={t("filters.from")}
            value={from}
            max={to || undefined}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t("filters.to")}
            value={to}
            min={from || undefined}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={reversed ? t("filters.reversed") : undefined}
          />
        </SimpleGrid>
      </Paper>
      {list.isPending ? (
        <FullPageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center">{t("entries.empty")}</Text>
        </Paper>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          style={{ listStyle: "none", padding: 0, margin: 0 }}
          aria-labelledby="diary-entries-title"
        >
          {items.map((item) => (
            <Paper key={item.sessionId} withBorder p="md" component="li" data-testid="diary-entry-item">
              <Stack gap={6}>
                <Group justify="space-between" gap="xs">
                  <Anchor component={Link} to={diaryPaths.entry(item.sessionId)} fw={700} size="lg">
                    {formatDay(item.date, i18n.language, { year: true })} · {item.startsAt}–{item.endsAt}
                  </Anchor>
                  {item.state === "open" && (
                    <Badge color="teal.9" variant="filled">
                      {t("entry.state.open")}
                    </Badge>
                  )}
                </Group>
                {item.summary ? (
                  <Text lineClamp={3} style={{ whiteSpace: "pre-wrap" }}>
                    {item.summary}
                  </Text>
                ) : (
                  <Text c="dark.7" fs="italic">
                    {item.entryId ? t("entries.noSummary") : t("entries.notWritten")}
                  </Text>
                )}
                <ThemeBadges themes={themes.data?.themes} themeIds={item.themeIds} />
                <Text size="sm" c="dark.7">
                  {t("entries.paragraphs", { count: item.paragraphs })}
                  {item.restrictedParagraphs > 0 &&
                    ` · ${t("entries.restricted", { count: item.restrictedParagraphs })}`}
                  {item.authors.length > 0 && ` · ${item.authors.join(", ")}`}
                </Text>
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
      {items.length > 0 && (
        <Group justify="center">
          {list.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
            >
              {t("entries.loadMore")}
            </Button>
          ) : (
            <Text c="dark.6" size="sm">
              {t("entries.end")}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
