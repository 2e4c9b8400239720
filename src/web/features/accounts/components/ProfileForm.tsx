import { Button, Group, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../../common/contracts/accounts";
import { LIMITS } from "../../../../common/limits";
import { applyApiErrors } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { LanguagesMultiSelect } from "../../../components/LanguagesMultiSelect";
import { useUpdateProfile } from "../accounts.mutations";

/** Name, profession and spoken languages. (The screen language is saved by its own switch.) */
export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation("accounts");
  const updateProfile = useUpdateProfile();
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      displayName: me.displayName,
      profession: me.profession,
      languages: me.languages,
    },
    validate: {
      displayName: (value) => (value.trim() ? null : t("fields.displayNameRequired")),
    },
  });

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    updateProfile.mutate(
      {
        displayName: values.displayName.trim(),
        profession: values.profession.trim(),
        languages: values.languages,
      },
      {
        onSuccess: (saved) => {
          form.setInitialValues({ ...values, displayName: saved.displayName, profession: saved.profession });
          form.resetDirty();
          notifications.show({ color: "calm", message: t("profile.saved") });
        },
        onError: (error) => {
          if (applyApiErrors(form, error)) setPageError(error);
        },
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={pageError} />
        <TextInput
          label={t("fields.displayName")}
          description={t("fields.displayNameHelp")}
          autoComplete="name"
          maxLength={LIMITS.displayNameMax}
          required
          {...form.getInputProps("displayName")}
        />
        <TextInput
          label={t("fields.profession")}
          description={t("fields.professionHelp")}
          autoComplete="organization-title"
          maxLength={LIMITS.professionMax}
          {...form.getInputProps("profession")}
        />
        <LanguagesMultiSelect
          label={t("fields.languages")}
          description={t("fields.languagesHelp")}
          {...form.getInputProps("languages")}
        />
        <Group>
          <Button type="submit" loading={updateProfile.isPending}>
            {t("profile.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
