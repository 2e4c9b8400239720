import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Medicine } from "../../../../common/contracts/clinic";
import type { Site } from "../../../../common/contracts/sites";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { formatKroner } from "../clinic.money";
import { useMedicines } from "../clinic.queries";
import { ClinicIcon } from "../components/ClinicIcon";
import { MedicineFormModal } from "../components/MedicineFormModal";
import { MedicineStockModal } from "../components/MedicineStockModal";
import { SiteGate } from "../components/SiteGate";

/** The clinic's own medicine at a site: stock, deliveries and counts, and the list itself. */
export function MedicinesPage() {
  const { t } = useTranslation("clinic");
  usePageTitle(t("medicines.title"));
  return (
    <Stack gap="lg" maw={1100}>
      <SiteGate>
        {(site, picker) => (
          <>
            <Group justify="space-between" align="flex-end">
              <Stack gap={4} maw={760}>
                <Title order={1}>{t("medicines.title")}</Title>
                <Text c="dark.6">{t("medicines.intro")}</Text>
              </Stack>
              {picker}
            </Group>
            <MedicineList key={site.id} site={site} />
          </>
        )}
      </SiteGate>
    </Stack>
  );
}

type Dialog =
  | { kind: "add" }
  | { kind: "edit"; medicine: Medicine }
  | { kind: "stock"; medicine: Medicine }
  | null;

function MedicineList({ site }: { site: Site }) {
  const { t, i18n } = useTranslation("clinic");
  const language = i18n.language;
  const [includeInactive, setIncludeInactive] = useState(false);
  const medicines = useMedicines(site.id, includeInactive);
  const [dialog, setDialog] = useState<Dialog>(null);
  const opener = useRef<HTMLElement | null>(null);

  const open = (next: Dialog, button: HTMLElement) => {
    opener.current = button;
    setDialog(next);
  };
  // The dialogs leave the page when they close: focus goes back to the button that opened them.
  const close = () => {
    setDialog(null);
    window.requestAnimationFrame(() => opener.current?.focus());
  };

  const items = medicines.data?.medicines ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Button
          leftSection={<ClinicIcon icon="add" />}
          onClick={(event) => open({ kind: "add" }, event.currentTarget)}
          size="md"
        >
          {t("medicines.add")}
        </Button>
        <Checkbox
          label={t("medicines.showInactive")}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
        />
      </Group>
      {medicines.isPending ? (
        <FullPageLoader />
      ) : medicines.isError ? (
        <ErrorAlert error={medicines.error} />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center">{t("medicines.empty")}</Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720}>
            <Table captionSide="top" verticalSpacing="sm" horizontalSpacing="md" striped>
              <Table.Caption style={{ textAlign: "left", padding: "var(--mantine-spacing-md)", margin: 0 }}>
                <Text component="span" fw={600} size="lg" c="dark.9">
                  {t("medicines.table.caption")}
                </Text>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("medicines.table.name")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("medicines.table.stock")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("medicines.table.lowStockAt")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("medicines.table.unitCost")}
                  </Table.Th>
                  <Table.Th scope="col">{t("medicines.table.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((medicine) => (
                  <Table.Tr key={medicine.id}>
                    <Table.Th scope="row" fw={500}>
                      <Group gap="xs" wrap="nowrap">
                        <ClinicIcon icon="medicine" />
                        <span>{medicine.name}</span>
                        {!medicine.active && (
                          <Badge variant="outline" color="gray.8">
                            {t("medicines.inactive")}
                          </Badge>
                        )}
                      </Group>
                    </Table.Th>
                    <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        {medicine.stock === 0 ? (
                          <Badge color="red.9" variant="filled" radius="sm">
                            {t("medicines.outOfStock")}
                          </Badge>
                        ) : (
                          medicine.lowStock && (
                            <Badge color="orange.9" variant="filled" radius="sm">
                              {t("medicines.lowStock")}
                            </Badge>
                          )
                        )}
                        <Text component="span" fw={700}>
                          {medicine.stock.toLocaleString(language)} {medicine.unit}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{medicine.lowStockAt.toLocaleString(language)}</Table.Td>
                    <Table.Td ta="right">
                      {medicine.unitCostOre === null
                        ? t("medicines.unknownCost")
                        : formatKroner(medicine.unitCostOre, language)}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          variant="light"
                          size="sm"
                          aria-label={t("medicines.adjustLabel", { name: medicine.name })}
                          onClick={(event) => open({ kind: "stock", medicine }, event.currentTarget)}
                        >
                          {t("medicines.adjust")}
                        </Button>
                        <Button
                          variant="default"
                          size="sm"
                          aria-label={t("medicines.editLabel", { name: medicine.name })}
                          onClick={(event) => open({ kind: "edit", medicine }, event.currentTarget)}
                        >
                          {t("medicines.edit")}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {dialog?.kind === "add" && (
        <MedicineFormModal
          siteId={site.id}
          onClose={close}
          onSaved={(medicine) => {
            close();
            notifications.show({
              color: "calm",
              message: t("medicines.form.saved", { name: medicine.name }),
            });
          }}
        />
      )}
      {dialog?.kind === "edit" && (
        <MedicineFormModal
          siteId={site.id}
          medicine={dialog.medicine}
          onClose={close}
          onSaved={(medicine) => {
            close();
            notifications.show({
              color: "calm",
              message: t("medicines.form.saved", { name: medicine.name }),
            });
          }}
        />
      )}
      {dialog?.kind === "stock" && (
        <MedicineStockModal
          siteId={site.id}
          medicine={dialog.medicine}
          onClose={close}
          onSaved={(medicine) => {
            close();
            notifications.show({
              color: "calm",
              message: t("medicines.stock.saved", {
                name: medicine.name,
                stock: `${medicine.stock} ${medicine.unit}`,
              }),
            });
          }}
        />
      )}
    </Stack>
  );
}
