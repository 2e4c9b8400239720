import { Group, NumberInput, Select, SimpleGrid, Switch, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  COST_KINDS,
  type CostKind,
  REFERRAL_KINDS,
  type ReferralKind,
  TEST_TYPES,
  type TestType,
} from "../../../../common/contracts/clinic";
import { LIMITS } from "../../../../common/limits";
import { isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { FormModal } from "../../../components/FormModal";
import { languageOptions } from "../../../i18n/languages";
import { formatKroner } from "../clinic.money";
import { useAddCost, useAddReferral, useAddTest, useDispense } from "../clinic.mutations";
import { useMedicines } from "../clinic.queries";
import {
  type CostRow,
  checkCost,
  checkReferral,
  costAmountProblem,
  emptyCost,
  emptyReferral,
  type Problem,
  type ReferralRow,
} from "../consultation-form";
import { useProblemText } from "../use-problem-text";
import { ClinicIcon } from "./ClinicIcon";

interface AdditionProps {
  consultationId: string;
  siteId: string;
  onClose: () => void;
  onSaved: () => void;
}

/** Server refusals on the dialog's fields ("note" stays "note"; "amountOre" is the "amount" field). */
function serverErrors(error: unknown, fieldMap: Record<string, string> = {}) {
  const errors: Record<string, string> = {};
  let unplaced = !isApiError(error) || error.fieldErrors.length === 0;
  if (isApiError(error)) {
    for (const fieldError of error.fieldErrors) {
      const field = fieldMap[fieldError.path] ?? fieldError.path;
      if (!field) unplaced = true;
      else errors[field] ??= fieldErrorMessage(fieldError.code, fieldError.message);
    }
  }
  return { errors, unplaced };
}

function useTranslatedProblems() {
  const problemText = useProblemText();
  return (problems: Record<string, Problem>) => {
    const errors: Record<string, string> = {};
    for (const [path, problem] of Object.entries(problems)) errors[path] = problemText(problem);
    return errors;
  };
}

/** Another test taken in the consultation. */
export function AddTestModal({ consultationId, onClose, onSaved }: AdditionProps) {
  const { t } = useTranslation("clinic");
  const add = useAddTest(consultationId);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<{ testType: TestType | null; otherName: string }>({
    initialValues: { testType: null, otherName: "" },
    validate: {
      testType: (value) => (value ? null : t("problems.required")),
      otherName: (value, values) =>
        values.testType !== "other"
          ? null
          : !value.trim()
            ? t("problems.required")
            : value.trim().length > LIMITS.testNameMax
              ? t("problems.tooLong", { max: LIMITS.testNameMax })
              : null,
    },
  });
  return (
    <FormModal
      title={t("tests.addTitle")}
      submitLabel={t("tests.addSave")}
      busy={add.isPending}
      error={error}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => {
        if (!values.testType) return;
        setError(null);
        add.mutate(
          {
            testType: values.testType,
            ...(values.testType === "other" ? { otherName: values.otherName.trim() } : {}),
          },
          {
            onSuccess: onSaved,
            onError: (e) => {
              const placed = serverErrors(e);
              form.setErrors(placed.errors);
              if (placed.unplaced) setError(e);
            },
          },
        );
      })}
    >
      <Select
        label={t("consultation.sections.tests")}
        data={TEST_TYPES.map((type) => ({ value: type, label: t(`testTypes.${type}`) }))}
        allowDeselect={false}
        withAsterisk
        data-autofocus
        {...form.getInputProps("testType")}
      />
      {form.values.testType === "other" && (
        <TextInput
          label={t("tests.otherName")}
          maxLength={LIMITS.testNameMax}
          withAsterisk
          {...form.getInputProps("otherName")}
        />
      )}
    </FormModal>
  );
}

