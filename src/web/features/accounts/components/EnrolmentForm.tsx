import { Button, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyApiErrors } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { useConfirmEnrolment } from "../accounts.mutations";
import { useEnrolment } from "../accounts.queries";
import { QrCodeImage } from "./QrCodeImage";
import { SecretKey } from "./SecretKey";

interface EnrolmentFormProps {
  onEnrolled: (recoveryCodes: string[]) => void;
}

/** Connects an authenticator app: scan (or type) the secret, then prove it with a first code. */
export function EnrolmentForm({ onEnrolled }: EnrolmentFormProps) {
  const { t } = useTranslation("accounts");
  const enrolment = useEnrolment(true);
  const confirm = useConfirmEnrolment();
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { code: "" },
    validate: {
      code: (value) => (/^\d{6}$/.test(value.replace(/\s/g, "")) ? null : t("secondFactor.codeInvalid")),
    },
  });

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    confirm.mutate(values.code.replace(/\s/g, ""), {
      onSuccess: (result) => onEnrolled(result.recoveryCodes),
      onError: (error) => {
        form.setFieldValue("code", "");
        if (applyApiErrors(form, error)) setPageError(error);
      },
    });
  });

  return (
    <Stack gap="lg">
      <Title order={1}>{t("enrol.title")}</Title>
      <Text>{t("enrol.intro")}</Text>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("enrol.step1.title")}
        </Title>
        <Text>{t("enrol.step1.body")}</Text>
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("enrol.step2.title")}
        </Title>
        {enrolment.isPending && <FullPageLoader />}
        <ErrorAlert error={enrolment.error} />
        {enrolment.data && (
          <>
            <Text>{t("enrol.step2.body")}</Text>
            <QrCodeImage svg={enrolment.data.qrSvg} alt={t("enrol.step2.qrAlt")} />
            <Text size="sm">{t("enrol.step2.manual")}</Text>
            <SecretKey secret={enrolment.data.secret} />
          </>
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("enrol.step3.title")}
        </Title>
        <ErrorAlert error={pageError} />
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t("fields.appCode")}
              description={t("enrol.step3.body")}
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={7}
              required
              disabled={!enrolment.data}
              {...form.getInputProps("code")}
            />
            <Button type="submit" loading={confirm.isPending} disabled={!enrolment.data}>
              {t("enrol.step3.submit")}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Stack>
  );
}
