import { NativeSelect, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StaffSession } from "../../../../common/contracts/roster";
import type { FieldError } from "../../../../common/errors";
import { DUTIES } from "../../../../common/permissions";
import { fieldErrorMessage } from "../../../api/form-errors";
import { FormModal } from "../../../components/FormModal";
import { i18n } from "../../../i18n/i18n";
import { applyFieldErrors } from "../../sites/field-errors";
import { useAssignDuty } from "../roster.mutations";
import { useSiteStaff } from "../roster.queries";

interface AssignDutyModalProps {
  siteId: string;
  session: StaffSession;
  /** "Monday 1 March, 16:00–22:00", as the page shows it. */
  when: string;
  onClose: () => void;
  onSaved: (name: string) => void;
}

function rosterFieldMessage(error: FieldError): string {
  if (error.code === "CONFLICT") return i18n.t("roster:fieldErrors.CONFLICT");
  if (error.code === "OUTSIDE_SESSION") return i18n.t("roster:fieldErrors.OUTSIDE_SESSION");
  return fieldErrorMessage(error.code, error.message);
}

/** Puts a staff member of the site on duty: every week in this session's opening, or only this once. */
export function AssignDutyModal(props: AssignDutyModalProps) {
  const { t } = useTranslation("roster");
  const staff = useSiteStaff(props.siteId, true);
  const assign = useAssignDuty(props.siteId);
  const [pageError, setPageError] = useState<unknown>(null);
  const canRepeat = props.session.weeklyOpeningId !== null;
  const form = useForm({
    initialValues: {
      accountId: "",
      duty: "social_work",
      repeat: canRepeat ? "weekly" : "once",
      validFrom: props.session.date,
      validTo: "",
    },
    validate: { accountId: (value) => (value ? null : t("assign.required")) },
  });

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const duty = DUTIES.find((d) => d === values.duty) ?? "social_work";
    const weekly = values.repeat === "weekly" && props.session.weeklyOpeningId !== null;
    const body = weekly
      ? {
          accountId: values.accountId,
          duty,
          weeklyOpeningId: props.session.weeklyOpeningId,
          validFrom: values.validFrom || null,
          validTo: values.validTo || null,
        }
      : {
          accountId: values.accountId,
          duty,
          onDate: props.session.date,
          sessionStartsAt: props.session.startsAt,
        };
    const name = staff.data?.items.find((s) => s.accountId === values.accountId)?.displayName ?? "";
    assign.mutate(body, {
      onSuccess: () => props.onSaved(name),
      onError: (error) => {
        if (applyFieldErrors(form, error, rosterFieldMessage)) setPageError(error);
      },
    });
  });

  const members = staff.data?.items ?? [];
  return (
    <FormModal
      title={t("assign.title")}
      submitLabel={t("assign.save")}
      busy={assign.isPending}
      error={pageError ?? staff.error}
      onClose={props.onClose}
      onSubmit={onSubmit}
    >
      <Text size="sm">{t("assign.session", { when: props.when })}</Text>
      {staff.isSuccess && members.length === 0 && <Text c="dark.6">{t("assign.noStaff")}</Text>}
      <NativeSelect
        label={t("assign.staff")}
        description={t("assign.staffHelp")}
        data={[
          { value: "", label: "—" },
          ...members.map((m) => ({ value: m.accountId, label: m.displayName })),
        ]}
        required
        data-autofocus
        {...form.getInputProps("accountId")}
      />
      <NativeSelect
        label={t("assign.duty")}
        data={DUTIES.map((d) => ({ value: d, label: t(`duties.${d}`) }))}
        {...form.getInputProps("duty")}
      />
      {canRepeat && (
        <Radio.Group label={t("assign.repeat")} {...form.getInputProps("repeat")}>
          <Stack gap="xs" mt="xs">
            <Radio value="weekly" label={t("assign.everyWeek")} />
            <Radio value="once" label={t("assign.onlyThis")} />
          </Stack>
        </Radio.Group>
      )}
      {canRepeat && form.values.repeat === "weekly" && (
        <>
          <TextInput type="date" label={t("assign.validFrom")} {...form.getInputProps("validFrom")} />
          <TextInput
            type="date"
            label={t("assign.validTo")}
            description={t("assign.validToHelp")}
            {...form.getInputProps("validTo")}
          />
        </>
      )}
    </FormModal>
  );
}
