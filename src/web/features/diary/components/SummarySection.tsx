import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { diaryRoutes, type Entry, type Theme } from "../../../../common/contracts/diary";
import { LIMITS } from "../../../../common/limits";
import { type PersonalDataWarning, personalDataWarnings } from "../../../../common/personal-data";
import { callApi, isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { useCurrentUser } from "../../../app/current-user";
import { ErrorAlert } from "../../../components/ErrorAlert";
import {
  isConnectionFailure,
  isStaleVersion,
  type SummaryFields,
  summaryChange,
  wordDiff,
} from "../diary.conflict";
import { type DiaryDraft, draftStore, newDraftId } from "../diary.drafts";
import { useUpdateEntry } from "../diary.mutations";
import { diaryKeys } from "../diary.queries";
import { formatInstant } from "../diary.time";
import { DiaryIcon } from "./DiaryIcon";
import { MarkedText } from "./MarkedText";
import { PersonalDataConfirm, PersonalDataHint } from "./PersonalDataNotice";
import { ThemeBadges, ThemePicker } from "./ThemePicker";

interface SummarySectionProps {
  entry: Entry;
  themes: Theme[];
  /** My kept draft of the summary, if any. */
  draft: DiaryDraft | null;
}

/** The evening in a few lines (what the next shift reads first in the handover), and the entry's themes. */
export function SummarySection({ entry, themes, draft }: SummarySectionProps) {
  const { t, i18n } = useTranslation("diary");
  const [editing, setEditing] = useState(false);
  const canWrite = entry.can.write;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="diary-summary"
      data-testid="diary-summary"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="diary-summary">
            {t("summary.title")}
          </Title>
          {canWrite && !editing && (
            <Button
              variant="default"
              leftSection={<DiaryIcon name="pencil" size={16} />}
              onClick={() => setEditing(true)}
            >
              {entry.summary ? t("summary.edit") : t("summary.write")}
            </Button>
          )}
        </Group>
        {editing ? (
          <SummaryEditor entry={entry} themes={themes} onClose={() => setEditing(false)} />
        ) : (
          <>
            {entry.summary ? (
              <Text style={{ whiteSpace: "pre-wrap" }}>{entry.summary}</Text>
            ) : (
              <Text c="dark.7">{t("summary.empty")}</Text>
            )}
            <ThemeBadges themes={themes} themeIds={entry.themeIds} />
            {entry.summary && entry.updatedBy && entry.updatedAt && (
              <Text size="sm" c="dark.7">
                {t("summary.updated", {
                  name: entry.updatedBy.displayName,
                  time: formatInstant(entry.updatedAt, i18n.language),
                })}
              </Text>
            )}
            {draft && (
              <Paper p="xs" bg="orange.0">
                <Group justify="space-between" gap="xs">
                  <Text size="sm" c="dark.9">
                    {draft.state === "pending"
                      ? t("drafts.summaryPending")
                      : draft.state === "conflict"
                        ? t("drafts.editConflict")
                        : t("drafts.editUnfinished")}
                  </Text>
                  {draft.state !== "pending" && canWrite && (
                    <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>
                      {draft.state === "conflict" ? t("drafts.compare") : t("drafts.continue")}
                    </Button>
                  )}
                </Group>
              </Paper>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function SummaryEditor({ entry, themes, onClose }: { entry: Entry; themes: Theme[]; onClose: () => void }) {
  const { t, i18n } = useTranslation("diary");
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const sessionId = entry.session.id;
  const update = useUpdateEntry(sessionId);
  const ref = useRef<HTMLTextAreaElement>(null);
  const [restored] = useState(() => draftStore.get(me.id, sessionId, { kind: "summary", baseVersion: 0 }));
  const [base, setBase] = useState<Entry>(entry);
  const [baseVersion, setBaseVersion] = useState(
    restored?.target.kind === "summary" ? restored.target.baseVersion : entry.version,
  );
  const [draftId] = useState(() => restored?.id ?? newDraftId());
  const [fields, setFields] = useState<SummaryFields>(() =>
    restored
      ? { summary: restored.body, themeIds: restored.themeIds }
      : { summary: entry.summary, themeIds: entry.themeIds },
  );
  const [error, setError] = useState<string | null>(null);
  const [pageError, setPageError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<PersonalDataWarning[] | null>(null);
  const [theirs, setTheirs] = useState<Entry | null>(null);
  const warnings = useMemo(() => personalDataWarnings(fields.summary), [fields.summary]);

  const draftOf = (
    state: DiaryDraft["state"],
    values: SummaryFields = fields,
    version = baseVersion,
  ): DiaryDraft => ({
    id: draftId,
    accountId: me.id,
    sessionId,
    target: { kind: "summary", baseVersion: version },
    body: values.summary,
    themeIds: values.themeIds,
    restriction: "none",
    restrictedRole: null,
    visitorCodes: [],
    state,
    savedAt: new Date().toISOString(),
  });

  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: written when the fields change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      if (summaryChange(fields, { ...base, version: baseVersion }) === null)
        draftStore.remove(draftOf("editing"));
      else draftStore.put(draftOf(theirs ? "conflict" : "editing"));
    }, 300);
    return () => window.clearTimeout(timer);
  }, [fields]);

  const finish = (message: string) => {
    draftStore.remove(draftOf("editing"));
    notifications.show({ color: "calm", message });
    onClose();
  };

  const send = (values: SummaryFields, over: Entry, version: number) => {
    const change = summaryChange(values, { ...over, version });
    if (!change) {
      draftStore.remove(draftOf("editing"));
      onClose();
      return;
    }
    update.mutate(change, {
      onSuccess: () => finish(t("summary.saved")),
      onError: async (failure) => {
        if (isStaleVersion(failure)) {
          draftStore.put(draftOf("conflict", values, version));
          const fresh = await queryClient
            .fetchQuery({
              queryKey: diaryKeys.entry(sessionId),
              queryFn: ({ signal }) => callApi(diaryRoutes.getEntry, { params: { sessionId }, signal }),
              staleTime: 0,
            })
            .catch(() => null);
          setTheirs(fresh);
          return;
        }
        if (isConnectionFailure(failure)) {
          draftStore.put(draftOf("pending", values, version));
          notifications.show({ color: "orange", message: t("drafts.keptOffline") });
          onClose();
          return;
        }
        const fieldError = isApiError(failure) ? failure.fieldErrors[0] : undefined;
        if (fieldError) setError(fieldErrorMessage(fieldError.code, fieldError.message));
        else setPageError(failure);
      },
    });
  };

  const save = (confirmed: boolean) => {
    setPageError(null);
    if (fields.summary.trim().length > LIMITS.diarySummaryMax) {
      setError(t("summary.tooLong", { max: LIMITS.diarySummaryMax }));
      ref.current?.focus();
      return;
    }
    if (warnings.length > 0 && !confirmed) {
      setConfirming(warnings);
      return;
    }
    setConfirming(null);
    send(fields, base, baseVersion);
  };

  if (theirs) {
    const diff = wordDiff(fields.summary, theirs.summary);
    const who = theirs.updatedBy?.displayName ?? "";
    return (
      <Stack gap="sm" data-testid="diary-conflict">
        <Alert color="orange" variant="light" role="alert" title={t("conflict.title")}>
          <Text c="dark.9">
            {t("conflict.explain", {
              name: who,
              time: theirs.updatedAt ? formatInstant(theirs.updatedAt, i18n.language) : "",
            })}
          </Text>
        </Alert>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="sm" bg="calm.0" data-testid="diary-conflict-mine">
            <Title order={4}>{t("conflict.mine")}</Title>
            <MarkedText parts={diff.mine.map((p) => ({ text: p.text, marked: p.changed }))} />
            <ThemeBadges themes={themes} themeIds={fields.themeIds} />
          </Paper>
          <Paper withBorder p="sm" data-testid="diary-conflict-theirs">
            <Title order={4}>{t("conflict.theirsFor", { name: who })}</Title>
            <Text style={{ whiteSpace: "pre-wrap" }}>{theirs.summary}</Text>
            <ThemeBadges themes={themes} themeIds={theirs.themeIds} />
          </Paper>
        </SimpleGrid>
        <ErrorAlert error={update.error && !isStaleVersion(update.error) ? update.error : null} />
        <Group gap="sm">
          <Button loading={update.isPending} onClick={() => send(fields, theirs, theirs.version)}>
            {t("conflict.keepMine")}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setBase(theirs);
              setBaseVersion(theirs.version);
              setTheirs(null);
            }}
          >
            {t("conflict.editFurther")}
          </Button>
          <Button
            variant="subtle"
            color="red"
            c="red.9"
            onClick={() => {
              draftStore.remove(draftOf("editing"));
              onClose();
            }}
          >
            {t("conflict.takeTheirs")}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(false);
      }}
    >
      <Stack gap="sm">
        <Textarea
          ref={ref}
          label={t("summary.label")}
          description={t("summary.help")}
          autosize
          minRows={3}
          maxRows={10}
          value={fields.summary}
          onChange={(event) => {
            const summary = event.currentTarget.value;
            setFields((f) => ({ ...f, summary }));
            setError(null);
            setConfirming(null);
          }}
          error={error}
          data-autofocus
        />
        <Text
          size="xs"
          c={fields.summary.trim().length > LIMITS.diarySummaryMax ? "red.9" : "dark.6"}
          ta="right"
          aria-hidden
        >
          {t("editor.counter", { count: fields.summary.trim().length, max: LIMITS.diarySummaryMax })}
        </Text>
        <PersonalDataHint warnings={warnings} />
        <ThemePicker
          themes={themes}
          text={fields.summary}
          value={fields.themeIds}
          onChange={(themeIds) => setFields((f) => ({ ...f, themeIds }))}
        />
        {confirming && (
          <PersonalDataConfirm
            warnings={confirming}
            busy={update.isPending}
            onSaveAnyway={() => save(true)}
            onChangeText={() => {
              setConfirming(null);
              ref.current?.focus();
            }}
          />
        )}
        <ErrorAlert error={pageError} />
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            onClick={() => {
              draftStore.remove(draftOf("editing"));
              onClose();
            }}
          >
            {t("editor.cancel")}
          </Button>
          {!confirming && (
            <Button type="submit" loading={update.isPending}>
              {t("summary.save")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
