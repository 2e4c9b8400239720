import { Button, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { readTypedCode } from "../visitors.code-input";
import { applyVisitorErrors } from "../visitors.errors";
import { useLookupCode } from "../visitors.mutations";
import { visitorPaths } from "../visitors.paths";
import { CodeField, useTypedCodeMessage } from "./CodeField";

/** Type the code from her card; a valid, known code opens its profile. */
export function LookupForm() {
  const { t } = useTranslation("visitors");
  const lookup = useLookupCode();
  const navigate = useNavigate();
  const message = useTypedCodeMessage();
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { code: "" },
    validate: {
      code: (value) => {
        const typed = readTypedCode(value);
        if (typed.kind === "valid") return null;
        if (typed.kind === "empty") return t("code.required");
        if (typed.kind === "incomplete") return t("code.tooShort", { count: typed.count });
        return message(typed);
      },
    },
  });

  const onSubmit = form.onSubmit((values) => {
    const typed = readTypedCode(values.code);
    if (typed.kind !== "valid") return;
    setPageError(null);
    lookup.mutate(typed.code, {
      onSuccess: (profile) => void navigate(visitorPaths.profile(profile.id)),
      onError: (error) => {
        if (applyVisitorErrors(form, error, { codeField: "code" })) setPageError(error);
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="lookup-heading">
      <Stack gap="md">
        <ErrorAlert error={pageError} />
        <CodeField
          label={t("lookup.label")}
          value={form.values.code}
          onChange={(event) => form.setFieldValue("code", event.currentTarget.value)}
          error={form.errors.code}
        />
        <Button type="submit" size="lg" loading={lookup.isPending} style={{ alignSelf: "flex-start" }}>
          {t("lookup.submit")}
        </Button>
      </Stack>
    </form>
  );
}
