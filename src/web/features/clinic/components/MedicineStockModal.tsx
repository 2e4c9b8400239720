import { Group, NumberInput, Paper, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Medicine } from "../../../../common/contracts/clinic";
import { LIMITS } from "../../../../common/limits";
import { personalDataHint } from "../../../../common/personal-data";
import { applyApiErrors } from "../../../api/form-errors";
import { FormModal } from "../../../components/FormModal";
import { type StockChangeKind, stockDelta } from "../../catalogue/catalogue.logic";
import { useAdjustMedicineStock } from "../clinic.mutations";
import { ClinicIcon } from "./ClinicIcon";

interface MedicineStockModalProps {
  siteId: string;
  medicine: Medicine;
  onClose: () => void;
  onSaved: (medicine: Medicine) => void;
}

interface StockValues {
  kind: StockChangeKind;
  amount: number | string;
  reason: string;
}

const KINDS: StockChangeKind[] = ["delivery", "count", "removal"];
const isKind = (value: string): value is StockChangeKind => (KINDS as string[]).includes(value);

/**
 * A delivery, a count of the shelf, or medicine taken out. A count is given as the number on the
 * shelf, as people count; the change is worked out and said before saving.
 */
export function MedicineStockModal({ siteId, medicine, onClose, onSaved }: MedicineStockModalProps) {
  const { t, i18n } = useTranslation("clinic");
  const adjust = useAdjustMedicineStock(siteId);
  const [pageError, setPageError] = useState<unknown>(null);
  const amount = (count: number) => `${count.toLocaleString(i18n.language)} ${medicine.unit}`;
  const max = LIMITS.medicineStockMax;
  const form = useForm<StockValues>({
    initialValues: { kind: "delivery", amount: "", reason: "" },
    validate: (values) => {
      const errors: Record<string, string> = {};
      const n = values.amount;
      if (n === "" || typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > max) {
        errors.amount = t("medicines.stock.amountHint", { max });
      } else if (values.kind === "removal" && n > medicine.stock) {
        errors.amount = t("medicines.stock.moreThanStock", { stock: amount(medicine.stock) });
      } else if (stockDelta(values.kind, n, medicine.stock) === null) {
        errors.amount =
          values.kind === "count"
            ? t("medicines.stock.countMatches")
            : t("medicines.stock.amountHint", { max });
      }
      if (values.reason.trim().length > LIMITS.reasonMax) {
        errors.reason = t("problems.tooLong", { max: LIMITS.reasonMax });
      }
      return errors;
    },
  });

  const delta = stockDelta(form.values.kind, form.values.amount, medicine.stock);
  const after = delta === null ? null : medicine.stock + delta;
  const preview =
    delta === null || after === null || after < 0
      ? ""
      : t("medicines.stock.preview", {
          after: amount(after),
          change:
            delta > 0
              ? t("medicines.stock.more", { amount: amount(delta) })
              : t("medicines.stock.fewer", { amount: amount(-delta) }),
        });
  const hint = personalDataHint(form.values.reason);

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const change = stockDelta(values.kind, values.amount, medicine.stock);
    if (change === null) return;
    const reason = values.reason.trim() || t(`medicines.stock.defaultReason.${values.kind}`);
    adjust.mutate(
      { id: medicine.id, body: { delta: change, reason } },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (applyApiErrors(form, error, { fieldMap: { delta: "amount" } })) setPageError(error);
        },
      },
    );
  });

  return (
    <FormModal
      title={t("medicines.stock.title", { name: medicine.name })}
      submitLabel={t("medicines.stock.save")}
      busy={adjust.isPending}
      error={pageError}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Paper withBorder p="md" bg="gray.0">
        <Group gap="md" wrap="nowrap">
          <ClinicIcon icon="medicine" size={40} />
          <Stack gap={0}>
            <Text size="sm" c="dark.6">
              {t("medicines.stock.now")}
            </Text>
            <Text fz={28} fw={700} lh={1.2}>
              {amount(medicine.stock)}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <Radio.Group
        label={t("medicines.stock.kind")}
        value={form.values.kind}
        onChange={(value) => {
          if (!isKind(value)) return;
          form.setFieldValue("kind", value);
          form.clearFieldError("amount");
        }}
      >
        <Stack gap="sm" mt="xs">
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`medicines.stock.kinds.${kind}`)} size="md" />
          ))}
        </Stack>
      </Radio.Group>
      <NumberInput
        label={t(`medicines.stock.amount.${form.values.kind}`)}
        min={0}
        max={max}
        allowDecimal={false}
        allowNegative={false}
        withAsterisk
        data-autofocus
        {...form.getInputProps("amount")}
      />
      <Text size="sm" aria-live="polite" mih="1.5em">
        {preview}
      </Text>
      <Textarea
        label={t("medicines.stock.reason")}
        maxLength={LIMITS.reasonMax}
        autosize
        minRows={2}
        {...form.getInputProps("reason")}
      />
      <Text size="sm" fw={600} c="dark.8" aria-live="polite">
        {hint ? t(`personalData.${hint}`) : ""}
      </Text>
    </FormModal>
  );
}
