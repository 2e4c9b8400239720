import { Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { Closure } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import { FormModal } from "../../../components/FormModal";
import { useSaveClosure } from "../sites.mutations";
import { useEntrySave } from "../use-entry-save";

interface ClosureFormModalProps {
  siteId: string;
  closure?: Closure;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}

export function ClosureFormModal(props: ClosureFormModalProps) {
  const { t } = useTranslation("sites");
  const save = useSaveClosure(props.siteId);
  const editing = props.closure;
  const required = (value: string) => (value ? null : t("fields.required"));
  const form = useForm({
    initialValues: {
      startsOn: editing?.startsOn ?? props.today,
      endsOn: editing?.endsOn ?? props.today,
      reason: editing?.reason ?? "",
    },
    validate: { startsOn: required, endsOn: required },
  });

  const { pageError, submit } = useEntrySave(form, save, props.onSaved);

  const onSubmit = form.onSubmit((values) => {
    submit(editing?.id, { ...values, reason: values.reason.trim() });
  });

  return (
    <FormModal
      title={editing ? t("closures.editTitle") : t("closures.addTitle")}
      submitLabel={t("week.save")}
      busy={save.isPending}
      error={pageError}
      onClose={props.onClose}
      onSubmit={onSubmit}
    >
      <TextInput
        type="date"
        label={t("fields.startsOn")}
        required
        data-autofocus
        {...form.getInputProps("startsOn")}
      />
      <TextInput type="date" label={t("fields.endsOn")} required {...form.getInputProps("endsOn")} />
      <Textarea
        label={t("fields.reason")}
        description={t("fields.reasonHelp")}
        maxLength={LIMITS.reasonMax}
        autosize
        minRows={2}
        {...form.getInputProps("reason")}
      />
    </FormModal>
  );
}
