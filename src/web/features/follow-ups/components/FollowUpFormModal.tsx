import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { type KeyboardEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FollowUp } from "../../../../common/contracts/follow-ups";
import { LIMITS } from "../../../../common/limits";
import { useCurrentUser } from "../../../app/current-user";
import { FormModal } from "../../../components/FormModal";
import { languageOptions } from "../../../i18n/languages";
import { PersonalDataWarnings } from "../../handover/components/PersonalDataWarnings";
import { addDays } from "../../sites/format";
import { CodeField } from "../../visitors/components/CodeField";
import { applyVisitorErrors } from "../../visitors/visitors.errors";
import {
  type AssigneeChoice,
  checkFollowUpForm,
  createBodyOf,
  emptyFollowUpForm,
  FOLLOW_UP_FIELD_MAP,
  type FollowUpFormValues,
  followUpFormOf,
  updateBodyOf,
} from "../follow-ups.logic";
import { useCreateFollowUp, useUpdateFollowUp } from "../follow-ups.mutations";
import { useColleagues } from "../follow-ups.queries";

interface FollowUpFormModalProps {
  siteId: string;
  timeZone: string;
  /** The site's date today, for the due date's quick choices. */
  today: string;
  /** To change; without it, a new follow-up. */
  followUp?: FollowUp;
  onClose: () => void;
  onSaved: (followUp: FollowUp) => void;
}

/** Enter in a picker chooses an option; it must never also send the half-filled form. */
const keepEnterInPicker = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === "Enter") event.preventDefault();
};

const CHOICES: AssigneeChoice[] = ["me", "any_social_worker", "person"];
const isChoice = (value: string): value is AssigneeChoice => (CHOICES as string[]).includes(value);

/**
 * A new follow-up, or a change to an open one: what needs doing, by when, for whom, optionally her
 * code (the door then tells her a colleague wants to talk to her) and, for going with her to an
 * appointment, when, where and in which language. Nothing typed is lost on a refusal.
 */
