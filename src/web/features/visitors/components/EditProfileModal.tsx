import { Button, Checkbox, Group, Modal, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { HEARD_FROM, type HeardFrom, type VisitorProfile } from "../../../../common/contracts/visits";
import { LIMITS } from "../../../../common/limits";
import { personalDataHint } from "../../../../common/personal-data";
import { CountrySelect } from "../../../components/CountrySelect";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { LanguagesMultiSelect } from "../../../components/LanguagesMultiSelect";
import { applyVisitorErrors } from "../visitors.errors";
import { useUpdateCode } from "../visitors.mutations";
import { HeardFromField } from "./HeardFromField";
import { keepEnterInPickers } from "./keep-enter-in-pickers";

interface EditProfileModalProps {
  profile: VisitorProfile;
  onClose: () => void;
  onSaved: () => void;
}

const isHeardFrom = (value: string): value is HeardFrom => (HEARD_FROM as readonly string[]).includes(value);

/**
 * Changes what the profile says about her and, for those who may read it, her nickname. Only changed
 * fields are sent: a nickname this person cannot see is never overwritten.
 */
export function EditProfileModal({ profile, onClose, onSaved }: EditProfileModalProps) {
  const { t } = useTranslation("visitors");
  const { t: common } = useTranslation();
  const update = useUpdateCode(profile.id);
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      nationality: profile.nationality,
      languages: profile.languages,
      heardFrom: profile.heardFrom ?? "",
      adultConfirmed: profile.adultConfirmed,
      nickname: profile.nickname ?? "",
    },
    validate: {
      nationality: (value) => (value ? null : t("fields.nationalityRequired")),
      nickname: (value) =>
        value.trim().length > LIMITS.nicknameMax ? t("nickname.tooLong", { max: LIMITS.nicknameMax }) : null,
    },
  });
  const hint = personalDataHint(form.values.nickname);

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const body = {
      nationality: form.isDirty("nationality") ? values.nationality : undefined,
      languages: form.isDirty("languages") ? values.languages : undefined,
      heardFrom: form.isDirty("heardFrom")
        ? isHeardFrom(values.heardFrom)
          ? values.heardFrom
          : null
        : undefined,
      adultConfirmed: form.isDirty("adultConfirmed") ? values.adultConfirmed : undefined,
      nickname: profile.can.readNickname && form.isDirty("nickname") ? values.nickname.trim() : undefined,
    };
    if (Object.values(body).every((value) => value === undefined)) {
      onClose();
      return;
    }
    update.mutate(body, {
      onSuccess: onSaved,
      onError: (error) => {
        if (applyVisitorErrors(form, error)) setPageError(error);
      },
    });
  });

  return (
    <Modal opened onClose={onClose} title={t("edit.title")} size="lg" closeOnClickOutside={false}>
      <form onSubmit={onSubmit} onKeyDown={keepEnterInPickers} noValidate>
        <Stack gap="lg">
          <ErrorAlert error={pageError} />
          <CountrySelect
            label={t("fields.nationality")}
            value={form.values.nationality || null}
            onChange={(code) => form.setFieldValue("nationality", code)}
            error={form.errors.nationality}
          />
          <LanguagesMultiSelect
            label={t("fields.languages")}
            description={t("fields.languagesHelp")}
            selectFirstOptionOnChange
            {...form.getInputProps("languages")}
          />
          <HeardFromField
            value={form.values.heardFrom}
            onChange={(value) => form.setFieldValue("heardFrom", value)}
            error={form.errors.heardFrom}
          />
          <Checkbox
            size="md"
            label={t("fields.adultConfirmed")}
            description={t("fields.adultConfirmedHelp")}
            {...form.getInputProps("adultConfirmed", { type: "checkbox" })}
          />
          {profile.can.readNickname && (
            <Stack gap="xs">
              <TextInput
                label={t("nickname.label")}
                description={t("nickname.help")}
                maxLength={LIMITS.nicknameMax}
                autoComplete="off"
                {...form.getInputProps("nickname")}
              />
              <div role="status">
                {hint && (
                  <Paper p="sm" bg="orange.0" bd="1px solid orange.7">
                    <Text fw={700} c="dark.9">
                      {t(`nickname.hints.${hint}`)}
                    </Text>
                    <Text size="sm" c="dark.8">
                      {t("nickname.hintMore")}
                    </Text>
                  </Paper>
                )}
              </div>
            </Stack>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {common("actions.cancel")}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t("edit.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
