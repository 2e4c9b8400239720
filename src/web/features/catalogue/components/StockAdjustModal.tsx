import { Group, NumberInput, Paper, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SupplyItem } from "../../../../common/contracts/services";
import { LIMITS } from "../../../../common/limits";
import { personalDataHint } from "../../../../common/personal-data";
import { CatalogueIcon } from "../../../components/CatalogueIcon";
import { FormModal } from "../../../components/FormModal";
import { applyCatalogueErrors } from "../catalogue.form-errors";
import { displayName, type StockChangeKind, stockDelta } from "../catalogue.logic";
import { useAdjustStock } from "../catalogue.mutations";
import { countWithUnit } from "../units";

interface StockAdjustModalProps {
  siteId: string;
  item: SupplyItem;
  onClose: () => void;
  onSaved: (item: SupplyItem) => void;
}

interface StockValues {
  kind: StockChangeKind;
  amount: number | string;
  reason: string;
}

const KINDS: StockChangeKind[] = ["delivery", "count", "removal"];
const isKind = (value: string): value is StockChangeKind => (KINDS as string[]).includes(value);

/**
 * Records a delivery, a stock count or stock taken out. A count is given as the number on the shelf,
 * which is how people count; the form works out the change and says it before saving.
 */
export function StockAdjustModal(props: StockAdjustModalProps) {
  const { t, i18n } = useTranslation("catalogue");
  const { item } = props;
  const adjust = useAdjustStock(props.siteId);
  const [pageError, setPageError] = useState<unknown>(null);
  const name = displayName(item.names, i18n.language);
  const amount = (count: number) => countWithUnit(count, item.unit, t, i18n.language);

  const form = useForm<StockValues>({
    initialValues: { kind: "delivery", amount: "", reason: "" },
    validate: (values) => {
      const errors: Record<string, string> = {};
      const n = values.amount;
      if (n === "" || typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > LIMITS.stockMax) {
        errors.amount = t("stock.amountHint");
      } else if (values.kind === "removal" && n > item.stock) {
        errors.amount = t("stock.moreThanStock", { stock: amount(item.stock) });
      } else if (stockDelta(values.kind, n, item.stock) === null) {
        errors.amount = values.kind === "count" ? t("stock.countMatches") : t("stock.amountHint");
      }
      if (values.reason.trim().length > LIMITS.reasonMax) {
        errors.reason = t("stock.reasonTooLong", { max: LIMITS.reasonMax });
      }
      return errors;
    },
  });

  const delta = stockDelta(form.values.kind, form.values.amount, item.stock);
  const hint = personalDataHint(form.values.reason);

  const preview = () => {
    if (delta === null) return null;
    const after = item.stock + delta;
    if (after < 0) return null;
    const change =
      delta > 0 ? t("stock.more", { amount: amount(delta) }) : t("stock.fewer", { amount: amount(-delta) });
    return t("stock.preview", { after: amount(after), change });
  };

  const onSubmit = form.onSubmit((values) => {
    setPageError(null);
    const change = stockDelta(values.kind, values.amount, item.stock);
    if (change === null) return;
    const reason = values.reason.trim() || t(`stock.defaultReason.${values.kind}`);
    adjust.mutate(
      { id: item.id, body: { delta: change, reason } },
      {
        onSuccess: props.onSaved,
        onError: (error) => {
          const unplaced = applyCatalogueErrors(form, error, {
            fieldMap: { delta: "amount" },
            hints: {
              amount: t("stock.amountHint"),
              reason: t("stock.reasonTooLong", { max: LIMITS.reasonMax }),
            },
          });
          if (unplaced) setPageError(error);
        },
      },
    );
  });

  const previewText = preview();
  return (
    <FormModal
      title={t("stock.title", { name })}
      submitLabel={t("stock.save")}
      busy={adjust.isPending}
      error={pageError}
      onClose={props.onClose}
      onSubmit={onSubmit}
    >
      <Paper withBorder p="md" bg="gray.0">
        <Group gap="md" wrap="nowrap">
          <CatalogueIcon icon={item.icon} size={40} />
          <Stack gap={0}>
            <Text size="sm" c="dark.6">
              {t("stock.now")}
            </Text>
            <Text fz={28} fw={700} lh={1.2}>
              {amount(item.stock)}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <Radio.Group
        label={t("stock.kind")}
        value={form.values.kind}
        onChange={(value) => {
          if (!isKind(value)) return;
          form.setFieldValue("kind", value);
          form.clearFieldError("amount");
        }}
      >
        <Stack gap="sm" mt="xs">
          {KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(`stock.kinds.${kind}`)} size="md" />
          ))}
        </Stack>
      </Radio.Group>
      <NumberInput
        label={t(`stock.amount.${form.values.kind}`)}
        min={0}
        max={LIMITS.stockMax}
        allowDecimal={false}
        allowNegative={false}
        required
        data-autofocus
        {...form.getInputProps("amount")}
      />
      <Text size="sm" aria-live="polite" mih="1.5em">
        {previewText ?? ""}
      </Text>
      <Textarea
        label={t("stock.reason")}
        description={t("stock.reasonHelp")}
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