export function FollowUpFormModal({
  siteId,
  timeZone,
  today,
  followUp,
  onClose,
  onSaved,
}: FollowUpFormModalProps) {
  const { t, i18n } = useTranslation("follow-ups");
  const me = useCurrentUser();
  const colleagues = useColleagues(siteId);
  const create = useCreateFollowUp();
  const update = useUpdateFollowUp(followUp?.id ?? "");
  const [pageError, setPageError] = useState<unknown>(null);
  const [initial] = useState<FollowUpFormValues>(() =>
    followUp
      ? followUpFormOf(followUp, { meId: me.id, timeZone })
      : emptyFollowUpForm({ today, socialWorker: me.role === "social_worker" }),
  );
  const form = useForm<FollowUpFormValues>({
    initialValues: initial,
    validate: (values) => {
      const problems = checkFollowUpForm(values);
      const errors: Record<string, string> = {};
      for (const [field, problem] of Object.entries(problems)) {
        errors[field] = t(`form.problems.${problem}`, {
          max:
            field === "title"
              ? LIMITS.followUpTitleMax
              : field === "place"
                ? LIMITS.placeMax
                : LIMITS.followUpBodyMax,
        });
      }
      return errors;
    },
  });
  const values = form.values;
  const languages = useMemo(
    () => languageOptions(i18n.language, values.languageNeeded ? [values.languageNeeded] : []),
    [i18n.language, values.languageNeeded],
  );
  const people = (colleagues.data?.items ?? [])
    .filter((person) => person.accountId !== me.id)
    .map((person) => ({ value: person.accountId, label: person.displayName }));
  // A follow-up assigned to someone no longer among the site's staff keeps its name in the list.
  const assigned = followUp?.assignee.kind === "person" ? followUp.assignee : null;
  if (
    assigned?.accountId &&
    assigned.accountId !== me.id &&
    !people.some((p) => p.value === assigned.accountId)
  ) {
    people.push({ value: assigned.accountId, label: assigned.displayName ?? t("assignee.removed") });
  }

  const busy = create.isPending || update.isPending;
  const onError = (error: unknown) => {
    const unplaced = applyVisitorErrors(form, error, {
      codeField: "visitorCode",
      fieldMap: FOLLOW_UP_FIELD_MAP,
    });
    if (unplaced) setPageError(error);
  };

  const onSubmit = form.onSubmit((submitted) => {
    setPageError(null);
    if (!followUp) {
      create.mutate(createBodyOf(submitted, { siteId, meId: me.id, timeZone }), {
        onSuccess: onSaved,
        onError,
      });
      return;
    }
    const change = updateBodyOf(initial, submitted, { meId: me.id, timeZone });
    if (!change) {
      onClose();
      return;
    }
    update.mutate(change, { onSuccess: onSaved, onError });
  });

  const quickDates = [
    { key: "today", date: today },
    { key: "tomorrow", date: addDays(today, 1) },
    { key: "nextWeek", date: addDays(today, 7) },
  ] as const;

  return (
    <FormModal
      title={followUp ? t("form.editTitle") : t("form.newTitle")}
      submitLabel={followUp ? t("form.save") : t("form.create")}
      busy={busy}
      error={pageError}
      onClose={onClose}
      onSubmit={onSubmit}
      size="lg"
    >
      <TextInput
        label={t("form.title")}
        description={t("form.titleHelp")}
        required
        maxLength={LIMITS.followUpTitleMax}
        autoComplete="off"
        data-autofocus
        {...form.getInputProps("title")}
      />
      <Textarea
        label={t("form.body")}
        description={t("form.bodyHelp")}
        autosize
        minRows={3}
        maxRows={10}
        maxLength={LIMITS.followUpBodyMax}
        {...form.getInputProps("body")}
      />
      <PersonalDataWarnings text={`${values.title}\n${values.body}`} />

      <CodeField
        label={t("form.visitorCode")}
        description={t("form.visitorCodeHelp")}
        value={values.visitorCode}
        onChange={(event) => form.setFieldValue("visitorCode", event.currentTarget.value)}
        error={form.errors.visitorCode}
      />

      <Stack gap={6}>
        <TextInput type="date" label={t("form.dueOn")} required {...form.getInputProps("dueOn")} />
        <Group gap="xs" aria-label={t("form.dueQuick")} role="group">
          {quickDates.map((quick) => (
            <Button
              key={quick.key}
              size="xs"
              variant={values.dueOn === quick.date ? "filled" : "default"}
              aria-pressed={values.dueOn === quick.date}
              onClick={() => form.setFieldValue("dueOn", quick.date)}
            >
              {t(`form.due.${quick.key}`)}
            </Button>
          ))}
        </Group>
      </Stack>

      <Radio.Group
        label={t("form.assignee")}
        value={values.assigneeChoice}
        onChange={(value) => {
          if (isChoice(value)) form.setFieldValue("assigneeChoice", value);
        }}
        error={form.errors.assigneeChoice}
      >
        <Stack gap="sm" mt="xs">
          {CHOICES.map((choice) => (
            <Radio key={choice} value={choice} label={t(`form.assigneeChoices.${choice}`)} size="md" />
          ))}
        </Stack>
      </Radio.Group>
      {values.assigneeChoice === "person" && (
        <Select
          label={t("form.person")}
          placeholder={colleagues.isPending ? t("form.personLoading") : t("form.personPlaceholder")}
          data={people}
          searchable
          nothingFoundMessage={t("form.personNothingFound")}
          onKeyDown={keepEnterInPicker}
          required
          {...form.getInputProps("assigneeId")}
        />
      )}

      {followUp ? null : (
        <Checkbox
          size="md"
          label={t("form.accompaniment")}
          description={t("form.accompanimentHelp")}
          {...form.getInputProps("accompaniment", { type: "checkbox" })}
        />
      )}
      {values.accompaniment && (
        <Fieldset legend={t("form.accompanimentLegend")}>
          <Stack gap="md">
            <Text size="sm" c="dark.7">
              {t("form.noMedicalDetail")}
            </Text>
            <Group grow align="flex-start">
              <TextInput
                type="date"
                label={t("form.appointmentDate")}
                required
                {...form.getInputProps("appointmentDate")}
              />
              <TextInput
                type="time"
                label={t("form.appointmentTime")}
                required
                {...form.getInputProps("appointmentTime")}
              />
            </Group>
            <TextInput
              label={t("form.place")}
              description={t("form.placeHelp")}
              required
              maxLength={LIMITS.placeMax}
              autoComplete="off"
              {...form.getInputProps("place")}
            />
            <Select
              label={t("form.languageNeeded")}
              placeholder={t("form.languageNone")}
              data={languages}
              searchable
              clearable
              nothingFoundMessage={t("form.languageNothingFound")}
              onKeyDown={keepEnterInPicker}
              {...form.getInputProps("languageNeeded")}
              value={values.languageNeeded || null}
              onChange={(value) => form.setFieldValue("languageNeeded", value ?? "")}
            />
            <PersonalDataWarnings text={values.place} />
          </Stack>
        </Fieldset>
      )}
    </FormModal>
  );
}
