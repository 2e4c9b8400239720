import { NativeSelect, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { PilotPeriod, WeeklyOpening } from "../../../../common/contracts/sites";
import { FormModal } from "../../../components/FormModal";
import { useSaveWeeklyOpening } from "../sites.mutations";
import { useEntrySave } from "../use-entry-save";
import { PilotSelect } from "./PilotSelect";

interface WeeklyOpeningFormModalProps {
  siteId: string;
  /** Editing this opening; adding a new one when absent. */
  opening?: WeeklyOpening;
  pilotPeriods: PilotPeriod[];
  today: string;
  onClose: () => void;
  onSaved: () => void;
  /** Offered when editing: asks to remove the entry. */
  onRemove?: () => void;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function WeeklyOpeningFormModal(props: WeeklyOpeningFormModalProps) {
  const { t } = useTranslation("sites");
  const save = useSaveWeeklyOpening(props.siteId);
  const editing = props.opening;
  const required = (value: string) => (value ? null : t("fields.required"));
  const form = useForm({
    initialValues: {
      weekday: String(editing?.weekday ?? 1),
      startsAt: editing?.startsAt ?? "",
      endsAt: editing?.endsAt ?? "",
      validFrom: editing?.validFrom ?? props.today,
      validTo: editing?.validTo ?? "",
      pilotPeriodId: editing?.pilotPeriodId ?? "",
    },
    validate: { startsAt: required, endsAt: required, validFrom: required },
  });

  const { pageError, submit } = useEntrySave(form, save, props.onSaved);

  const onSubmit = form.onSubmit((values) => {
    const body = {
      weekday: Number(values.weekday),
      startsAt: values.startsAt,
      endsAt: values.endsAt,
      validFrom: values.validFrom,
      validTo: values.validTo || null,
      pilotPeriodId: values.pilotPeriodId || null,
    };
    submit(editing?.id, body);
  });

  return (
    <FormModal
      title={editing ? t("weekly.editTitle") : t("weekly.addTitle")}
      submitLabel={t("week.save")}
      busy={save.isPending}
      error={pageError}
      onClose={props.onClose}
      onSubmit={onSubmit}
      onRemove={editing ? props.onRemove : undefined}
      removeLabel={t("week.remove")}
    >
      <NativeSelect
        label={t("fields.weekday")}
        data={WEEKDAYS.map((d) => ({ value: String(d), label: t(`weekdays.${d}`) }))}
        required
        data-autofocus
        {...form.getInputProps("weekday")}
      />
      <TextInput type="time" label={t("fields.startsAt")} required {...form.getInputProps("startsAt")} />
      <TextInput
        type="time"
        label={t("fields.endsAt")}
        description={t("fields.endsAtHelp")}
        required
        {...form.getInputProps("endsAt")}
      />
      <TextInput type="date" label={t("fields.validFrom")} required {...form.getInputProps("validFrom")} />
      <TextInput
        type="date"
        label={t("fields.validTo")}
        description={t("fields.validToHelp")}
        {...form.getInputProps("validTo")}
      />
      <PilotSelect pilotPeriods={props.pilotPeriods} {...form.getInputProps("pilotPeriodId")} />
    </FormModal>
  );
}
