import {
  Badge,
  Button,
  CloseButton,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { KeywordRuleView, Theme } from "../../../../common/contracts/diary";
import { LIMITS } from "../../../../common/limits";
import { applyApiErrors, errorMessage } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FormModal } from "../../../components/FormModal";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { themeName } from "../diary.format";
import {
  useAddKeywordRule,
  useCreateTheme,
  useRemoveKeywordRule,
  useUpdateKeywordRule,
  useUpdateTheme,
} from "../diary.mutations";
import { useThemes } from "../diary.queries";

type Language = "da" | "en";
const LANGUAGES: Language[] = ["da", "en"];

/** Managers: the diary's themes (the eight built in, and added ones) and the keywords that suggest them. */
export function ThemeSettingsPage() {
  const { t } = useTranslation("diary");
  usePageTitle(t("themeSettings.title"));
  const themes = useThemes();
  const [editing, setEditing] = useState<Theme | "new" | null>(null);

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={1}>{t("themeSettings.title")}</Title>
          <Text c="dark.7">{t("themeSettings.intro")}</Text>
        </Stack>
        <Button onClick={() => setEditing("new")}>{t("themeSettings.add")}</Button>
      </Group>
      {themes.isPending ? (
        <FullPageLoader />
      ) : themes.isError ? (
        <ErrorAlert error={themes.error} />
      ) : (
        <Stack gap="md">
          {themes.data.themes.map((theme) => (
            <ThemeCard key={theme.id} theme={theme} onRename={() => setEditing(theme)} />
          ))}
        </Stack>
      )}
      {editing && (
        <ThemeNameModal theme={editing === "new" ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

function ThemeCard({ theme, onRename }: { theme: Theme; onRename: () => void }) {
  const { t, i18n } = useTranslation("diary");
  const update = useUpdateTheme();
  const name = themeName(theme, i18n.language);
  const headingId = `diary-theme-${theme.id}`;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid="diary-theme-card"
      bg={theme.archived ? "gray.1" : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={2} size="h3" id={headingId}>
                {name}
              </Title>
              {theme.builtIn && (
                <Badge variant="light" color="gray" c="dark.9" tt="none">
                  {t("themeSettings.builtIn")}
                </Badge>
              )}
              {theme.archived && (
                <Badge variant="filled" color="gray.8" tt="none">
                  {t("themeSettings.archived")}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dark.7">
              {t("themeSettings.names", { da: theme.names.da, en: theme.names.en })}
            </Text>
          </Stack>
          <Group gap="sm">
            {!theme.builtIn && (
              <Button
                variant="default"
                size="compact-md"
                onClick={onRename}
                aria-label={t("themeSettings.renameLabel", { theme: name })}
              >
                {t("themeSettings.rename")}
              </Button>
            )}
            <Switch
              checked={!theme.archived}
              onChange={(event) =>
                update.mutate(
                  { id: theme.id, body: { archived: !event.currentTarget.checked } },
                  {
                    onSuccess: (saved) =>
                      notifications.show({
                        color: "calm",
                        message: saved.archived
                          ? t("themeSettings.archivedDone", { theme: name })
                          : t("themeSettings.restoredDone", { theme: name }),
                      }),
                  },
                )
              }
              label={t("themeSettings.offered", { theme: name })}
              disabled={update.isPending}
            />
          </Group>
        </Group>
        <ErrorAlert error={update.error} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {LANGUAGES.map((language) => (
            <KeywordColumn key={language} theme={theme} language={language} />
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

function KeywordColumn({ theme, language }: { theme: Theme; language: Language }) {
  const { t, i18n } = useTranslation("diary");
  const add = useAddKeywordRule();
  const remove = useRemoveKeywordRule();
  const [editing, setEditing] = useState<KeywordRuleView | null>(null);
  const [keyword, setKeyword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const rules = theme.rules.filter((rule) => rule.language === language);
  const name = themeName(theme, i18n.language);
  const labelId = `diary-keywords-${theme.id}-${language}`;

  const onAdd = () => {
    const value = keyword.trim();
    if (value.length < 2) {
      setError(t("themeSettings.keywordTooShort"));
      return;
    }
    if (value.length > LIMITS.diaryKeywordMax) {
      setError(t("themeSettings.keywordTooLong", { max: LIMITS.diaryKeywordMax }));
      return;
    }
    add.mutate(
      { themeId: theme.id, body: { language, keyword: value } },
      {
        onSuccess: () => {
          setKeyword("");
          setError(null);
        },
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  };

  return (
    <Stack gap="xs">
      <Text fw={600} id={labelId}>
        {t(`themeSettings.keywords.${language}`)}
      </Text>
      {rules.length === 0 ? (
        <Text size="sm" c="dark.7">
          {t("themeSettings.noKeywords")}
        </Text>
      ) : (
        <Group
          gap={6}
          component="ul"
          style={{ listStyle: "none", padding: 0, margin: 0 }}
          aria-labelledby={labelId}
        >
          {rules.map((rule) => (
            <Group
              key={rule.id}
              component="li"
              gap={0}
              wrap="nowrap"
              style={{ border: "1px solid var(--mantine-color-gray-5)", borderRadius: 999, paddingLeft: 10 }}
            >
              <UnstyledButton
                onClick={() => setEditing(rule)}
                aria-label={t("themeSettings.editKeywordLabel", { keyword: rule.keyword })}
                fz="sm"
              >
                {rule.keyword}
              </UnstyledButton>
              <CloseButton
                size="sm"
                onClick={() => remove.mutate(rule.id)}
                disabled={remove.isPending}
                aria-label={t("themeSettings.removeKeywordLabel", { keyword: rule.keyword })}
              />
            </Group>
          ))}
        </Group>
      )}
      <ErrorAlert error={remove.error} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onAdd();
        }}
      >
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label={t(`themeSettings.addKeyword.${language}`, { theme: name })}
            value={keyword}
            onChange={(e) => {
              setKeyword(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            size="sm"
            style={{ flex: 1 }}
            autoComplete="off"
          />
          <Button type="submit" size="sm" mt={24} variant="default" loading={add.isPending}>
            {t("themeSettings.addKeywordButton")}
          </Button>
        </Group>
      </form>
      {editing && <KeywordModal rule={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function KeywordModal({ rule, onClose }: { rule: KeywordRuleView; onClose: () => void }) {
  const { t } = useTranslation("diary");
  const update = useUpdateKeywordRule();
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { keyword: rule.keyword },
    validate: {
      keyword: (value) =>
        value.trim().length < 2
          ? t("themeSettings.keywordTooShort")
          : value.trim().length > LIMITS.diaryKeywordMax
            ? t("themeSettings.keywordTooLong", { max: LIMITS.diaryKeywordMax })
            : null,
    },
  });
  return (
    <FormModal
      title={t("themeSettings.editKeyword")}
      submitLabel={t("themeSettings.save")}
      busy={update.isPending}
      error={pageError}
      onClose={onClose}
      onSubmit={form.onSubmit((values) =>
        update.mutate(
          { id: rule.id, body: { keyword: values.keyword.trim() } },
          {
            onSuccess: onClose,
            onError: (error) => {
              if (applyApiErrors(form, error)) setPageError(error);
            },
          },
        ),
      )}
    >
      <TextInput
        label={t(`themeSettings.keywords.${rule.language}`)}
        data-autofocus
        {...form.getInputProps("keyword")}
      />
    </FormModal>
  );
}

function ThemeNameModal({ theme, onClose }: { theme: Theme | null; onClose: () => void }) {
  const { t } = useTranslation("diary");
  const create = useCreateTheme();
  const update = useUpdateTheme();
  const [pageError, setPageError] = useState<unknown>(null);
  const required = (value: string) =>
    value.trim() === ""
      ? t("themeSettings.nameRequired")
      : value.trim().length > LIMITS.diaryThemeNameMax
        ? t("themeSettings.nameTooLong", { max: LIMITS.diaryThemeNameMax })
        : null;
  const form = useForm({
    initialValues: { da: theme?.names.da ?? "", en: theme?.names.en ?? "" },
    validate: { da: required, en: required },
  });
  const onError = (error: unknown) => {
    if (applyApiErrors(form, error, { fieldMap: { "names.da": "da", "names.en": "en" } }))
      setPageError(error);
  };
  return (
    <FormModal
      title={theme ? t("themeSettings.renameTitle") : t("themeSettings.addTitle")}
      submitLabel={theme ? t("themeSettings.save") : t("themeSettings.add")}
      busy={create.isPending || update.isPending}
      error={pageError}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => {
        const names = { da: values.da.trim(), en: values.en.trim() };
        if (theme) update.mutate({ id: theme.id, body: { names } }, { onSuccess: onClose, onError });
        else
          create.mutate(
            { names },
            {
              onSuccess: (saved) => {
                notifications.show({
                  color: "calm",
                  message: t("themeSettings.added", { theme: saved.names.en }),
                });
                onClose();
              },
              onError,
            },
          );
      })}
    >
      <TextInput label={t("themeSettings.nameDa")} data-autofocus {...form.getInputProps("da")} />
      <TextInput label={t("themeSettings.nameEn")} {...form.getInputProps("en")} />
    </FormModal>
  );
}