/** Medicine handed to her from the clinic's stock. */
export function DispenseModal({ consultationId, siteId, onClose, onSaved }: AdditionProps) {
  const { t } = useTranslation("clinic");
  const dispense = useDispense(consultationId, siteId);
  const medicines = useMedicines(siteId);
  const active = (medicines.data?.medicines ?? []).filter((m) => m.active);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<{ medicineId: string | null; quantity: number | string }>({
    initialValues: { medicineId: null, quantity: 1 },
    validate: {
      medicineId: (value) => (value ? null : t("problems.required")),
      quantity: (value, values) => {
        if (
          typeof value !== "number" ||
          !Number.isInteger(value) ||
          value < 1 ||
          value > LIMITS.dispenseQuantityMax
        ) {
          return t("problems.quantity", { max: LIMITS.dispenseQuantityMax });
        }
        const medicine = active.find((m) => m.id === values.medicineId);
        return medicine && value > medicine.stock
          ? t("problems.moreThanStock", { stock: medicine.stock, unit: medicine.unit })
          : null;
      },
    },
  });
  const chosen = active.find((m) => m.id === form.values.medicineId);
  return (
    <FormModal
      title={t("dispense.title")}
      submitLabel={t("dispense.save")}
      busy={dispense.isPending}
      error={error ?? medicines.error}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => {
        if (!values.medicineId || typeof values.quantity !== "number") return;
        setError(null);
        dispense.mutate(
          { medicineId: values.medicineId, quantity: values.quantity },
          {
            onSuccess: onSaved,
            onError: (e) => {
              const placed = serverErrors(e);
              if (isApiError(e) && e.code === "OUT_OF_STOCK" && placed.unplaced) {
                form.setErrors({ quantity: fieldErrorMessage(e.code, e.detail) });
                return;
              }
              form.setErrors(placed.errors);
              if (placed.unplaced) setError(e);
            },
          },
        );
      })}
    >
      {medicines.isSuccess && active.length === 0 && <Text c="dark.6">{t("dispense.noMedicines")}</Text>}
      <Select
        label={t("dispense.medicine")}
        data={active.map((m) => ({
          value: m.id,
          label: m.stock > 0 ? `${m.name} (${m.stock} ${m.unit})` : `${m.name} (${t("dispense.outOfStock")})`,
          disabled: m.stock === 0,
        }))}
        searchable
        allowDeselect={false}
        withAsterisk
        data-autofocus
        {...form.getInputProps("medicineId")}
      />
      <NumberInput
        label={t("dispense.quantity")}
        description={chosen ? t("dispense.inStock", { count: chosen.stock, unit: chosen.unit }) : undefined}
        min={1}
        max={LIMITS.dispenseQuantityMax}
        allowDecimal={false}
        allowNegative={false}
        withAsterisk
        {...form.getInputProps("quantity")}
      />
    </FormModal>
  );
}

