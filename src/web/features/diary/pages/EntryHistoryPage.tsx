import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { EntryHistory } from "../../../../common/contracts/diary";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { DiaryIcon } from "../components/DiaryIcon";
import { RestrictionLabel } from "../components/RestrictionLabel";
import { ThemeBadges } from "../components/ThemePicker";
import { diaryPaths } from "../diary.paths";
import { useEntryHistory, useThemes } from "../diary.queries";
import { formatInstant } from "../diary.time";

/** Every version of an entry and its paragraphs, removed ones included: for managers. Reading it is logged. */
export function EntryHistoryPage() {
  const { sessionId = "" } = useParams();
  const { t } = useTranslation("diary");
  usePageTitle(t("history.title"));
  const history = useEntryHistory(sessionId);

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Anchor component={Link} to={diaryPaths.entry(sessionId)}>
          {t("history.back")}
        </Anchor>
        <Title order={1}>{t("history.title")}</Title>
        <Text c="dark.7">{t("history.intro")}</Text>
      </Stack>
      {history.isPending ? (
        <FullPageLoader />
      ) : history.isError ? (
        isApiError(history.error) && history.error.code === "NOT_FOUND" ? (
          <Text>{t("entry.notFound")}</Text>
        ) : (
          <ErrorAlert error={history.error} />
        )
      ) : (
        <HistoryView history={history.data} />
      )}
    </Stack>
  );
}

function HistoryView({ history }: { history: EntryHistory }) {
  const { t, i18n } = useTranslation("diary");
  const themes = useThemes().data?.themes;
  const when = (iso: string) => formatInstant(iso, i18n.language);
  if (history.entryVersions.length === 0 && history.paragraphs.length === 0) {
    return (
      <Paper withBorder p="xl">
        <Text ta="center">{t("history.empty")}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="diary-history-summary">
        <Stack gap="sm">
          <Title order={2} size="h3" id="diary-history-summary">
            {t("history.summaryVersions")}
          </Title>
          {history.entryVersions.length === 0 ? (
            <Text c="dark.7">{t("summary.empty")}</Text>
          ) : (
            <Stack gap="sm" component="ol" style={{ paddingLeft: 20, margin: 0 }}>
              {history.entryVersions.map((v) => (
                <li key={v.version}>
                  <Text size="sm" fw={600}>
                    {t("history.version", {
                      version: v.version,
                      name: v.editedBy.displayName,
                      time: when(v.editedAt),
                    })}
                  </Text>
                  <Text style={{ whiteSpace: "pre-wrap" }}>{v.summary || "—"}</Text>
                  <ThemeBadges themes={themes} themeIds={v.themeIds} />
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
      <Stack gap="sm" component="section" aria-labelledby="diary-history-paragraphs">
        <Title order={2} size="h3" id="diary-history-paragraphs">
          {t("history.paragraphs")}
        </Title>
        {history.paragraphs.map((p) => (
          <Paper
            key={p.id}
            withBorder
            p="md"
            component="article"
            bg={p.removedAt ? "gray.1" : undefined}
            data-testid="diary-history-paragraph"
          >
            <Stack gap="xs">
              <Group justify="space-between">
                <Text fw={700}>
                  {t("paragraph.byline", { name: p.author.displayName, time: when(p.writtenAt) })}
                </Text>
                {p.removedAt && (
                  <Badge color="red.9" variant="filled">
                    {t("history.removed", { name: p.removedBy?.displayName ?? "", time: when(p.removedAt) })}
                  </Badge>
                )}
              </Group>
              <Stack gap="sm" component="ol" style={{ paddingLeft: 20, margin: 0 }}>
                {p.versions.map((v) => (
                  <li key={v.version}>
                    <Group gap="xs">
                      <Text size="sm" fw={600}>
                        {t("history.version", {
                          version: v.version,
                          name: v.editedBy.displayName,
                          time: when(v.editedAt),
                        })}
                      </Text>
                      {v.removed && (
                        <Badge size="sm" color="red.9" variant="light">
                          {t("history.removedVersion")}
                        </Badge>
                      )}
                      <RestrictionLabel
                        restriction={v.restriction}
                        role={v.restrictedRole}
                        organisation={null}
                      />
                    </Group>
                    {v.readable ? (
                      <Text style={{ whiteSpace: "pre-wrap" }}>{v.body}</Text>
                    ) : (
                      <Group gap="xs" c="dark.7">
                        <DiaryIcon name="lock" size={16} />
                        <Text fs="italic">{t("paragraph.restrictedExists")}</Text>
                      </Group>
                    )}
                    <ThemeBadges themes={themes} themeIds={v.themeIds} />
                  </li>
                ))}
              </Stack>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
