import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { OneOffOpening, PilotPeriod } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import { FormModal } from "../../../components/FormModal";
import { useSaveOneOffOpening } from "../sites.mutations";
import { useEntrySave } from "../use-entry-save";
import { PilotSelect } from "./PilotSelect";

interface OneOffOpeningFormModalProps {
  siteId: string;
  opening?: OneOffOpening;
  pilotPeriods: PilotPeriod[];
  today: string;
  onClose: () => void;
  onSaved: () => void;
}

export function OneOffOpeningFormModal(props: OneOffOpeningFormModalProps) {
  const { t } = useTranslation("sites");
  const save = useSaveOneOffOpening(props.siteId);
  const editing = props.opening;
  const required = (value: string) => (value ? null : t("fields.required"));
  const form = useForm({
    initialValues: {
      onDate: editing?.onDate ?? props.today,
      startsAt: editing?.startsAt ?? "",
      endsAt: editing?.endsAt ?? "",
      label: editing?.label ?? "",
      pilotPeriodId: editing?.pilotPeriodId ?? "",
    },
    validate: { onDate: required, startsAt: required, endsAt: required },
  });

  const { pageError, submit } = useEntrySave(form, save, props.onSaved);

  const onSubmit = form.onSubmit((values) => {
    const body = { ...values, label: values.label.trim(), pilotPeriodId: values.pilotPeriodId || null };
    submit(editing?.id, body);
  });

  return (
    <FormModal
      title={editing ? t("oneOff.editTitle") : t("oneOff.addTitle")}
      submitLabel={t("week.save")}
      busy={save.isPending}
      error={pageError}
      onClose={props.onClose}
      onSubmit={onSubmit}
    >
      <TextInput
        type="date"
        label={t("fields.date")}
        required
        data-autofocus
        {...form.getInputProps("onDate")}
      />
      <TextInput type="time" label={t("fields.startsAt")} required {...form.getInputProps("startsAt")} />
      <TextInput
        type="time"
        label={t("fields.endsAt")}
        description={t("fields.endsAtHelp")}
        required
        {...form.getInputProps("endsAt")}
      />
      <TextInput
        label={t("fields.label")}
        description={t("fields.labelHelp")}
        maxLength={LIMITS.labelMax}
        {...form.getInputProps("label")}
      />
      <PilotSelect pilotPeriods={props.pilotPeriods} {...form.getInputProps("pilotPeriodId")} />
    </FormModal>
  );
}
