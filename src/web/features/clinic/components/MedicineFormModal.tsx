import { Checkbox, NumberInput, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Medicine } from "../../../../common/contracts/clinic";
import { LIMITS } from "../../../../common/limits";
import { applyApiErrors } from "../../../api/form-errors";
import { FormModal } from "../../../components/FormModal";
import { formatKroner, kronerForInput, readKroner } from "../clinic.money";
import { useCreateMedicine, useUpdateMedicine } from "../clinic.mutations";

interface MedicineFormModalProps {
  siteId: string;
  /** To change; without one a new medicine is added. */
  medicine?: Medicine;
  onClose: () => void;
  onSaved: (medicine: Medicine) => void;
}

interface MedicineValues {
  name: string;
  unit: string;
  stock: number | string;
  lowStockAt: number | string;
  unitCost: string;
  active: boolean;
}

const isCount = (value: number | string) =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= LIMITS.medicineStockMax;

/** Add a medicine to the stock list, or change its name, unit, warning level, cost or use. */
export function MedicineFormModal({ siteId, medicine, onClose, onSaved }: MedicineFormModalProps) {
  const { t, i18n } = useTranslation("clinic");
  const language = i18n.language;
  const create = useCreateMedicine(siteId);
  const update = useUpdateMedicine(siteId);
  const [pageError, setPageError] = useState<unknown>(null);
  const form = useForm<MedicineValues>({
    initialValues: {
      name: medicine?.name ?? "",
      unit: medicine?.unit ?? "",
      stock: 0,
      lowStockAt: medicine?.lowStockAt ?? 0,
      unitCost: medicine?.unitCostOre != null ? kronerForInput(medicine.unitCostOre, language) : "",
      active: medicine?.active ?? true,
    },
    validate: {
      name: (value) =>
        !value.trim()
          ? t("problems.required")
          : value.trim().length > LIMITS.medicineNameMax
            ? t("problems.tooLong", { max: LIMITS.medicineNameMax })
            : null,
      unit: (value) =>
        !value.trim()
          ? t("problems.required")
          : value.trim().length > LIMITS.medicineUnitMax
            ? t("problems.tooLong", { max: LIMITS.medicineUnitMax })
            : null,
      stock: (value) =>
        medicine || isCount(value) ? null : t("medicines.stock.amountHint", { max: LIMITS.medicineStockMax }),
      lowStockAt: (value) =>
        isCount(value) ? null : t("medicines.stock.amountHint", { max: LIMITS.medicineStockMax }),
      unitCost: (value) => {
        const read = readKroner(value, language, LIMITS.costAmountMaxOre);
        if (read.kind !== "invalid") return null;
        return t(`problems.amount.${read.problem}`, { max: LIMITS.costAmountMaxOre / 100 });
      },
    },
  });

  const cost = readKroner(form.values.unitCost, language, LIMITS.costAmountMaxOre);
  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const read = readKroner(values.unitCost, language, LIMITS.costAmountMaxOre);
    const unitCostOre = read.kind === "valid" ? read.ore : null;
    const options = {
      onSuccess: onSaved,
      onError: (error: unknown) => {
        if (applyApiErrors(form, error, { fieldMap: { unitCostOre: "unitCost" } })) setPageError(error);
      },
    };
    if (medicine) {
      update.mutate(
        {
          id: medicine.id,
          body: {
            name: values.name.trim(),
            unit: values.unit.trim(),
            lowStockAt: Number(values.lowStockAt),
            unitCostOre,
            active: values.active,
          },
        },
        options,
      );
    } else {
      create.mutate(
        {
          name: values.name.trim(),
          unit: values.unit.trim(),
          stock: Number(values.stock),
          lowStockAt: Number(values.lowStockAt),
          unitCostOre,
        },
        options,
      );
    }
  });

  return (
    <FormModal
      title={medicine ? t("medicines.form.editTitle", { name: medicine.name }) : t("medicines.form.addTitle")}
      submitLabel={t("medicines.form.save")}
      busy={create.isPending || update.isPending}
      error={pageError}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <TextInput
        label={t("medicines.form.name")}
        description={t("medicines.form.nameHelp")}
        maxLength={LIMITS.medicineNameMax}
        withAsterisk
        data-autofocus
        {...form.getInputProps("name")}
      />
      <TextInput
        label={t("medicines.form.unit")}
        description={t("medicines.form.unitHelp")}
        maxLength={LIMITS.medicineUnitMax}
        withAsterisk
        {...form.getInputProps("unit")}
      />
      {!medicine && (
        <NumberInput
          label={t("medicines.form.stock")}
          min={0}
          max={LIMITS.medicineStockMax}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps("stock")}
        />
      )}
      <NumberInput
        label={t("medicines.form.lowStockAt")}
        min={0}
        max={LIMITS.medicineStockMax}
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps("lowStockAt")}
      />
      <TextInput
        label={t("medicines.form.unitCost")}
        description={
          cost.kind === "valid"
            ? t("cost.amountPreview", { amount: formatKroner(cost.ore, language) })
            : t("cost.amountHelp")
        }
        inputMode="decimal"
        autoComplete="off"
        {...form.getInputProps("unitCost")}
      />
      {medicine && (
        <Checkbox
          label={t("medicines.form.active")}
          {...form.getInputProps("active", { type: "checkbox" })}
        />
      )}
    </FormModal>
  );
}
