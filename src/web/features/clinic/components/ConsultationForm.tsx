import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { type ReactNode, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  CLINIC_KINDS,
  type ClinicKind,
  COST_KINDS,
  type Consultation,
  type CostKind,
  REFERRAL_KINDS,
  type ReferralKind,
  TEST_TYPES,
  type TestType,
} from "../../../../common/contracts/clinic";
import type { Site } from "../../../../common/contracts/sites";
import { LIMITS } from "../../../../common/limits";
import { personalDataHint } from "../../../../common/personal-data";
import { isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { CountrySelect } from "../../../components/CountrySelect";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { languageOptions } from "../../../i18n/languages";
import { CodeDisplay } from "../../visitors/components/CodeDisplay";
import { CodeField } from "../../visitors/components/CodeField";
import { formatKroner } from "../clinic.money";
import { useCreateConsultation } from "../clinic.mutations";
import { useMedicines } from "../clinic.queries";
import {
  buildConsultationBody,
  type ConsultationValues,
  costAmountProblem,
  emptyCost,
  emptyDiagnosis,
  emptyDispense,
  emptyReferral,
  icd10Hint,
  initialConsultationValues,
  placeConsultationErrors,
} from "../consultation-form";
import { useProblemText } from "../use-problem-text";
import { ClinicIcon, type ClinicIconName } from "./ClinicIcon";

export interface ConsultationTicket {
  id: string;
  number: number;
}

interface ConsultationFormProps {
  site: Site;
  /** The site picker, when this person works at more than one site. */
  sitePicker: ReactNode;
  /** Her code, known already (from her record): shown, not typed again. */
  knownCode?: string;
  /** The queue ticket she was called with: her code and nationality come from it. */
  ticket?: ConsultationTicket;
  clinicKind?: ClinicKind;
  onSaved: (consultation: Consultation) => void;
  onCancel?: () => void;
}

const FORM_ID = "consultation-form";

/** The whole consultation on one page, saved in one go; nothing typed is lost on a refusal. */
export function ConsultationForm(props: ConsultationFormProps) {
  const { t, i18n } = useTranslation("clinic");
  const language = i18n.language;
  const create = useCreateConsultation();
  const medicines = useMedicines(props.site.id);
  const active = useMemo(() => (medicines.data?.medicines ?? []).filter((m) => m.active), [medicines.data]);
  const problemText = useProblemText();
  const [pageError, setPageError] = useState<unknown>(null);
  const [needsAttention, setNeedsAttention] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const form = useForm<ConsultationValues>({
    initialValues: initialConsultationValues({
      visitorCode: props.knownCode,
      clinicKind: props.clinicKind ?? null,
    }),
    // The message above the button says what was wrong when she pressed it; once she changes
    // something it is left to the fields' own messages.
    onValuesChange: () => setNeedsAttention(false),
  });
  // Controlled: the form re-renders on every change, so these are the values on screen.
  const values = form.values;

  const focusFirstError = () =>
    window.requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    });

  const onSubmit = form.onSubmit((current) => {
    setPageError(null);
    const built = buildConsultationBody(current, {
      siteId: props.site.id,
      ticketId: props.ticket?.id,
      language,
      medicines: active,
    });
    if (!built.ok) {
      const errors: Record<string, string> = {};
      for (const [path, problem] of Object.entries(built.problems)) errors[path] = problemText(problem);
      form.setErrors(errors);
      setNeedsAttention(true);
      focusFirstError();
      return;
    }
    setNeedsAttention(false);
    create.mutate(built.body, {
      onSuccess: props.onSaved,
      onError: (error) => {
        if (!isApiError(error)) return setPageError(error);
        const { errors, unplaced } = placeConsultationErrors(error.fieldErrors, built.formPathOf);
        const messages: Record<string, string> = {};
        for (const [path, fieldError] of Object.entries(errors)) {
          messages[path] = fieldErrorMessage(fieldError.code, fieldError.message);
        }
        // A refusal of her code that names no field belongs on the code field.
        if (
          error.fieldErrors.length === 0 &&
          (error.code === "UNKNOWN_VISITOR_CODE" || error.code === "MALFORMED_VISITOR_CODE") &&
          !props.knownCode
        ) {
          messages.visitorCode = fieldErrorMessage(error.code, error.detail);
        }
        form.setErrors(messages);
        if (Object.keys(messages).length > 0) {
          setNeedsAttention(true);
          focusFirstError();
        }
        if (unplaced.length > 0 || Object.keys(messages).length === 0) setPageError(error);
      },
    });
  });

  const reasonHint = personalDataHint(values.reason);
  const notesHint = personalDataHint(values.notes);
  const kindOptions = (kinds: readonly string[], prefix: "referralKinds" | "costKinds") =>
    kinds.map((kind) => ({
      value: kind,
      label: t(`${prefix}.${kind as "hospital"}` as "referralKinds.hospital"),
    }));

  return (
    <form id={FORM_ID} ref={formRef} onSubmit={onSubmit} noValidate aria-label={t("consultation.newTitle")}>
      <Stack gap="lg">
        <Section icon="record" title={t("consultation.who")} id="consultation-who">
          <Group align="flex-end" gap="lg" wrap="wrap">
            {props.sitePicker}
            <Radio.Group
              label={t("consultation.clinicKind")}
              value={values.clinicKind ?? ""}
              onChange={(value) => form.setFieldValue("clinicKind", value as ClinicKind)}
              error={form.errors.clinicKind}
              withAsterisk
            >
              <Group gap="lg" mt="xs">
                {CLINIC_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} label={t(`kinds.${kind}`)} size="md" />
                ))}
              </Group>
            </Radio.Group>
          </Group>
          {props.ticket ? (
            <Alert color="calm" variant="light">
              <Text c="dark.9">{t("consultation.fromTicket", { number: props.ticket.number })}</Text>
            </Alert>
          ) : props.knownCode ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t("code.label")}
              </Text>
              <CodeDisplay code={props.knownCode} />
            </Stack>
          ) : (
            <Stack gap="sm">
              {!values.withoutCode && (
                <CodeField
                  label={t("code.label")}
                  value={values.visitorCode}
                  onChange={(event) => form.setFieldValue("visitorCode", event.currentTarget.value)}
                  error={form.errors.visitorCode}
                />
              )}
              <Checkbox
                label={t("consultation.withoutCode")}
                checked={values.withoutCode}
                onChange={(event) => form.setFieldValue("withoutCode", event.currentTarget.checked)}
                size="md"
              />
              {values.withoutCode && (
                <CountrySelect
                  label={t("consultation.nationality")}
                  value={values.nationality}
                  onChange={(code) => form.setFieldValue("nationality", code)}
                  error={form.errors.nationality}
                />
              )}
            </Stack>
          )}
        </Section>

        <Section icon="consultation" title={t("consultation.reason")} id="consultation-reason" hideTitle>
          <Textarea
            label={t("consultation.reason")}
            description={t("consultation.reasonHelp")}
            autosize
            minRows={2}
            maxLength={LIMITS.clinicReasonMax}
            withAsterisk
            {...form.getInputProps("reason")}
          />
          <HintLine hint={reasonHint} />
          <Textarea
            label={t("consultation.notes")}
            description={t("consultation.notesHelp")}
            autosize
            minRows={4}
            maxLength={LIMITS.clinicNotesMax}
            {...form.getInputProps("notes")}
          />
          <HintLine hint={notesHint} />
        </Section>

        <Section icon="diagnosis" title={t("consultation.sections.diagnoses")} id="consultation-diagnoses">
          {values.diagnoses.map((row, index) => {
            const hint = icd10Hint(row.icd10);
            const number = index + 1;
            return (
              <Group
                key={row.key}
                align="flex-start"
                gap="sm"
                wrap="wrap"
                role="group"
                aria-label={t("diagnosis.row", { number })}
              >
                <TextInput
                  label={t("diagnosis.text")}
                  maxLength={LIMITS.diagnosisTextMax}
                  style={{ flex: "1 1 280px" }}
                  {...form.getInputProps(`diagnoses.${index}.text`)}
                />
                <TextInput
                  label={t("diagnosis.icd10")}
                  description={
                    hint.kind === "valid"
                      ? t("diagnosis.icd10Valid", { code: hint.code })
                      : t("diagnosis.icd10Help")
                  }
                  maxLength={12}
                  w={200}
                  autoCapitalize="characters"
                  autoComplete="off"
                  spellCheck={false}
                  {...form.getInputProps(`diagnoses.${index}.icd10`)}
                  error={
                    form.errors[`diagnoses.${index}.icd10`] ??
                    (hint.kind === "invalid" && row.icd10.trim().length >= 3
                      ? t("diagnosis.icd10Invalid")
                      : undefined)
                  }
                />
                <RemoveButton
                  label={t("diagnosis.remove", { number })}
                  onClick={() => form.removeListItem("diagnoses", index)}
                />
              </Group>
            );
          })}
          <AddButton
            disabled={values.diagnoses.length >= LIMITS.diagnosesMax}
            onClick={() => form.insertListItem("diagnoses", emptyDiagnosis())}
          >
            {t("diagnosis.add")}
          </AddButton>
        </Section>

        <Section icon="test" title={t("consultation.sections.tests")} id="consultation-tests">
          <Checkbox.Group
            label={t("tests.choose")}
            value={values.tests}
            onChange={(chosen) => form.setFieldValue("tests", chosen as TestType[])}
            error={form.errors.tests}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" mt="xs">
              {TEST_TYPES.map((type) => (
                <Checkbox.Card
                  key={type}
                  value={type}
                  radius="md"
                  p="sm"
                  withBorder
                  style={{
                    borderWidth: 2,
                    borderColor: values.tests.includes(type)
                      ? "var(--mantine-color-calm-7)"
                      : "var(--mantine-color-gray-4)",
                  }}
                >
                  <Group gap="sm" wrap="nowrap">
                    <Checkbox.Indicator />
                    <ClinicIcon icon="test" />
                    <Text fw={500}>{t(`testTypes.${type}`)}</Text>
                  </Group>
                </Checkbox.Card>
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {values.tests.includes("other") && (
            <TextInput
              label={t("tests.otherName")}
              maxLength={LIMITS.testNameMax}
              withAsterisk
              {...form.getInputProps("otherTestName")}
            />
          )}
        </Section>

        <Section icon="medicine" title={t("consultation.sections.medicine")} id="consultation-medicine">
          {medicines.isError && <ErrorAlert error={medicines.error} />}
          {medicines.isSuccess && active.length === 0 && <Text c="dark.6">{t("dispense.noMedicines")}</Text>}
          {values.dispense.map((row, index) => {
            const number = index + 1;
            const medicine = active.find((m) => m.id === row.medicineId);
            return (
              <Group
                key={row.key}
                align="flex-start"
                gap="sm"
                wrap="wrap"
                role="group"
                aria-label={t("dispense.row", { number })}
              >
                <Select
                  label={t("dispense.medicine")}
                  data={active.map((m) => ({
                    value: m.id,
                    label:
                      m.stock > 0
                        ? `${m.name} (${m.stock} ${m.unit})`
                        : `${m.name} (${t("dispense.outOfStock")})`,
                    disabled: m.stock === 0,
                  }))}
                  searchable
                  allowDeselect={false}
                  style={{ flex: "1 1 280px" }}
                  {...form.getInputProps(`dispense.${index}.medicineId`)}
                />
                <NumberInput
                  label={t("dispense.quantity")}
                  description={
                    medicine
                      ? t("dispense.inStock", { count: medicine.stock, unit: medicine.unit })
                      : undefined
                  }
                  min={1}
                  max={LIMITS.dispenseQuantityMax}
                  allowDecimal={false}
                  allowNegative={false}
                  w={160}
                  {...form.getInputProps(`dispense.${index}.quantity`)}
                />
                <RemoveButton
                  label={t("dispense.remove", { number })}
                  onClick={() => form.removeListItem("dispense", index)}
                />
              </Group>
            );
          })}
          <AddButton
            disabled={active.length === 0 || values.dispense.length >= LIMITS.clinicItemsMax}
            onClick={() => form.insertListItem("dispense", emptyDispense())}
          >
            {t("dispense.add")}
          </AddButton>
        </Section>

        <Section icon="referral" title={t("consultation.sections.referrals")} id="consultation-referrals">
          {values.referrals.map((row, index) => {
            const number = index + 1;
            return (
              <Paper
                key={row.key}
                withBorder
                p="md"
                radius="md"
                role="group"
                aria-label={t("referral.row", { number })}
              >
                <Stack gap="sm">
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Select
                      label={t("referral.kind")}
                      data={kindOptions(REFERRAL_KINDS, "referralKinds")}
                      allowDeselect={false}
                      withAsterisk
                      w={260}
                      {...form.getInputProps(`referrals.${index}.kind`)}
                      onChange={(value) =>
                        form.setFieldValue(`referrals.${index}.kind`, value as ReferralKind)
                      }
                    />
                    <RemoveButton
                      label={t("referral.remove", { number })}
                      onClick={() => form.removeListItem("referrals", index)}
                    />
                  </Group>
                  <TextInput
                    label={t("referral.place")}
                    description={t("referral.placeHelp")}
                    maxLength={LIMITS.referralPlaceMax}
                    withAsterisk
                    {...form.getInputProps(`referrals.${index}.place`)}
                  />
                  <Textarea
                    label={t("referral.note")}
                    description={t("referral.noteHelp")}
                    autosize
                    minRows={2}
                    maxLength={LIMITS.referralNoteMax}
                    {...form.getInputProps(`referrals.${index}.note`)}
                  />
                  <ReferralAppointmentFields form={form} index={index} language={language} />
                </Stack>
              </Paper>
            );
          })}
          <AddButton
            disabled={values.referrals.length >= LIMITS.clinicItemsMax}
            onClick={() => form.insertListItem("referrals", emptyReferral())}
          >
            {t("referral.add")}
          </AddButton>
        </Section>

        <Section icon="cost" title={t("consultation.sections.costs")} id="consultation-costs">
          {values.costs.map((row, index) => {
            const number = index + 1;
            const amount = row.amount.trim() ? costAmountProblem(row.amount, language) : null;
            return (
              <Group
                key={row.key}
                align="flex-start"
                gap="sm"
                wrap="wrap"
                role="group"
                aria-label={t("cost.row", { number })}
              >
                <Select
                  label={t("cost.kind")}
                  data={kindOptions(COST_KINDS, "costKinds")}
                  allowDeselect={false}
                  w={200}
                  {...form.getInputProps(`costs.${index}.kind`)}
                  onChange={(value) => form.setFieldValue(`costs.${index}.kind`, value as CostKind)}
                />
                <TextInput
                  label={t("cost.amount")}
                  description={
                    amount && !amount.problem
                      ? t("cost.amountPreview", { amount: formatKroner(amount.ore, language) })
                      : t("cost.amountHelp")
                  }
                  inputMode="decimal"
                  autoComplete="off"
                  w={200}
                  {...form.getInputProps(`costs.${index}.amount`)}
                />
                <TextInput
                  type="date"
                  label={t("cost.incurredOn")}
                  w={200}
                  {...form.getInputProps(`costs.${index}.incurredOn`)}
                />
                <TextInput
                  label={t("cost.note")}
                  maxLength={LIMITS.costNoteMax}
                  style={{ flex: "1 1 200px" }}
                  {...form.getInputProps(`costs.${index}.note`)}
                />
                <RemoveButton
                  label={t("cost.remove", { number })}
                  onClick={() => form.removeListItem("costs", index)}
                />
              </Group>
            );
          })}
          <AddButton
            disabled={values.costs.length >= LIMITS.clinicItemsMax}
            onClick={() => form.insertListItem("costs", emptyCost())}
          >
            {t("cost.add")}
          </AddButton>
        </Section>

        <div role="alert">
          {needsAttention && (
            <Alert color="red" variant="light">
              <Text c="dark.9">{t("consultation.fixFirst")}</Text>
            </Alert>
          )}
        </div>
        <ErrorAlert error={pageError} />
        <Group gap="sm">
          <Button
            type="submit"
            size="lg"
            loading={create.isPending}
            leftSection={<ClinicIcon icon="record" />}
          >
            {t("consultation.save")}
          </Button>
          {props.onCancel && (
            <Button variant="default" size="lg" onClick={props.onCancel}>
              {t("consultation.editCancel")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

type Form = ReturnType<typeof useForm<ConsultationValues>>;

/** Her appointment at the place she is referred to, and whether someone goes with her. */
function ReferralAppointmentFields({
  form,
  index,
  language,
}: {
  form: Form;
  index: number;
  language: string;
}) {
  const { t } = useTranslation("clinic");
  const row = form.getValues().referrals[index];
  const languages = useMemo(() => languageOptions(language), [language]);
  if (!row) return null;
  return (
    <Stack gap="sm">
      <Switch
        size="md"
        label={
          <Group gap={6} wrap="nowrap" component="span">
            <ClinicIcon icon="accompaniment" />
            <span>{t("referral.needsAccompaniment")}</span>
          </Group>
        }
        description={t("referral.accompanimentHelp")}
        {...form.getInputProps(`referrals.${index}.needsAccompaniment`, { type: "checkbox" })}
      />
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          label={t("referral.appointmentOn")}
          withAsterisk={row.needsAccompaniment}
          w={200}
          {...form.getInputProps(`referrals.${index}.appointmentOn`)}
        />
        <TextInput
          type="time"
          label={t("referral.appointmentTime")}
          withAsterisk={row.needsAccompaniment}
          w={140}
          {...form.getInputProps(`referrals.${index}.appointmentTime`)}
        />
        {row.needsAccompaniment && (
          <Select
            label={t("referral.languageNeeded")}
            data={languages}
            searchable
            clearable
            w={240}
            {...form.getInputProps(`referrals.${index}.languageNeeded`)}
          />
        )}
      </Group>
    </Stack>
  );
}

function Section({
  icon,
  title,
  id,
  hideTitle,
  children,
}: {
  icon: ClinicIconName;
  title: string;
  id: string;
  hideTitle?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={hideTitle ? undefined : id}>
      <Stack gap="md">
        {!hideTitle && (
          <Group gap="sm" wrap="nowrap">
            <ClinicIcon icon={icon} size={24} />
            <Title order={2} size="h3" id={id}>
              {title}
            </Title>
          </Group>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

function AddButton({
  onClick,
  disabled,
  children,
}: {
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Button
      variant="light"
      onClick={onClick}
      disabled={disabled}
      leftSection={<ClinicIcon icon="add" />}
      style={{ alignSelf: "flex-start" }}
    >
      {children}
    </Button>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      variant="subtle"
      color="red"
      c="red.9"
      onClick={onClick}
      aria-label={label}
      title={label}
      mt={24}
      px="xs"
    >
      <ClinicIcon icon="remove" />
    </Button>
  );
}

/** A warning while free text looks like a name, a phone number or an e-mail address. */
function HintLine({ hint }: { hint: ReturnType<typeof personalDataHint> }) {
  const { t } = useTranslation("clinic");
  return (
    <Text size="sm" fw={600} c="dark.8" aria-live="polite">
      {hint ? t(`personalData.${hint}`) : ""}
    </Text>
  );
}
