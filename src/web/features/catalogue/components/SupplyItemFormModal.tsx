import { Alert, Fieldset, NumberInput, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SupplyItem } from "../../../../common/contracts/services";
import { LIMITS } from "../../../../common/limits";
import type { CatalogueIconName } from "../../../components/CatalogueIcon";
import { FormModal } from "../../../components/FormModal";
import { applyCatalogueErrors } from "../catalogue.form-errors";
import { limitFromInput, limitProblem, namesForSave } from "../catalogue.logic";
import { useSaveSupplyItem } from "../catalogue.mutations";
import { SUPPLY_UNITS, unitName } from "../units";
import { IconPicker } from "./IconPicker";
import { NameFields } from "./NameFields";
import { validateNames, withoutName } from "./name-form";

interface SupplyItemFormModalProps {
  siteId: string;
  /** Changing this item; adding a new one when absent. */
  item?: SupplyItem;
  position: number;
  onClose: () => void;
  onSaved: (item: SupplyItem) => void;
}

interface SupplyValues {
  names: Record<string, string>;
  icon: CatalogueIconName;
  unit: string;
  lowStockAt: number | string;
  limitPerVisit: number | string;
  limitPerWeek: number | string;
}

/**
 * A supply item: names, picture, unit, when stock counts as low, and the limits everyone at the door
 * applies. Stock itself changes only by a delivery or a count (its own form), so it has a history.
 */
export function SupplyItemFormModal(props: SupplyItemFormModalProps) {
  const { t } = useTranslation("catalogue");
  const save = useSaveSupplyItem(props.siteId);
  const editing = props.item;
  const [pageError, setPageError] = useState<unknown>(null);
  const units: string[] = [...SUPPLY_UNITS];
  if (editing && !units.includes(editing.unit)) units.push(editing.unit);

  const limitError = (value: number | string) => {
    const problem = limitProblem(value);
    return problem ? t("form.limitHint", { max: LIMITS.limitMax }) : null;
  };
  const form = useForm<SupplyValues>({
    initialValues: {
      names: { da: "", en: "", ...editing?.names },
      icon: editing?.icon ?? "other",
      unit: editing?.unit ?? "piece",
      lowStockAt: editing?.lowStockAt ?? 0,
      limitPerVisit: editing?.limitPerVisit ?? "",
      limitPerWeek: editing?.limitPerWeek ?? "",
    },
    validate: (values) => ({
      ...validateNames(values.names, t),
      ...(values.unit ? {} : { unit: t("form.unitRequired") }),
      ...(typeof values.lowStockAt === "number" &&
      Number.isInteger(values.lowStockAt) &&
      values.lowStockAt >= 0 &&
      values.lowStockAt <= LIMITS.stockMax
        ? {}
        : { lowStockAt: t("form.lowStockHint") }),
      ...(limitError(values.limitPerVisit) ? { limitPerVisit: limitError(values.limitPerVisit) } : {}),
      ...(limitError(values.limitPerWeek) ? { limitPerWeek: limitError(values.limitPerWeek) } : {}),
    }),
  });

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const body = {
      names: namesForSave(values.names),
      icon: values.icon,
      unit: values.unit,
      lowStockAt: Number(values.lowStockAt),
      limitPerVisit: limitFromInput(values.limitPerVisit),
      limitPerWeek: limitFromInput(values.limitPerWeek),
    };
    save.mutate(
      { id: editing?.id, body: editing ? body : { ...body, position: props.position } },
      {
        onSuccess: props.onSaved,
        onError: (error) => {
          const limitHint = t("form.limitHint", { max: LIMITS.limitMax });
          const hints = {
            names: t("form.nameHint", { max: LIMITS.serviceNameMax }),
            icon: t("form.iconHint"),
            unit: t("form.unitRequired"),
            lowStockAt: t("form.lowStockHint"),
            limitPerVisit: limitHint,
            limitPerWeek: limitHint,
          };
          if (applyCatalogueErrors(form, error, { hints })) setPageError(error);
        },
      },
    );
  });

  return (
    <FormModal
      size="lg"
      title={editing ? t("supplies.editTitle") : t("supplies.addTitle")}
      submitLabel={editing ? t("form.save") : t("supplies.add")}
      busy={save.isPending}
      error={pageError}
      onClose={props.onClose}
      onSubmit={onSubmit}
    >
      <NameFields
        names={form.values.names}
        inputProps={(language) => form.getInputProps(`names.${language}`)}
        onAdd={(language) => form.setFieldValue(`names.${language}`, "")}
        onRemove={(language) => {
          form.clearFieldError(`names.${language}`);
          form.setFieldValue("names", withoutName(form.values.names, language));
        }}
        autoFocus
      />
      <IconPicker
        value={form.values.icon}
        onChange={(icon) => form.setFieldValue("icon", icon)}
        error={form.errors.icon}
      />
      <Select
        label={t("form.unit")}
        description={t("form.unitHelp")}
        data={units.map((unit) => ({ value: unit, label: unitName(unit, t) }))}
        allowDeselect={false}
        required
        {...form.getInputProps("unit")}
      />
      <NumberInput
        label={t("form.lowStockAt")}
        description={t("form.lowStockAtHelp")}
        min={0}
        max={LIMITS.stockMax}
        allowDecimal={false}
        allowNegative={false}
        required
        {...form.getInputProps("lowStockAt")}
      />
      <Fieldset
        legend={
          <Text component="span" fw={600}>
            {t("form.limits")}
          </Text>
        }
        variant="unstyled"
      >
        <Stack gap="xs">
          <Alert variant="light" color="calm" p="sm">
            <Text size="sm">{t("form.limitsExplained")}</Text>
          </Alert>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NumberInput
              label={t("form.limitPerVisit")}
              description={t("form.limitPerVisitHelp")}
              placeholder={t("form.noLimit")}
              min={1}
              max={LIMITS.limitMax}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps("limitPerVisit")}
            />
            <NumberInput
              label={t("form.limitPerWeek")}
              description={t("form.limitPerWeekHelp")}
              placeholder={t("form.noLimit")}
              min={1}
              max={LIMITS.limitMax}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps("limitPerWeek")}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
    </FormModal>
  );
}
