import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SupplyItem } from "../../../../common/contracts/services";
import { CatalogueIcon } from "../../../components/CatalogueIcon";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { displayName } from "../catalogue.logic";
import { countWithUnit } from "../units";
import { useArrange } from "../use-arrange";
import { MoveButtons } from "./MoveButtons";
import { VisibilitySwitch } from "./VisibilitySwitch";

interface SuppliesSectionProps {
  siteId: string;
  supplies: SupplyItem[];
  canManage: boolean;
  canAdjustStock: boolean;
  onAdd: () => void;
  onEdit: (item: SupplyItem) => void;
  onAdjust: (item: SupplyItem) => void;
}

const HEADING_ID = "catalogue-supplies-heading";

/** What the door hands out: stock in big figures, the low-stock level and the limits everyone applies. */
export function SuppliesSection(props: SuppliesSectionProps) {
  const { t, i18n } = useTranslation("catalogue");
  const list = useArrange(props.siteId, "supply", props.supplies);
  const count = (n: number, unit: string) => countWithUnit(n, unit, t, i18n.language);
  const limit = (value: number | null, unit: string) =>
    value === null ? t("supplies.noLimit") : t("supplies.atMost", { amount: count(value, unit) });

  return (
    <Stack gap="sm" component="section" aria-labelledby={HEADING_ID}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2} maw={760}>
          <Title order={2} id={HEADING_ID}>
            {t("supplies.title")}
          </Title>
          <Text c="dark.6">{t("supplies.intro")}</Text>
        </Stack>
        {props.canManage && <Button onClick={props.onAdd}>{t("supplies.add")}</Button>}
      </Group>
      <ErrorAlert error={list.error} />
      <VisuallyHidden aria-live="polite">{list.announcement}</VisuallyHidden>
      {list.order.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center">{t("supplies.empty")}</Text>
        </Paper>
      ) : (
        <SimpleGrid
          cols={{ base: 1, md: 2, xl: 3 }}
          spacing="md"
          component="ol"
          p={0}
          m={0}
          style={{ listStyle: "none" }}
        >
          {list.order.map((item, index) => {
            const name = displayName(item.names, i18n.language);
            return (
              <Paper component="li" key={item.id} withBorder p="md" bg={item.active ? undefined : "gray.1"}>
                <Stack gap="sm" h="100%" justify="space-between">
                  <Stack gap="sm">
                    <Group gap="sm" wrap="nowrap" justify="space-between" align="flex-start">
                      <Group gap="sm" wrap="nowrap">
                        <CatalogueIcon icon={item.icon} size={36} />
                        <Title order={3} size="h4">
                          {name}
                        </Title>
                      </Group>
                      <Group gap={4}>
                        {item.lowStock && (
                          <Badge color="red.9" variant="filled">
                            {t("supplies.low")}
                          </Badge>
                        )}
                        {!item.active && (
                          <Badge color="gray" variant="light" c="dark.7">
                            {t("visibility.hidden")}
                          </Badge>
                        )}
                      </Group>
                    </Group>
                    <Stack gap={0}>
                      <Text size="sm" c="dark.6">
                        {t("supplies.inStock")}
                      </Text>
                      <Text fz={40} fw={700} lh={1.1} c={item.lowStock ? "red.9" : "dark.9"}>
                        {count(item.stock, item.unit)}
                      </Text>
                    </Stack>
                    <Stack component="dl" gap={2} m={0}>
                      <Fact term={t("supplies.lowStockAt")} value={count(item.lowStockAt, item.unit)} />
                      <Fact term={t("supplies.limitPerVisit")} value={limit(item.limitPerVisit, item.unit)} />
                      <Fact term={t("supplies.limitPerWeek")} value={limit(item.limitPerWeek, item.unit)} />
                    </Stack>
                  </Stack>
                  {(props.canAdjustStock || props.canManage) && (
                    <Group gap="sm" justify="space-between">
                      {props.canAdjustStock && (
                        <Button
                          aria-label={t("stock.openFor", { name })}
                          onClick={() => props.onAdjust(item)}
                        >
                          {t("stock.open")}
                        </Button>
                      )}
                      {props.canManage && (
                        <Group gap="sm">
                          <Button
                            variant="default"
                            aria-label={t("supplies.editFor", { name })}
                            onClick={() => props.onEdit(item)}
                          >
                            {t("form.edit")}
                          </Button>
                          <VisibilitySwitch
                            name={name}
                            active={item.active}
                            onChange={(active) => list.setActive(item.id, active)}
                          />
                          <MoveButtons
                            name={name}
                            first={index === 0}
                            last={index === list.order.length - 1}
                            onMove={(direction) => list.move(item.id, direction)}
                            buttonRef={list.buttonRef(item.id)}
                          />
                        </Group>
                      )}
                    </Group>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </Stack>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" c="dark.6">
        {term}:
      </Text>
      <Text component="dd" size="sm" fw={600} m={0}>
        {value}
      </Text>
    </Group>
  );
}
