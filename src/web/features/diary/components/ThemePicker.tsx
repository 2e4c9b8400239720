import { Badge, Button, Chip, Group, Stack, Text } from "@mantine/core";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Theme } from "../../../../common/contracts/diary";
import { type KeywordRule, suggestThemes } from "../../../../common/diary-themes";
import { LIMITS } from "../../../../common/limits";
import { themeName } from "../diary.format";

interface ThemePickerProps {
  themes: Theme[];
  /** The text the suggestions are read from, as it is typed. */
  text: string;
  value: string[];
  onChange: (themeIds: string[]) => void;
  error?: string;
}

/** The rules of the themes still offered (an archived theme suggests nothing). */
export function activeRules(themes: readonly Theme[]): KeywordRule[] {
  return themes.filter((t) => !t.archived).flatMap((t) => t.rules);
}

/**
 * Themes as chips to tap, with the ones the text suggests offered above them (one tap accepts a
 * suggestion). Archived themes are shown only while chosen, so an old paragraph keeps its own.
 */
export function ThemePicker({ themes, text, value, onChange, error }: ThemePickerProps) {
  const { t, i18n } = useTranslation("diary");
  const labelId = useId();
  const rules = useMemo(() => activeRules(themes), [themes]);
  const suggested = useMemo(() => suggestThemes(text, rules, value), [text, rules, value]);
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  const offered = themes.filter((theme) => !theme.archived || value.includes(theme.id));
  const full = value.length >= LIMITS.diaryThemesPerTextMax;
  return (
    <Stack gap="xs">
      <Text fw={500} id={labelId}>
        {t("themes.label")}
      </Text>
      <div aria-live="polite" data-testid="diary-theme-suggestions">
        {suggested.length > 0 && (
          <Group gap="xs">
            <Text size="sm" c="dark.7">
              {t("themes.suggested")}
            </Text>
            {suggested.map((id) => {
              const theme = byId.get(id);
              if (!theme) return null;
              const name = themeName(theme, i18n.language);
              return (
                <Button
                  key={id}
                  size="compact-md"
                  variant="light"
                  disabled={full}
                  onClick={() => onChange([...value, id])}
                  aria-label={t("themes.accept", { theme: name })}
                >
                  + {name}
                </Button>
              );
            })}
          </Group>
        )}
      </div>
      <Chip.Group multiple value={value} onChange={onChange}>
        <Group gap="xs" role="group" aria-labelledby={labelId}>
          {offered.map((theme) => (
            <Chip key={theme.id} value={theme.id} disabled={full && !value.includes(theme.id)}>
              {themeName(theme, i18n.language)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {error && (
        <Text c="red.9" size="sm" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

/** A text's themes as small labels. */
export function ThemeBadges({
  themes,
  themeIds,
}: {
  themes: readonly Theme[] | undefined;
  themeIds: string[];
}) {
  const { i18n } = useTranslation();
  if (themeIds.length === 0) return null;
  const byId = new Map((themes ?? []).map((theme) => [theme.id, theme]));
  return (
    <Group gap={6}>
      {themeIds.map((id) => {
        const theme = byId.get(id);
        return (
          <Badge key={id} variant="light" color="calm" c="calm.9" tt="none" size="md">
            {theme ? themeName(theme, i18n.language) : "…"}
          </Badge>
        );
      })}
    </Group>
  );
}
