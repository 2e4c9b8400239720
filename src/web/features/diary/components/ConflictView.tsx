import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Theme } from "../../../../common/contracts/diary";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { type ParagraphConflict, wordDiff } from "../diary.conflict";
import { formatInstant } from "../diary.time";
import { MarkedText } from "./MarkedText";
import { RestrictionLabel } from "./RestrictionLabel";
import { ThemeBadges } from "./ThemePicker";

interface ConflictViewProps {
  conflict: ParagraphConflict;
  themes: Theme[];
  busy: boolean;
  error: unknown;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onEditFurther: () => void;
}

/**
 * A colleague saved the same paragraph first: both versions side by side, the words that differ
 * marked, and three ways out. Nothing is lost until the person chooses.
 */
export function ConflictView({
  conflict,
  themes,
  busy,
  error,
  onKeepMine,
  onTakeTheirs,
  onEditFurther,
}: ConflictViewProps) {
  const { t, i18n } = useTranslation("diary");
  const { mine, theirs } = conflict;
  const diff = wordDiff(mine.body, theirs?.body ?? "");
  const who = theirs ? (theirs.editedBy?.displayName ?? theirs.author.displayName) : "";
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="diary-conflict-title"
      bd="2px solid var(--mantine-color-orange-7)"
      data-testid="diary-conflict"
    >
      <Stack gap="md">
        <Title order={3} id="diary-conflict-title">
          {t("conflict.title")}
        </Title>
        <Alert color="orange" variant="light" role="alert">
          <Text c="dark.9">
            {theirs
              ? t("conflict.explain", {
                  name: who,
                  time: formatInstant(theirs.updatedAt, i18n.language),
                })
              : t("conflict.removed")}
          </Text>
        </Alert>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Paper
            withBorder
            p="sm"
            bg="calm.0"
            component="section"
            aria-labelledby="diary-conflict-mine"
            data-testid="diary-conflict-mine"
          >
            <Stack gap="xs">
              <Title order={4} id="diary-conflict-mine">
                {t("conflict.mine")}
              </Title>
              <MarkedText parts={diff.mine.map((p) => ({ text: p.text, marked: p.changed }))} />
              <ThemeBadges themes={themes} themeIds={mine.themeIds} />
              <RestrictionLabel
                restriction={mine.restriction}
                role={mine.restrictedRole}
                organisation={null}
              />
              {mine.visitorCodes.length > 0 && <Text ff="monospace">{mine.visitorCodes.join(", ")}</Text>}
            </Stack>
          </Paper>
          <Paper
            withBorder
            p="sm"
            component="section"
            aria-labelledby="diary-conflict-theirs"
            data-testid="diary-conflict-theirs"
          >
            <Stack gap="xs">
              <Title order={4} id="diary-conflict-theirs">
                {theirs ? t("conflict.theirsFor", { name: who }) : t("conflict.theirsRemoved")}
              </Title>
              {theirs ? (
                <>
                  {theirs.readable ? (
                    <MarkedText
                      parts={diff.theirs.map((p) => ({ text: p.text, marked: p.changed }))}
                      color="gray-3"
                    />
                  ) : (
                    <Text fs="italic">{t("paragraph.restrictedExists")}</Text>
                  )}
                  <ThemeBadges themes={themes} themeIds={theirs.themeIds} />
                  <RestrictionLabel
                    restriction={theirs.restriction}
                    role={theirs.restrictedRole}
                    organisation={theirs.restrictedOrganisation?.name ?? null}
                  />
                  {theirs.visitorCodes.length > 0 && (
                    <Text ff="monospace">{theirs.visitorCodes.join(", ")}</Text>
                  )}
                </>
              ) : (
                <Text fs="italic">{t("conflict.removedShort")}</Text>
              )}
            </Stack>
          </Paper>
        </SimpleGrid>
        <ErrorAlert error={error} />
        <Group gap="sm">
          <Button onClick={onKeepMine} loading={busy}>
            {theirs ? t("conflict.keepMine") : t("conflict.addMine")}
          </Button>
          {theirs && (
            <Button variant="default" onClick={onEditFurther} disabled={busy}>
              {t("conflict.editFurther")}
            </Button>
          )}
          <Button variant="subtle" color="red" c="red.9" onClick={onTakeTheirs} disabled={busy}>
            {theirs ? t("conflict.takeTheirs") : t("conflict.discardMine")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
