import { Button, Checkbox, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { HEARD_FROM, type HeardFrom } from "../../../../common/contracts/visits";
import { CountrySelect } from "../../../components/CountrySelect";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { LanguagesMultiSelect } from "../../../components/LanguagesMultiSelect";
import { applyVisitorErrors } from "../visitors.errors";
import { useIssueCode } from "../visitors.mutations";
import { visitorPaths } from "../visitors.paths";
import { HeardFromField } from "./HeardFromField";
import { keepEnterInPickers } from "./keep-enter-in-pickers";

const isHeardFrom = (value: string): value is HeardFrom => (HEARD_FROM as readonly string[]).includes(value);

/** Gives a woman a new code: what she tells about herself, never who she is; then her profile, to print the card. */
export function IssueCodeForm() {
  const { t } = useTranslation("visitors");
  const issue = useIssueCode();
  const navigate = useNavigate();
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { nationality: "", languages: [] as string[], heardFrom: "", adultConfirmed: false },
    validate: {
      nationality: (value) => (value ? null : t("fields.nationalityRequired")),
    },
  });

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const body = {
      nationality: values.nationality,
      languages: values.languages,
      heardFrom: isHeardFrom(values.heardFrom) ? values.heardFrom : undefined,
      adultConfirmed: values.adultConfirmed,
    };
    issue.mutate(body, {
      onSuccess: (profile) =>
        void navigate(visitorPaths.profile(profile.id), { state: { notice: { kind: "issued" } } }),
      onError: (error) => {
        if (applyVisitorErrors(form, error)) setPageError(error);
      },
    });
  });

  return (
    <form onSubmit={onSubmit} onKeyDown={keepEnterInPickers} noValidate aria-labelledby="issue-heading">
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
        <Button type="submit" size="lg" loading={issue.isPending} style={{ alignSelf: "flex-start" }}>
          {t("issue.submit")}
        </Button>
      </Stack>
    </form>
  );
}
