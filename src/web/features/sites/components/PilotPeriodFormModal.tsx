import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { PilotPeriod } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import { FormModal } from "../../../components/FormModal";
import { useSavePilotPeriod } from "../sites.mutations";
import { useEntrySave } from "../use-entry-save";

interface PilotPeriodFormModalProps {
  siteId: string;
  pilotPeriod?: PilotPeriod;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}

export function PilotPeriodFormModal(props: PilotPeriodFormModalProps) {
  const { t } = useTranslation("sites");
  const save = useSavePilotPeriod(props.siteId);
  const editing = props.pilotPeriod;
  const required = (value: string) => (value.trim() ? null : t("fields.required"));
  const form = useForm({
    initialValues: {
      label: editing?.label ?? "",
      startsOn: editing?.startsOn ?? props.today,
      endsOn: editing?.endsOn ?? "",
    },
    validate: { label: required, startsOn: required, endsOn: required },
  });

  const { pageError, submit } = useEntrySave(form, save, props.onSaved);

  const onSubmit = form.onSubmit((values) => {
    submit(editing?.id, { ...values, label: values.label.trim() });
  });

  return (
    <FormModal
      title={editing ? t("pilots.editTitle") : t("pilots.addTitle")}
      submitLabel={t("week.save")}
      busy={save.isPending}
      error={pageError}
      onClose={props.onClose}
      onSubmit={onSubmit}
    >
      <TextInput
        label={t("fields.pilotLabel")}
        maxLength={LIMITS.labelMax}
        required
        data-autofocus
        {...form.getInputProps("label")}
      />
      <TextInput type="date" label={t("fields.startsOn")} required {...form.getInputProps("startsOn")} />
      <TextInput type="date" label={t("fields.endsOn")} required {...form.getInputProps("endsOn")} />
    </FormModal>
  );
}
