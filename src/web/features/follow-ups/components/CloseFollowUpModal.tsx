import { Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FollowUp } from "../../../../common/contracts/follow-ups";
import { LIMITS } from "../../../../common/limits";
import { applyApiErrors } from "../../../api/form-errors";
import { FormModal } from "../../../components/FormModal";
import { PersonalDataWarnings } from "../../handover/components/PersonalDataWarnings";
import { useCompleteFollowUp, useDropFollowUp } from "../follow-ups.mutations";

interface CloseFollowUpModalProps {
  followUp: FollowUp;
  /** Done (an accompaniment says how it went), or dropped (with why). */
  how: "done" | "drop";
  onClose: () => void;
  onSaved: (followUp: FollowUp) => void;
}

/**
 * Closes a follow-up: an accompaniment is done with its outcome, any follow-up can be dropped with a
 * reason. The text is asked for here, and refused here if empty, before anything is sent.
 */
export function CloseFollowUpModal({ followUp, how, onClose, onSaved }: CloseFollowUpModalProps) {
  const { t } = useTranslation("follow-ups");
  const complete = useCompleteFollowUp(followUp.id);
  const drop = useDropFollowUp(followUp.id);
  const [pageError, setPageError] = useState<unknown>(null);
  const max = how === "done" ? LIMITS.outcomeMax : LIMITS.reasonMax;
  const form = useForm({
    initialValues: { text: "" },
    validate: {
      text: (value) => {
        const text = value.trim();
        if (!text) return how === "done" ? t("close.outcomeRequired") : t("close.reasonRequired");
        return text.length > max ? t("form.problems.tooLong", { max }) : null;
      },
    },
  });
  const onError = (error: unknown) => {
    if (applyApiErrors(form, error, { fieldMap: { outcome: "text", reason: "text" } })) setPageError(error);
  };
  const onSubmit = form.onSubmit(({ text }) => {
    setPageError(null);
    if (how === "done") complete.mutate({ outcome: text.trim() }, { onSuccess: onSaved, onError });
    else drop.mutate({ reason: text.trim() }, { onSuccess: onSaved, onError });
  });
  return (
    <FormModal
      title={how === "done" ? t("close.doneTitle") : t("close.dropTitle")}
      submitLabel={how === "done" ? t("close.doneSubmit") : t("close.dropSubmit")}
      busy={complete.isPending || drop.isPending}
      error={pageError}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Text>{how === "done" ? t("close.doneIntro") : t("close.dropIntro")}</Text>
      <Textarea
        label={how === "done" ? t("close.outcome") : t("close.reason")}
        description={how === "done" ? t("close.outcomeHelp") : undefined}
        required
        autosize
        minRows={3}
        maxLength={max}
        data-autofocus
        {...form.getInputProps("text")}
      />
      <PersonalDataWarnings text={form.values.text} />
    </FormModal>
  );
}
