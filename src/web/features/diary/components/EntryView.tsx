import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { Entry } from "../../../../common/contracts/diary";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { doorPaths } from "../../door/door.paths";
import { formatDay } from "../../sites/format";
import { type DiaryDraft, draftStore } from "../diary.drafts";
import { diaryPaths } from "../diary.paths";
import { useThemes } from "../diary.queries";
import { useDraftSync, useEntryDrafts, useOnline } from "../diary.sync";
import { DiaryIcon } from "./DiaryIcon";
import { FactsPanel } from "./FactsPanel";
import { ParagraphCard } from "./ParagraphCard";
import { ParagraphEditor } from "./ParagraphEditor";
import { QueuedDrafts } from "./QueuedDrafts";
import { SummarySection } from "./SummarySection";

interface EntryViewProps {
  entry: Entry;
  /** "Tonight": the page reached from the door. */
  tonight?: boolean;
}

/**
 * One session's entry: the facts Pusterum knows, the summary, the paragraphs in the order they were
 * written (each with its author and time), and a composer for the next one. Drafts kept on this
 * computer are shown where they belong and sent when the connection returns.
 */
export function EntryView({ entry, tonight = false }: EntryViewProps) {
  const { t, i18n } = useTranslation("diary");
  const themes = useThemes();
  const online = useOnline();
  const retry = useDraftSync();
  const drafts = useEntryDrafts(entry.session.id);
  const [composerKey, setComposerKey] = useState(0);
  const { hash } = useLocation();
  const session = entry.session;

  // A link to one paragraph (from search or the themes page) opens the page at it.
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView({ block: "start" });
  }, [hash]);

  const queued = drafts.filter((d) => d.target.kind === "new" && d.target.queuedAs);
  const draftOfParagraph = (id: string): DiaryDraft | null =>
    drafts.find((d) => d.target.kind === "paragraph" && d.target.paragraphId === id) ?? null;
  const summaryDraft = drafts.find((d) => d.target.kind === "summary") ?? null;
  const themeList = themes.data?.themes ?? [];

  const correct = (draft: DiaryDraft) => {
    if (draftStore.get(draft.accountId, draft.sessionId, { kind: "new" })) {
      notifications.show({ color: "orange", message: t("drafts.composerBusy") });
      return;
    }
    draftStore.remove(draft);
    draftStore.put({ ...draft, target: { kind: "new" }, state: "editing", errorCode: undefined });
    setComposerKey((k) => k + 1);
  };

  const day = formatDay(session.date, i18n.language, { year: true });
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>
          {tonight ? t("entry.tonightTitle", { site: session.siteName }) : t("entry.title", { date: day })}
        </Title>
        <Group gap="sm">
          <Text fw={500}>
            {tonight ? day : session.siteName} · {session.startsAt}–{session.endsAt}
          </Text>
          <Badge
            size="lg"
            variant="filled"
            color={session.state === "open" ? "teal.9" : "gray.8"}
            data-testid="diary-session-state"
          >
            {t(`entry.state.${session.state}`)}
          </Badge>
        </Group>
        <Group gap="md">
          {entry.can.history && entry.id && (
            <Anchor component={Link} to={diaryPaths.history(session.id)}>
              <Group gap={4} component="span">
                <DiaryIcon name="history" size={16} />
                {t("entry.history")}
              </Group>
            </Anchor>
          )}
          <Anchor component={Link} to={diaryPaths.entries(session.siteId)}>
            {t("entry.allEntries")}
          </Anchor>
          {tonight && session.state === "open" && (
            <Anchor component={Link} to={doorPaths.tonight(session.siteId)}>
              {t("entry.toDoor")}
            </Anchor>
          )}
        </Group>
      </Stack>

      {!online && (
        <Alert
          color="orange"
          variant="light"
          role="status"
          icon={<DiaryIcon name="cloudOff" />}
          data-testid="diary-offline"
        >
          <Text c="dark.9">{t("drafts.offline")}</Text>
        </Alert>
      )}

      <FactsPanel facts={entry.facts} />
      <SummarySection entry={entry} themes={themeList} draft={summaryDraft} />

      <Stack gap="sm" component="section" aria-labelledby="diary-paragraphs">
        <Title order={2} size="h3" id="diary-paragraphs">
          {t("paragraphs.title", { count: entry.paragraphs.length })}
        </Title>
        {themes.isError && <ErrorAlert error={themes.error} />}
        {entry.paragraphs.length === 0 ? (
          <Text c="dark.7">{entry.can.write ? t("paragraphs.emptyWrite") : t("paragraphs.empty")}</Text>
        ) : (
          entry.paragraphs.map((paragraph) => (
            <ParagraphCard
              key={paragraph.id}
              entry={entry}
              paragraph={paragraph}
              themes={themeList}
              draft={draftOfParagraph(paragraph.id)}
              canWrite={entry.can.write}
            />
          ))
        )}
      </Stack>

      <QueuedDrafts
        drafts={queued}
        themes={themeList}
        online={online}
        onRetry={() => void retry()}
        onCorrect={correct}
      />

      {entry.can.write &&
        (themes.isPending ? (
          <FullPageLoader />
        ) : (
          <ParagraphEditor key={composerKey} entry={entry} themes={themeList} paragraph={null} />
        ))}
      {entry.can.write && (
        <Group>
          <Button
            component={Link}
            to={diaryPaths.search(session.siteId)}
            variant="subtle"
            leftSection={<DiaryIcon name="search" size={16} />}
          >
            {t("entry.searchDiary")}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
