import {
  Anchor,
  Badge,
  Button,
  Chip,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  SEARCH_KINDS,
  type SearchBody,
  type SearchHit,
  type SearchKind,
  type Theme,
} from "../../../../common/contracts/diary";
import { LIMITS } from "../../../../common/limits";
import { isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { followUpPaths } from "../../follow-ups/follow-ups.paths";
import { messagePaths } from "../../messages/messages.paths";
import { formatDay } from "../../sites/format";
import { DiaryIcon } from "../components/DiaryIcon";
import { DiarySiteNav } from "../components/DiarySiteNav";
import { MarkedText } from "../components/MarkedText";
import { ThemeBadges } from "../components/ThemePicker";
import { snippetParts, themeName } from "../diary.format";
import { diaryPaths, paragraphAnchor } from "../diary.paths";
import { useColleagues, useDiarySearch, useThemes } from "../diary.queries";
import { DATE, EMPTY_SEARCH, type SearchFilters, searchBody } from "../diary.search";

/** Where a hit opens: its entry (at the paragraph), the follow-up or the message. */
function hitPath(hit: SearchHit): string | null {
  switch (hit.kind) {
    case "paragraph":
      return hit.sessionId ? `${diaryPaths.entry(hit.sessionId)}#${paragraphAnchor(hit.id)}` : null;
    case "entry":
      return hit.sessionId ? diaryPaths.entry(hit.sessionId) : null;
    case "follow_up":
      return followUpPaths.followUp(hit.id);
    case "message":
      return messagePaths.message(hit.id);
  }
}

/** Full-text search over the diary, follow-ups and messages, with filters. Nothing goes into the address. */
export function SearchPage() {
  const { siteId = "" } = useParams();
  const { t, i18n } = useTranslation("diary");
  usePageTitle(t("search.title"));
  const [filters, setFilters] = useState<SearchFilters>(EMPTY_SEARCH);
  const [asked, setAsked] = useState<SearchBody | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const themes = useThemes();
  const colleagues = useColleagues(siteId);
  const search = useDiarySearch(siteId, asked);
  const hits = search.data?.pages.flatMap((page) => page.items) ?? [];
  const set = (change: Partial<SearchFilters>) => {
    setFilters((f) => ({ ...f, ...change }));
    setFormError(null);
  };
  const reversed = DATE.test(filters.from) && DATE.test(filters.to) && filters.to < filters.from;

  const themeOptions = useMemo(
    () =>
      (themes.data?.themes ?? []).map((theme) => ({
        value: theme.id,
        label: themeName(theme, i18n.language),
      })),
    [themes.data, i18n.language],
  );
  const people = useMemo(
    () =>
      (colleagues.data?.items ?? [])
        .map((c) => ({ value: c.accountId, label: c.displayName }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [colleagues.data, i18n.language],
  );

  // Field errors from the server (an unknown code, a date) go to their fields.
  const serverErrors: Record<string, string> = {};
  if (isApiError(search.error)) {
    for (const e of search.error.fieldErrors) {
      const field = e.path.split(".")[0] ?? "";
      serverErrors[field] ??= fieldErrorMessage(e.code, e.message);
    }
  }
  const unplaced = search.isError && Object.keys(serverErrors).length === 0;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reversed) return;
    if (filters.kinds.length === 0) {
      setFormError(t("search.kindsRequired"));
      return;
    }
    setAsked(searchBody(filters));
  };

  return (
    <Stack gap="lg" maw={1100}>
      <DiarySiteNav siteId={siteId} current="search" />
      <Title order={1}>{t("search.title")}</Title>
      <Paper
        withBorder
        p="md"
        component="form"
        role="search"
        onSubmit={onSubmit}
        noValidate
        aria-label={t("search.title")}
      >
        <Stack gap="md">
          <Group align="flex-end" gap="sm" wrap="nowrap">
            <TextInput
              type="search"
              label={t("search.q")}
              description={t("search.qHelp")}
              value={filters.q}
              onChange={(e) => set({ q: e.currentTarget.value })}
              maxLength={LIMITS.diarySearchQueryMax}
              error={serverErrors.q}
              leftSection={<DiaryIcon name="search" size={18} />}
              style={{ flex: 1 }}
              size="md"
              data-autofocus
            />
            <Button type="submit" size="md" loading={search.isFetching && !search.isFetchingNextPage}>
              {t("search.submit")}
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput
              type="date"
              label={t("filters.from")}
              value={filters.from}
              max={filters.to || undefined}
              onChange={(e) => set({ from: e.currentTarget.value })}
              error={serverErrors.from}
            />
            <TextInput
              type="date"
              label={t("filters.to")}
              value={filters.to}
              min={filters.from || undefined}
              onChange={(e) => set({ to: e.currentTarget.value })}
              error={reversed ? t("filters.reversed") : serverErrors.to}
            />
            <Select
              label={t("search.author")}
              placeholder={t("search.anyone")}
              data={people}
              value={filters.authorId}
              onChange={(authorId) => set({ authorId })}
              searchable
              clearable
              nothingFoundMessage={t("search.nothingFound")}
              error={serverErrors.authorId}
            />
            <Select
              label={t("search.theme")}
              placeholder={t("search.anyTheme")}
              data={themeOptions}
              value={filters.themeId}
              onChange={(themeId) => set({ themeId })}
              searchable
              clearable
              nothingFoundMessage={t("search.nothingFound")}
              error={serverErrors.themeId}
            />
            <TextInput
              label={t("search.code")}
              description={t("search.codeHelp")}
              value={filters.visitorCode}
              onChange={(e) => set({ visitorCode: e.currentTarget.value })}
              maxLength={20}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              error={serverErrors.visitorCode}
              styles={{
                input: { fontFamily: "var(--mantine-font-family-monospace)", letterSpacing: "0.08em" },
              }}
            />
          </SimpleGrid>
          <Stack gap={6}>
            <Text fw={500} id="diary-search-kinds">
              {t("search.kinds")}
            </Text>
            <Chip.Group
              multiple
              value={filters.kinds}
              onChange={(kinds) => set({ kinds: kinds as SearchKind[] })}
            >
              <Group gap="xs" role="group" aria-labelledby="diary-search-kinds">
                {SEARCH_KINDS.map((kind) => (
                  <Chip key={kind} value={kind}>
                    {t(`search.kind.${kind}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {(formError || serverErrors.kinds) && (
              <Text c="red.9" size="sm" role="alert">
                {formError ?? serverErrors.kinds}
              </Text>
            )}
          </Stack>
          <Group justify="flex-end">
            <Button
              variant="subtle"
              onClick={() => {
                setFilters(EMPTY_SEARCH);
                setAsked(null);
              }}
            >
              {t("search.clear")}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <section aria-labelledby="diary-search-results" aria-busy={search.isFetching}>
        <Title order={2} size="h3" id="diary-search-results" mb="sm">
          {t("search.results")}
        </Title>
        {asked === null ? (
          <Text c="dark.7">{t("search.prompt")}</Text>
        ) : search.isPending ? (
          <FullPageLoader />
        ) : unplaced ? (
          <ErrorAlert error={search.error} />
        ) : search.isError ? (
          <Text c="dark.7">{t("search.fixFilters")}</Text>
        ) : hits.length === 0 ? (
          <Paper withBorder p="xl" data-testid="diary-search-empty">
            <Text ta="center">{t("search.empty")}</Text>
          </Paper>
        ) : (
          <Stack gap="sm">
            <Text role="status" c="dark.7">
              {search.hasNextPage
                ? t("search.countMore", { count: hits.length })
                : t("search.count", { count: hits.length })}
            </Text>
            <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {hits.map((hit) => (
                <Hit key={`${hit.kind}-${hit.id}`} hit={hit} themes={themes.data?.themes} />
              ))}
            </Stack>
            {search.hasNextPage && (
              <Group justify="center">
                <Button
                  variant="default"
                  onClick={() => void search.fetchNextPage()}
                  loading={search.isFetchingNextPage}
                >
                  {t("search.more")}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

function Hit({ hit, themes }: { hit: SearchHit; themes: Theme[] | undefined }) {
  const { t, i18n } = useTranslation("diary");
  const path = hitPath(hit);
  const heading = hit.title || formatDay(hit.date, i18n.language, { year: true });
  return (
    <Paper withBorder p="md" component="li" data-testid="diary-search-hit">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between">
          <Group gap="xs">
            <Badge variant="light" color="gray" c="dark.9" tt="none">
              {t(`search.kindOne.${hit.kind}`)}
            </Badge>
            {path ? (
              <Anchor component={Link} to={path} fw={700}>
                {heading}
              </Anchor>
            ) : (
              <Text fw={700}>{heading}</Text>
            )}
          </Group>
          <Text size="sm" c="dark.7">
            {[hit.title ? formatDay(hit.date, i18n.language, { year: true }) : null, hit.author?.displayName]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </Group>
        <MarkedText parts={snippetParts(hit.snippet).map((p) => ({ text: p.text, marked: p.match }))} />
        <ThemeBadges themes={themes} themeIds={hit.themeIds} />
        {hit.visitorCodes.length > 0 && (
          <Text size="sm" ff="monospace">
            {hit.visitorCodes.join(", ")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