/** A referral made after the consultation was saved (with or without someone to go with her). */
export function AddReferralModal({ consultationId, onClose, onSaved }: AdditionProps) {
  const { t, i18n } = useTranslation("clinic");
  const add = useAddReferral(consultationId);
  const translate = useTranslatedProblems();
  const [error, setError] = useState<unknown>(null);
  const languages = useMemo(() => languageOptions(i18n.language), [i18n.language]);
  const form = useForm<ReferralRow>({ initialValues: emptyReferral() });
  const row = form.values;
  return (
    <FormModal
      title={t("referral.title")}
      submitLabel={t("referral.save")}
      busy={add.isPending}
      error={error}
      onClose={onClose}
      size="lg"
      onSubmit={form.onSubmit((values) => {
        const problems: Record<string, Problem> = {};
        const body = checkReferral(values, "", problems);
        if (Object.keys(problems).length > 0) return form.setErrors(translate(problems));
        setError(null);
        add.mutate(body, {
          onSuccess: onSaved,
          onError: (e) => {
            const placed = serverErrors(e);
            form.setErrors(placed.errors);
            if (placed.unplaced) setError(e);
          },
        });
      })}
    >
      <Select
        label={t("referral.kind")}
        data={REFERRAL_KINDS.map((kind) => ({ value: kind, label: t(`referralKinds.${kind}`) }))}
        allowDeselect={false}
        withAsterisk
        data-autofocus
        {...form.getInputProps("kind")}
        onChange={(value) => form.setFieldValue("kind", value as ReferralKind)}
      />
      <TextInput
        label={t("referral.place")}
        description={t("referral.placeHelp")}
        maxLength={LIMITS.referralPlaceMax}
        withAsterisk
        {...form.getInputProps("place")}
      />
      <Textarea
        label={t("referral.note")}
        description={t("referral.noteHelp")}
        autosize
        minRows={2}
        maxLength={LIMITS.referralNoteMax}
        {...form.getInputProps("note")}
      />
      <Switch
        size="md"
        label={
          <Group gap={6} wrap="nowrap" component="span">
            <ClinicIcon icon="accompaniment" />
            <span>{t("referral.needsAccompaniment")}</span>
          </Group>
        }
        description={t("referral.accompanimentHelp")}
        {...form.getInputProps("needsAccompaniment", { type: "checkbox" })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          type="date"
          label={t("referral.appointmentOn")}
          withAsterisk={row.needsAccompaniment}
          {...form.getInputProps("appointmentOn")}
        />
        <TextInput
          type="time"
          label={t("referral.appointmentTime")}
          withAsterisk={row.needsAccompaniment}
          {...form.getInputProps("appointmentTime")}
        />
        {row.needsAccompaniment && (
          <Select
            label={t("referral.languageNeeded")}
            data={languages}
            searchable
            clearable
            {...form.getInputProps("languageNeeded")}
          />
        )}
      </SimpleGrid>
    </FormModal>
  );
}

/** A cost the centre pays, belonging to this consultation. */
export function AddCostModal({ consultationId, siteId, onClose, onSaved }: AdditionProps) {
  const { t, i18n } = useTranslation("clinic");
  const add = useAddCost(consultationId, siteId);
  const translate = useTranslatedProblems();
  const [error, setError] = useState<unknown>(null);
  const form = useForm<CostRow>({ initialValues: emptyCost() });
  const amount = form.values.amount.trim() ? costAmountProblem(form.values.amount, i18n.language) : null;
  return (
    <FormModal
      title={t("cost.title")}
      submitLabel={t("cost.save")}
      busy={add.isPending}
      error={error}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => {
        const problems: Record<string, Problem> = {};
        const body = checkCost(values, "", problems, i18n.language);
        if (Object.keys(problems).length > 0) return form.setErrors(translate(problems));
        setError(null);
        add.mutate(body, {
          onSuccess: onSaved,
          onError: (e) => {
            const placed = serverErrors(e, { amountOre: "amount" });
            form.setErrors(placed.errors);
            if (placed.unplaced) setError(e);
          },
        });
      })}
    >
      <Select
        label={t("cost.kind")}
        data={COST_KINDS.map((kind) => ({ value: kind, label: t(`costKinds.${kind}`) }))}
        allowDeselect={false}
        withAsterisk
        data-autofocus
        {...form.getInputProps("kind")}
        onChange={(value) => form.setFieldValue("kind", value as CostKind)}
      />
      <TextInput
        label={t("cost.amount")}
        description={
          amount && !amount.problem
            ? t("cost.amountPreview", { amount: formatKroner(amount.ore, i18n.language) })
            : t("cost.amountHelp")
        }
        inputMode="decimal"
        autoComplete="off"
        withAsterisk
        {...form.getInputProps("amount")}
      />
      <TextInput type="date" label={t("cost.incurredOn")} {...form.getInputProps("incurredOn")} />
      <TextInput label={t("cost.note")} maxLength={LIMITS.costNoteMax} {...form.getInputProps("note")} />
    </FormModal>
  );
}
