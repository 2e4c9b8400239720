import { ActionIcon, Button, Group, NumberInput, Stack, Text, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SupplyItem } from "../../../../common/contracts/services";
import type { Visit } from "../../../../common/contracts/visits";
import { LIMITS } from "../../../../common/limits";
import { personalDataHint } from "../../../../common/personal-data";
import { isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { CatalogueIcon } from "../../../components/CatalogueIcon";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { catalogueName } from "../door.format";
import { useRecordSupplies } from "../door.mutations";
import {
  handedOut,
  type ItemProblem,
  itemProblems,
  needsReason,
  type Quantities,
  readLimitMessage,
  readStockMessage,
  stepQuantity,
  suppliesBody,
} from "../supplies-form";

interface SuppliesFormProps {
  siteId: string;
  visit: Visit;
  supplies: readonly SupplyItem[];
}

/**
 * Hand out supplies: a stepper per item, one "Hand out" for all. Over a limit, the server says so on
 * the item and a reason is asked for; the quantities stay as they were.
 */
export function SuppliesForm({ siteId, visit, supplies }: SuppliesFormProps) {
  const { t, i18n } = useTranslation("door");
  const language = i18n.language;
  const record = useRecordSupplies(siteId);
  const [quantities, setQuantities] = useState<Quantities>({});
  const [problems, setProblems] = useState<Record<string, ItemProblem>>({});
  const [reasonAsked, setReasonAsked] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [pageError, setPageError] = useState<unknown>(null);
  // Bumped when the reason is asked for, so focus moves to it once it is on the page.
  const [askedAt, setAskedAt] = useState(0);
  const active = supplies.filter((item) => item.active);
  const headingId = `supplies-${visit.id}`;
  const hint = reason ? personalDataHint(reason) : null;

  useEffect(() => {
    if (askedAt > 0) document.getElementById(`${headingId}-reason`)?.focus();
  }, [askedAt, headingId]);

  const setQuantity = (item: SupplyItem, quantity: number) => {
    setQuantities((current) => ({ ...current, [item.id]: quantity }));
    setProblems((current) => {
      if (!current[item.id]) return current;
      const { [item.id]: _gone, ...rest } = current;
      return rest;
    });
  };

  const problemText = (item: SupplyItem, problem: ItemProblem): string => {
    if (problem.code === "LIMIT_EXCEEDED") {
      const limit = readLimitMessage(problem.message);
      if (limit) {
        return t(
          limit.period === "visit" ? "visit.supplies.overVisitLimit" : "visit.supplies.overWeekLimit",
          {
            limit: limit.limit,
            already: limit.already,
          },
        );
      }
    }
    if (problem.code === "OUT_OF_STOCK") {
      const left = readStockMessage(problem.message) ?? item.stock;
      return t("visit.supplies.outOfStock", { count: left });
    }
    return fieldErrorMessage(problem.code, problem.message);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPageError(null);
    if (reasonAsked && needsReason(problems) && !reason.trim()) {
      setReasonError(t("visit.supplies.reasonRequired"));
      document.getElementById(`${headingId}-reason`)?.focus();
      return;
    }
    const body = suppliesBody(active, quantities, reasonAsked ? reason : null);
    if (!body) {
      setPageError(null);
      setReasonError(null);
      notifications.show({ color: "yellow", message: t("visit.supplies.nothingChosen") });
      return;
    }
    record.mutate(
      { visitId: visit.id, body },
      {
        onSuccess: () => {
          setQuantities({});
          setProblems({});
          setReason("");
          setReasonAsked(false);
          setReasonError(null);
          notifications.show({ color: "calm", message: t("visit.supplies.handedOut") });
        },
        onError: (error) => {
          if (!isApiError(error) || error.fieldErrors.length === 0) {
            setPageError(error);
            return;
          }
          const found = itemProblems(body, error.fieldErrors);
          setProblems(found.byItem);
          setReasonError(found.reason ? fieldErrorMessage(found.reason.code, found.reason.message) : null);
          if (needsReason(found.byItem) || found.reason) {
            setReasonAsked(true);
            setAskedAt((n) => n + 1);
          }
          if (found.other.length > 0) setPageError(error);
        },
      },
    );
  };

  if (active.length === 0) {
    return (
      <Stack gap="xs" component="section" aria-labelledby={headingId}>
        <Title order={3} size="h4" id={headingId}>
          {t("visit.supplies.title")}
        </Title>
        <Text>{t("visit.supplies.empty")}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t("visit.supplies.title")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {active.map((item) => {
              const name = catalogueName(item.names, language);
              const quantity = quantities[item.id] ?? 0;
              const given = handedOut(visit, item.id);
              const problem = problems[item.id];
              const inputId = `${headingId}-${item.id}`;
              const problemId = `${inputId}-problem`;
              const limits = [
                item.limitPerVisit !== null
                  ? t("visit.supplies.limitPerVisit", { count: item.limitPerVisit })
                  : null,
                item.limitPerWeek !== null
                  ? t("visit.supplies.limitPerWeek", { count: item.limitPerWeek })
                  : null,
              ].filter(Boolean);
              return (
                <li key={item.id}>
                  <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <CatalogueIcon icon={item.icon} size={26} />
                      <Stack gap={0}>
                        <Text fw={600} component="label" htmlFor={inputId}>
                          {name}
                        </Text>
                        <Text size="sm" c="dimmed">
                          {[t("visit.supplies.stock", { count: item.stock }), ...limits].join(" · ")}
                        </Text>
                        {given.quantity > 0 && (
                          <Text size="sm">
                            {t("visit.supplies.given", { count: given.quantity })}
                            {given.overLimit ? ` · ${t("visit.supplies.overLimitGiven")}` : ""}
                          </Text>
                        )}
                      </Stack>
                    </Group>
                    <Group gap={6} wrap="nowrap">
                      <ActionIcon
                        size={48}
                        variant="default"
                        aria-label={t("visit.supplies.fewer", { item: name })}
                        disabled={quantity === 0}
                        onClick={() => setQuantity(item, stepQuantity(quantity, -1, item))}
                      >
                        <Text fz={24} lh={1} aria-hidden>
                          −
                        </Text>
                      </ActionIcon>
                      <NumberInput
                        id={inputId}
                        value={quantity}
                        onChange={(value) => {
                          const n = typeof value === "number" ? value : Number.parseInt(value, 10);
                          setQuantity(
                            item,
                            Number.isFinite(n) ? Math.max(0, Math.min(n, LIMITS.supplyQuantityMax)) : 0,
                          );
                        }}
                        min={0}
                        max={LIMITS.supplyQuantityMax}
                        allowDecimal={false}
                        allowNegative={false}
                        hideControls
                        w={72}
                        size="lg"
                        styles={{ input: { textAlign: "center" } }}
                        error={problem ? true : undefined}
                        aria-describedby={problem ? problemId : undefined}
                      />
                      <ActionIcon
                        size={48}
                        variant="default"
                        aria-label={t("visit.supplies.more", { item: name })}
                        disabled={quantity >= Math.min(item.stock, LIMITS.supplyQuantityMax)}
                        onClick={() => setQuantity(item, stepQuantity(quantity, 1, item))}
                      >
                        <Text fz={24} lh={1} aria-hidden>
                          +
                        </Text>
                      </ActionIcon>
                    </Group>
                  </Group>
                  {problem && (
                    <Text id={problemId} size="sm" c="var(--mantine-color-error)" mt={4} role="alert">
                      {problemText(item, problem)}
                    </Text>
                  )}
                </li>
              );
            })}
          </Stack>
          {reasonAsked && (
            <Stack gap={4}>
              <Textarea
                id={`${headingId}-reason`}
                label={t("visit.supplies.reason")}
                description={t("visit.supplies.reasonHelp")}
                value={reason}
                onChange={(event) => {
                  setReason(event.currentTarget.value);
                  setReasonError(null);
                }}
                maxLength={LIMITS.reasonMax}
                autosize
                minRows={2}
                error={reasonError}
              />
              <Text size="sm" aria-live="polite" c={hint ? "orange.9" : undefined}>
                {hint ? t(`personalData.${hint}`) : ""}
              </Text>
            </Stack>
          )}
          <ErrorAlert error={pageError} />
          <Button type="submit" size="lg" loading={record.isPending}>
            {reasonAsked && needsReason(problems)
              ? t("visit.supplies.submitWithReason")
              : t("visit.supplies.submit")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
