import { Checkbox, Radio, Select, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MESSAGE_AUDIENCES, type Message, type MessageAudience } from "../../../../common/contracts/messages";
import { LIMITS } from "../../../../common/limits";
import { applyApiErrors } from "../../../api/form-errors";
import { useCurrentUser } from "../../../app/current-user";
import { FormModal } from "../../../components/FormModal";
import { useColleagues } from "../../follow-ups/follow-ups.queries";
import { PersonalDataWarnings } from "../../handover/components/PersonalDataWarnings";
import { type ComposeValues, checkCompose, EMPTY_COMPOSE, sendBodyOf } from "../messages.logic";
import { useSendMessage } from "../messages.mutations";

interface ComposeMessageModalProps {
  siteId: string;
  onClose: () => void;
  onSent: (message: Message) => void;
}

const isAudience = (value: string): value is MessageAudience =>
  (MESSAGE_AUDIENCES as readonly string[]).includes(value);

/** A message to all staff of the site, to the managers, or to one colleague; pinned if it matters for a while. */
export function ComposeMessageModal({ siteId, onClose, onSent }: ComposeMessageModalProps) {
  const { t } = useTranslation("messages");
  const me = useCurrentUser();
  const colleagues = useColleagues(siteId);
  const send = useSendMessage();
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm<ComposeValues>({
    initialValues: EMPTY_COMPOSE,
    validate: (values) => {
      const errors: Record<string, string> = {};
      for (const [field, problem] of Object.entries(checkCompose(values))) {
        errors[field] = t(`compose.problems.${problem}`, { max: LIMITS.messageMax });
      }
      return errors;
    },
  });
  const people = (colleagues.data?.items ?? [])
    .filter((person) => person.accountId !== me.id)
    .map((person) => ({ value: person.accountId, label: person.displayName }));

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    send.mutate(sendBodyOf(values, siteId), {
      onSuccess: onSent,
      onError: (error) => {
        if (applyApiErrors(form, error)) setPageError(error);
      },
    });
  });

  return (
    <FormModal
      title={t("compose.title")}
      submitLabel={t("compose.send")}
      busy={send.isPending}
      error={pageError}
      onClose={onClose}
      onSubmit={onSubmit}
      size="lg"
    >
      <Radio.Group
        label={t("compose.audience")}
        value={form.values.audience}
        onChange={(value) => {
          if (isAudience(value)) form.setFieldValue("audience", value);
        }}
        error={form.errors.audience}
      >
        <Stack gap="sm" mt="xs">
          {MESSAGE_AUDIENCES.map((audience) => (
            <Radio key={audience} value={audience} label={t(`compose.audiences.${audience}`)} size="md" />
          ))}
        </Stack>
      </Radio.Group>
      {form.values.audience === "person" && (
        <Select
          label={t("compose.recipient")}
          placeholder={
            colleagues.isPending ? t("compose.recipientLoading") : t("compose.recipientPlaceholder")
          }
          data={people}
          searchable
          required
          nothingFoundMessage={t("compose.recipientNothingFound")}
          onKeyDown={(event) => {
            // Enter chooses a colleague; it must never also send the message half-addressed.
            if (event.key === "Enter") event.preventDefault();
          }}
          {...form.getInputProps("recipientId")}
          value={form.values.recipientId || null}
          onChange={(value) => form.setFieldValue("recipientId", value ?? "")}
        />
      )}
      <Textarea
        label={t("compose.body")}
        description={t("compose.bodyHelp")}
        required
        autosize
        minRows={4}
        maxRows={14}
        maxLength={LIMITS.messageMax}
        data-autofocus
        {...form.getInputProps("body")}
      />
      <PersonalDataWarnings text={form.values.body} />
      <Checkbox
        size="md"
        label={t("compose.pinned")}
        description={t("compose.pinnedHelp")}
        {...form.getInputProps("pinned", { type: "checkbox" })}
      />
    </FormModal>
  );
}
