import { NativeSelect, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { ACTIVITY_KINDS } from "../../../../common/contracts/public";
import type { Activity, WeeklyOpening } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import { FormModal } from "../../../components/FormModal";
import { useSaveActivity } from "../sites.mutations";
import { useEntrySave } from "../use-entry-save";

interface ActivityFormModalProps {
  siteId: string;
  activity?: Activity;
  /** A weekly activity inside this opening; a one-time activity (on a date) when absent. */
  opening?: WeeklyOpening;
  today: string;
  onClose: () => void;
  onSaved: () => void;
  /** Offered when editing: asks to remove the entry. */
  onRemove?: () => void;
}

/** Clinic hours, a class, legal counselling…: every week inside an opening, or once on a date. */
export function ActivityFormModal(props: ActivityFormModalProps) {
  const { t } = useTranslation("sites");
  const save = useSaveActivity(props.siteId);
  const editing = props.activity;
  const weekly = props.opening !== undefined;
  const required = (value: string) => (value ? null : t("fields.required"));
  const form = useForm({
    initialValues: {
      kind: editing?.kind ?? "class",
      title: editing?.title ?? "",
      startsAt: editing?.startsAt ?? props.opening?.startsAt ?? "",
      endsAt: editing?.endsAt ?? "",
      onDate: editing?.onDate ?? (weekly ? "" : props.today),
      validFrom: editing?.validFrom ?? "",
      validTo: editing?.validTo ?? "",
    },
    validate: {
      startsAt: required,
      endsAt: required,
      onDate: (value) => (weekly || value ? null : t("fields.required")),
    },
  });

  const { pageError, submit } = useEntrySave(form, save, props.onSaved);

  const onSubmit = form.onSubmit((values) => {
    const kind = ACTIVITY_KINDS.find((k) => k === values.kind) ?? "other";
    const body = {
      kind,
      title: values.title.trim(),
      startsAt: values.startsAt,
      endsAt: values.endsAt,
      weeklyOpeningId: props.opening?.id ?? null,
      onDate: weekly ? null : values.onDate,
      validFrom: weekly ? values.validFrom || null : null,
      validTo: weekly ? values.validTo || null : null,
    };
    submit(editing?.id, body);
  });

  const opening = props.opening;
  const title = editing
    ? t("activities.editTitle")
    : opening
      ? t("activities.addWeeklyTitle", {
          what: t("weekly.describe", {
            weekday: t(`weekdaysInText.${opening.weekday as 1}`),
            start: opening.startsAt,
            end: opening.endsAt,
          }),
        })
      : t("activities.addTitle");

  return (
    <FormModal
      title={title}
      submitLabel={t("week.save")}
      busy={save.isPending}
      error={pageError}
      onClose={props.onClose}
      onSubmit={onSubmit}
      onRemove={editing ? props.onRemove : undefined}
      removeLabel={t("week.remove")}
    >
      <NativeSelect
        label={t("fields.kind")}
        data={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activityKinds.${k}`) }))}
        data-autofocus
        {...form.getInputProps("kind")}
      />
      <TextInput
        label={t("fields.title")}
        description={t("fields.titleHelp")}
        maxLength={LIMITS.labelMax}
        {...form.getInputProps("title")}
      />
      {!weekly && (
        <TextInput type="date" label={t("fields.date")} required {...form.getInputProps("onDate")} />
      )}
      <TextInput type="time" label={t("fields.startsAt")} required {...form.getInputProps("startsAt")} />
      <TextInput type="time" label={t("fields.endsAt")} required {...form.getInputProps("endsAt")} />
      {weekly && (
        <>
          <TextInput type="date" label={t("fields.validFrom")} {...form.getInputProps("validFrom")} />
          <TextInput
            type="date"
            label={t("fields.validTo")}
            description={t("fields.validToHelp")}
            {...form.getInputProps("validTo")}
          />
        </>
      )}
    </FormModal>
  );
}
