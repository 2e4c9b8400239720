import { Button, Group, Paper, Stack, TagsInput, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { diaryRoutes, type Entry, type Paragraph, type Theme } from "../../../../common/contracts/diary";
import { LIMITS } from "../../../../common/limits";
import { type PersonalDataWarning, personalDataWarnings } from "../../../../common/personal-data";
import { callApi, isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { useCurrentUser } from "../../../app/current-user";
import { ErrorAlert } from "../../../components/ErrorAlert";
import {
  currentParagraph,
  describeConflict,
  isConnectionFailure,
  isRemovedMeanwhile,
  isStaleVersion,
  keepMine,
  type ParagraphConflict,
  type ParagraphFields,
  paragraphChange,
  paragraphFieldsOf,
} from "../diary.conflict";
import { type DiaryDraft, type DraftTarget, draftStore, newDraftId, queueDraft } from "../diary.drafts";
import { useAddParagraph, useUpdateParagraph } from "../diary.mutations";
import { diaryKeys } from "../diary.queries";
import { ConflictView } from "./ConflictView";
import { PersonalDataConfirm, PersonalDataHint } from "./PersonalDataNotice";
import { RestrictionField } from "./RestrictionField";
import { ThemePicker } from "./ThemePicker";

interface ParagraphEditorProps {
  entry: Entry;
  themes: Theme[];
  /** The paragraph being edited; null for the entry's composer (a new paragraph). */
  paragraph: Paragraph | null;
  /** An edit closes itself when saved, cancelled, or kept to be sent later. */
  onClose?: () => void;
}

type FieldName = "body" | "themeIds" | "restriction" | "visitorCodes";
type Errors = Partial<Record<FieldName, string>>;

const EMPTY: ParagraphFields = {
  body: "",
  themeIds: [],
  restriction: "none",
  restrictedRole: null,
  visitorCodes: [],
};

/** Server field paths ("visitorCodes.2", "restrictedRole") → the editor's fields. */
function fieldOf(path: string): FieldName | null {
  const head = path.split(".")[0];
  if (head === "body" || head === "themeIds" || head === "visitorCodes" || head === "restriction")
    return head;
  if (head === "restrictedRole") return "restriction";
  return null;
}

const fieldsOfDraft = (draft: DiaryDraft): ParagraphFields => ({
  body: draft.body,
  themeIds: draft.themeIds,
  restriction: draft.restriction,
  restrictedRole: draft.restrictedRole,
  visitorCodes: draft.visitorCodes,
});

/**
 * Writes one paragraph: the text with a live count and personal-data hints, themes suggested as it
 * is typed (a tap accepts one), the restricted toggle and the codes it is about. Every keystroke is
 * kept on this computer; a save that finds no connection waits and is sent when it returns; a
 * colleague's edit of the same paragraph meanwhile shows both versions side by side.
 */
export function ParagraphEditor({ entry, themes, paragraph, onClose }: ParagraphEditorProps) {
  const { t, i18n } = useTranslation("diary");
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const sessionId = entry.session.id;
  const add = useAddParagraph(sessionId);
  const update = useUpdateParagraph(sessionId);
  const headingId = useId();
  const bodyRef = useRef<HTMLTextAreaElement>(null);

  // The paragraph as it was when editing began: what the change is worked out against.
  const [base, setBase] = useState<{ fields: ParagraphFields; version: number } | null>(() =>
    paragraph ? { fields: paragraphFieldsOf(paragraph), version: paragraph.version } : null,
  );
  const slot: DraftTarget = paragraph
    ? { kind: "paragraph", paragraphId: paragraph.id, baseVersion: base?.version ?? paragraph.version }
    : { kind: "new" };

  const [restored] = useState(() => draftStore.get(me.id, sessionId, slot));
  const [draftId, setDraftId] = useState(() => restored?.id ?? newDraftId());
  const [fields, setFields] = useState<ParagraphFields>(() =>
    restored ? fieldsOfDraft(restored) : paragraph ? paragraphFieldsOf(paragraph) : EMPTY,
  );
  const [keptAt, setKeptAt] = useState<string | null>(restored?.savedAt ?? null);
  const [showRestored, setShowRestored] = useState(restored !== null && restored.state === "editing");
  const [errors, setErrors] = useState<Errors>({});
  const [pageError, setPageError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<PersonalDataWarning[] | null>(null);
  const [conflict, setConflict] = useState<ParagraphConflict | null>(() => {
    if (!paragraph || restored?.state !== "conflict") return null;
    return describeConflict(fieldsOfDraft(restored), currentParagraph(entry, paragraph.id));
  });
  const [reference, setReference] = useState<Paragraph | null>(null);
  const busy = add.isPending || update.isPending;

  const warnings = useMemo(() => personalDataWarnings(fields.body), [fields.body]);
  const length = fields.body.trim().length;

  const draftOf = (state: DiaryDraft["state"], values: ParagraphFields = fields): DiaryDraft => ({
    id: draftId,
    accountId: me.id,
    sessionId,
    target: paragraph
      ? { kind: "paragraph", paragraphId: paragraph.id, baseVersion: base?.version ?? paragraph.version }
      : { kind: "new" },
    ...values,
    state,
    savedAt: new Date().toISOString(),
  });

  // Keep every change on this computer, a moment after the typing stops.
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: written when the fields change, not when the helpers do
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = window.setTimeout(() => {
      const unchanged = base ? paragraphChange(fields, base.fields, base.version) === null : false;
      if (unchanged) {
        draftStore.remove(draftOf("editing"));
        setKeptAt(null);
        return;
      }
      const draft = draftOf(conflict ? "conflict" : "editing");
      if (draftStore.put(draft)) setKeptAt(fields.body.trim() ? draft.savedAt : null);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [fields]);

  const set = (change: Partial<ParagraphFields>) => {
    setFields((f) => ({ ...f, ...change }));
    setConfirming(null);
    const cleared = { ...errors };
    for (const key of Object.keys(change) as (keyof ParagraphFields)[]) {
      delete cleared[key === "restrictedRole" ? "restriction" : (key as FieldName)];
    }
    setErrors(cleared);
  };

  const reset = () => {
    setFields(EMPTY);
    setDraftId(newDraftId());
    setKeptAt(null);
    setShowRestored(false);
    setConfirming(null);
    setErrors({});
  };

  const discard = () => {
    draftStore.remove(draftOf("editing"));
    if (paragraph) onClose?.();
    else reset();
  };

  const validate = (): Errors => {
    const found: Errors = {};
    if (length === 0) found.body = t("editor.bodyRequired");
    else if (length > LIMITS.diaryParagraphMax) {
      found.body = t("editor.bodyTooLong", { max: LIMITS.diaryParagraphMax, count: length });
    }
    if (fields.restriction === "role" && !fields.restrictedRole)
      found.restriction = t("restriction.roleRequired");
    if (fields.visitorCodes.length > LIMITS.diaryCodesPerParagraphMax) {
      found.visitorCodes = t("editor.tooManyCodes", { max: LIMITS.diaryCodesPerParagraphMax });
    }
    return found;
  };

  const showFieldErrors = (error: unknown) => {
    if (!isApiError(error) || error.fieldErrors.length === 0) {
      setPageError(error);
      return;
    }
    const found: Errors = {};
    let unplaced = false;
    for (const fieldError of error.fieldErrors) {
      const field = fieldOf(fieldError.path);
      if (field) found[field] ??= fieldErrorMessage(fieldError.code, fieldError.message);
      else unplaced = true;
    }
    setErrors(found);
    setPageError(unplaced ? error : null);
    if (found.body) bodyRef.current?.focus();
  };

  const onFailure = async (error: unknown, mine: ParagraphFields) => {
    if (paragraph && (isStaleVersion(error) || isRemovedMeanwhile(error))) {
      // Mine stays in the draft while the person compares.
      draftStore.put(draftOf("conflict", mine));
      let theirs: Paragraph | null = null;
      if (isStaleVersion(error)) {
        const fresh = await queryClient
          .fetchQuery({
            queryKey: diaryKeys.entry(sessionId),
            queryFn: ({ signal }) => callApi(diaryRoutes.getEntry, { params: { sessionId }, signal }),
            staleTime: 0,
          })
          .catch(() => undefined);
        theirs = currentParagraph(fresh, paragraph.id);
      }
      setConflict(describeConflict(mine, theirs));
      return;
    }
    if (isConnectionFailure(error)) {
      if (paragraph) {
        draftStore.put(draftOf("pending", mine));
        notifications.show({ color: "orange", message: t("drafts.keptOffline") });
        onClose?.();
      } else {
        queueDraft(draftStore, draftOf("pending", mine));
        reset();
        notifications.show({ color: "orange", message: t("drafts.keptOffline") });
      }
      return;
    }
    showFieldErrors(error);
  };

  const restrictionBody = (values: ParagraphFields) => ({
    restriction: values.restriction,
    ...(values.restriction === "role" && values.restrictedRole
      ? { restrictedRole: values.restrictedRole }
      : {}),
  });

  const save = (confirmed: boolean) => {
    setPageError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      if (found.body) bodyRef.current?.focus();
      return;
    }
    if (warnings.length > 0 && !confirmed) {
      setConfirming(warnings);
      return;
    }
    setConfirming(null);
    const mine = fields;
    if (!paragraph) {
      add.mutate(
        {
          body: {
            body: mine.body,
            themeIds: mine.themeIds,
            ...restrictionBody(mine),
            visitorCodes: mine.visitorCodes,
          },
          idempotencyKey: draftId,
        },
        {
          onSuccess: () => {
            draftStore.remove(draftOf("editing"));
            reset();
            notifications.show({ color: "calm", message: t("editor.added") });
            bodyRef.current?.focus();
          },
          onError: (error) => void onFailure(error, mine),
        },
      );
      return;
    }
    const from = base ?? { fields: paragraphFieldsOf(paragraph), version: paragraph.version };
    const change = paragraphChange(mine, from.fields, from.version);
    if (!change) {
      draftStore.remove(draftOf("editing"));
      onClose?.();
      return;
    }
    update.mutate(
      { id: paragraph.id, body: change },
      {
        onSuccess: () => {
          draftStore.remove(draftOf("editing"));
          notifications.show({ color: "calm", message: t("editor.saved") });
          onClose?.();
        },
        onError: (error) => void onFailure(error, mine),
      },
    );
  };

  // The conflict's three ways out.
  const keepMineOver = () => {
    if (!conflict || !paragraph) return;
    if (!conflict.theirs) {
      // Removed meanwhile: mine becomes a new paragraph.
      add.mutate(
        {
          body: {
            body: conflict.mine.body,
            themeIds: conflict.mine.themeIds,
            ...restrictionBody(conflict.mine),
            visitorCodes: conflict.mine.visitorCodes,
          },
          idempotencyKey: draftId,
        },
        {
          onSuccess: () => {
            draftStore.remove(draftOf("editing"));
            notifications.show({ color: "calm", message: t("editor.added") });
            onClose?.();
          },
          onError: (error) => {
            setConflict(null);
            showFieldErrors(error);
          },
        },
      );
      return;
    }
    const change = keepMine(conflict);
    if (!change) {
      draftStore.remove(draftOf("editing"));
      onClose?.();
      return;
    }
    update.mutate(
      { id: paragraph.id, body: change },
      {
        onSuccess: () => {
          draftStore.remove(draftOf("editing"));
          notifications.show({ color: "calm", message: t("editor.saved") });
          onClose?.();
        },
        onError: (error) => void onFailure(error, conflict.mine),
      },
    );
  };
  const takeTheirs = () => {
    draftStore.remove(draftOf("editing"));
    onClose?.();
  };
  const editFurther = () => {
    if (!conflict) return;
    const theirs = conflict.theirs;
    if (theirs) {
      setBase({ fields: paragraphFieldsOf(theirs), version: theirs.version });
      setReference(theirs);
    }
    setFields(conflict.mine);
    setConflict(null);
    window.requestAnimationFrame(() => bodyRef.current?.focus());
  };

  if (conflict && paragraph) {
    return (
      <ConflictView
        conflict={conflict}
        themes={themes}
        busy={busy}
        error={pageError ?? [update.error, add.error].find((e) => e && !isStaleVersion(e)) ?? null}
        onKeepMine={keepMineOver}
        onTakeTheirs={takeTheirs}
        onEditFurther={editFurther}
      />
    );
  }

  const title = paragraph ? t("editor.editTitle") : t("editor.newTitle");
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
      new Date(iso),
    );

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(false);
      }}
      data-testid={paragraph ? "diary-paragraph-editor" : "diary-composer"}
      bd={paragraph ? "2px solid var(--mantine-color-calm-6)" : undefined}
    >
      <Stack gap="md">
        <Title order={paragraph ? 3 : 2} size="h3" id={headingId}>
          {title}
        </Title>
        {showRestored && restored && (
          <Paper p="sm" bg="calm.0" role="status">
            <Group justify="space-between" gap="xs">
              <Text size="sm" c="dark.9">
                {t("drafts.restored", { time: time(restored.savedAt) })}
              </Text>
              <Button size="compact-sm" variant="subtle" onClick={discard}>
                {t("drafts.discard")}
              </Button>
            </Group>
          </Paper>
        )}
        {reference && (
          <Paper p="sm" withBorder bg="gray.0" data-testid="diary-conflict-reference">
            <Text size="sm" fw={700}>
              {t("conflict.theirsFor", {
                name: reference.editedBy?.displayName ?? reference.author.displayName,
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {reference.body}
            </Text>
          </Paper>
        )}
        <Stack gap={4}>
          <Textarea
            ref={bodyRef}
            label={t("editor.body")}
            description={t("editor.bodyHelp")}
            autosize
            minRows={4}
            maxRows={18}
            value={fields.body}
            onChange={(event) => set({ body: event.currentTarget.value })}
            error={errors.body}
            spellCheck
            autoComplete="off"
          />
          <Text size="xs" c={length > LIMITS.diaryParagraphMax ? "red.9" : "dark.6"} ta="right" aria-hidden>
            {t("editor.counter", { count: length, max: LIMITS.diaryParagraphMax })}
          </Text>
          <PersonalDataHint warnings={warnings} />
        </Stack>
        <ThemePicker
          themes={themes}
          text={fields.body}
          value={fields.themeIds}
          onChange={(themeIds) => set({ themeIds })}
          error={errors.themeIds}
        />
        <RestrictionField
          restriction={fields.restriction}
          role={fields.restrictedRole}
          onChange={(restriction, restrictedRole) => set({ restriction, restrictedRole })}
          error={errors.restriction}
        />
        <TagsInput
          label={t("editor.codes")}
          description={t("editor.codesHelp")}
          value={fields.visitorCodes}
          onChange={(visitorCodes) => set({ visitorCodes })}
          splitChars={[",", ";"]}
          maxTags={LIMITS.diaryCodesPerParagraphMax}
          error={errors.visitorCodes}
          clearable
          acceptValueOnBlur
          autoComplete="off"
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
        />
        {confirming && (
          <PersonalDataConfirm
            warnings={confirming}
            busy={busy}
            onSaveAnyway={() => save(true)}
            onChangeText={() => {
              setConfirming(null);
              bodyRef.current?.focus();
            }}
          />
        )}
        <ErrorAlert error={pageError} />
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dark.6" aria-live="polite">
            {keptAt ? t("drafts.keptAt", { time: time(keptAt) }) : ""}
          </Text>
          <Group gap="sm">
            {paragraph ? (
              <Button variant="default" onClick={discard}>
                {t("editor.cancel")}
              </Button>
            ) : (
              fields.body.trim() !== "" && (
                <Button variant="subtle" onClick={discard}>
                  {t("drafts.discard")}
                </Button>
              )
            )}
            {!confirming && (
              <Button type="submit" loading={busy}>
                {paragraph ? t("editor.save") : t("editor.add")}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
