import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Theme } from "../../../../common/contracts/diary";
import { ApiError } from "../../../api/client";
import { errorMessage } from "../../../api/form-errors";
import { type DiaryDraft, draftStore } from "../diary.drafts";
import { formatInstant } from "../diary.time";
import { DiaryIcon } from "./DiaryIcon";
import { ThemeBadges } from "./ThemePicker";

interface QueuedDraftsProps {
  drafts: DiaryDraft[];
  themes: Theme[];
  online: boolean;
  onRetry: () => void;
  /** Moves a refused paragraph back into the composer, to be corrected. */
  onCorrect: (draft: DiaryDraft) => void;
}

/**
 * New paragraphs written without a connection: waiting to be sent (they go by themselves when it
 * returns), or refused by the server with the reason. Nothing here is lost until discarded.
 */
export function QueuedDrafts({ drafts, themes, online, onRetry, onCorrect }: QueuedDraftsProps) {
  const { t, i18n } = useTranslation("diary");
  if (drafts.length === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="orange.0"
      component="section"
      aria-labelledby="diary-queued"
      data-testid="diary-queued"
    >
      <Stack gap="sm">
        <Group gap="xs">
          <DiaryIcon name="cloudOff" />
          <Title order={2} size="h4" id="diary-queued">
            {t("drafts.queuedTitle", { count: drafts.length })}
          </Title>
        </Group>
        <Text size="sm" c="dark.9">
          {online ? t("drafts.queuedOnline") : t("drafts.queuedOffline")}
        </Text>
        {drafts.map((draft) => (
          <Paper key={draft.id} withBorder p="sm" bg="white" data-testid="diary-queued-draft">
            <Stack gap={6}>
              <Text size="sm" c="dark.7">
                {draft.state === "refused"
                  ? t("drafts.refused", {
                      reason: errorMessage(
                        new ApiError({ status: 400, code: (draft.errorCode ?? "INTERNAL") as never }),
                      ),
                    })
                  : t("drafts.waitingSince", { time: formatInstant(draft.savedAt, i18n.language) })}
              </Text>
              <Text style={{ whiteSpace: "pre-wrap" }}>{draft.body}</Text>
              <ThemeBadges themes={themes} themeIds={draft.themeIds} />
              <Group gap="xs">
                {draft.state === "refused" && (
                  <Button size="compact-sm" variant="light" onClick={() => onCorrect(draft)}>
                    {t("drafts.correct")}
                  </Button>
                )}
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  c="red.9"
                  onClick={() => draftStore.remove(draft)}
                >
                  {t("drafts.discard")}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        {online && drafts.some((d) => d.state === "pending") && (
          <Group>
            <Button variant="default" onClick={onRetry}>
              {t("drafts.sendNow")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
