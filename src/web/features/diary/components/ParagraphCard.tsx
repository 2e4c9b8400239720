import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Entry, Paragraph, Theme } from "../../../../common/contracts/diary";
import { ConfirmDialog } from "../../../components/ConfirmDialog";
import type { DiaryDraft } from "../diary.drafts";
import { useRemoveParagraph } from "../diary.mutations";
import { paragraphAnchor } from "../diary.paths";
import { formatInstant } from "../diary.time";
import { DiaryIcon } from "./DiaryIcon";
import { ParagraphEditor } from "./ParagraphEditor";
import { RestrictionLabel } from "./RestrictionLabel";
import { ThemeBadges } from "./ThemePicker";

interface ParagraphCardProps {
  entry: Entry;
  paragraph: Paragraph;
  themes: Theme[];
  /** My draft of a change to this paragraph, if one is kept. */
  draft: DiaryDraft | null;
  /** Whether this entry may be written to (not for a person without diary.write). */
  canWrite: boolean;
}

/** One paragraph: who wrote it and when, the text (or that a restricted paragraph exists), its themes. */
export function ParagraphCard({ entry, paragraph, themes, draft, canWrite }: ParagraphCardProps) {
  const { t, i18n } = useTranslation("diary");
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const remove = useRemoveParagraph(entry.session.id);
  const when = (iso: string) => formatInstant(iso, i18n.language);
  const headingId = `${paragraphAnchor(paragraph.id)}-by`;

  if (editing) {
    return (
      <div id={paragraphAnchor(paragraph.id)}>
        <ParagraphEditor
          entry={entry}
          themes={themes}
          paragraph={paragraph}
          onClose={() => setEditing(false)}
        />
      </div>
    );
  }

  const mayEdit = canWrite && paragraph.readable && paragraph.can.edit;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      id={paragraphAnchor(paragraph.id)}
      aria-labelledby={headingId}
      data-testid="diary-paragraph"
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <div>
            <Text fw={700} id={headingId}>
              {t("paragraph.byline", { name: paragraph.author.displayName, time: when(paragraph.writtenAt) })}
            </Text>
            {paragraph.editedBy && (
              <Text size="sm" c="dark.7">
                {t("paragraph.edited", {
                  name: paragraph.editedBy.displayName,
                  time: when(paragraph.updatedAt),
                })}
              </Text>
            )}
          </div>
          <RestrictionLabel
            restriction={paragraph.restriction}
            role={paragraph.restrictedRole}
            organisation={paragraph.restrictedOrganisation?.name ?? null}
          />
        </Group>
        {paragraph.readable ? (
          <Text style={{ whiteSpace: "pre-wrap" }}>{paragraph.body}</Text>
        ) : (
          <Group gap="xs" c="dark.7" data-testid="diary-paragraph-restricted">
            <DiaryIcon name="lock" size={18} />
            <Text fs="italic">{t("paragraph.restrictedExists")}</Text>
          </Group>
        )}
        <ThemeBadges themes={themes} themeIds={paragraph.themeIds} />
        {paragraph.visitorCodes.length > 0 && (
          <Text size="sm">
            {t("paragraph.codes")}{" "}
            <Text span ff="monospace" fw={600}>
              {paragraph.visitorCodes.join(", ")}
            </Text>
          </Text>
        )}
        {draft && <DraftLine draft={draft} onOpen={() => setEditing(true)} />}
        {(mayEdit || (canWrite && paragraph.can.remove)) && (
          <Group gap="xs">
            {mayEdit && (
              <Button
                variant="default"
                size="compact-md"
                leftSection={<DiaryIcon name="pencil" size={16} />}
                onClick={() => setEditing(true)}
                aria-label={t("paragraph.editLabel", {
                  name: paragraph.author.displayName,
                  time: when(paragraph.writtenAt),
                })}
              >
                {t("paragraph.edit")}
              </Button>
            )}
            {canWrite && paragraph.can.remove && (
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                size="compact-md"
                onClick={() => setRemoving(true)}
                aria-label={t("paragraph.removeLabel", {
                  name: paragraph.author.displayName,
                  time: when(paragraph.writtenAt),
                })}
              >
                {t("paragraph.remove")}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={removing}
        title={t("paragraph.removeTitle")}
        message={t("paragraph.removeConfirm")}
        confirmLabel={t("paragraph.remove")}
        danger
        busy={remove.isPending}
        error={remove.error}
        onCancel={() => {
          setRemoving(false);
          remove.reset();
        }}
        onConfirm={() =>
          remove.mutate(
            { id: paragraph.id, version: paragraph.version },
            {
              onSuccess: () => {
                setRemoving(false);
                notifications.show({ color: "calm", message: t("paragraph.removed") });
              },
            },
          )
        }
      />
    </Paper>
  );
}

/** My kept change of this paragraph: waiting to be sent, meeting a colleague's, or unfinished. */
function DraftLine({ draft, onOpen }: { draft: DiaryDraft; onOpen: () => void }) {
  const { t } = useTranslation("diary");
  const text =
    draft.state === "pending"
      ? t("drafts.editPending")
      : draft.state === "conflict"
        ? t("drafts.editConflict")
        : draft.state === "refused"
          ? t("drafts.editRefused")
          : t("drafts.editUnfinished");
  return (
    <Paper p="xs" bg={draft.state === "editing" ? "calm.0" : "orange.0"} data-testid="diary-paragraph-draft">
      <Group justify="space-between" gap="xs">
        <Group gap={6} wrap="nowrap">
          <DiaryIcon name={draft.state === "pending" ? "cloudOff" : "pencil"} size={18} />
          <Text size="sm" c="dark.9">
            {text}
          </Text>
        </Group>
        {draft.state !== "pending" && (
          <Button size="compact-sm" variant="light" onClick={onOpen}>
            {draft.state === "conflict" ? t("drafts.compare") : t("drafts.continue")}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
