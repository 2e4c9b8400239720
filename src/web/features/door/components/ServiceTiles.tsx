import { Group, Loader, SimpleGrid, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Service } from "../../../../common/contracts/services";
import type { Visit } from "../../../../common/contracts/visits";
import { CatalogueIcon } from "../../../components/CatalogueIcon";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { catalogueName } from "../door.format";
import { useToggleService } from "../door.mutations";

interface ServiceTilesProps {
  siteId: string;
  visit: Visit;
  services: readonly Service[];
}

/** What she used tonight: one large tile per service, pressed when ticked. */
export function ServiceTiles({ siteId, visit, services }: ServiceTilesProps) {
  const { t, i18n } = useTranslation("door");
  const toggle = useToggleService(siteId);
  const [busyId, setBusyId] = useState<string | null>(null);
  const active = services.filter((service) => service.active);
  const ticked = new Set(visit.serviceIds);
  const headingId = `services-${visit.id}`;

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t("visit.services.title")}
      </Title>
      {active.length === 0 ? (
        <Text>{t("visit.services.empty")}</Text>
      ) : (
        <SimpleGrid cols={{ base: 2, xl: 3 }} spacing="xs">
          {active.map((service) => {
            const on = ticked.has(service.id);
            const busy = busyId === service.id && toggle.isPending;
            return (
              <UnstyledButton
                key={service.id}
                aria-pressed={on}
                aria-busy={busy || undefined}
                disabled={busy}
                onClick={() => {
                  setBusyId(service.id);
                  toggle.mutate({ visitId: visit.id, serviceId: service.id, ticked: !on });
                }}
                p="sm"
                mih={56}
                style={{
                  borderRadius: "var(--mantine-radius-md)",
                  border: `2px solid ${on ? "var(--mantine-color-calm-8)" : "var(--mantine-color-gray-4)"}`,
                  background: on ? "var(--mantine-color-calm-8)" : "var(--mantine-color-white)",
                  color: on ? "var(--mantine-color-white)" : "var(--mantine-color-dark-9)",
                }}
              >
                <Group gap="xs" wrap="nowrap">
                  {busy ? (
                    <Loader size={22} color={on ? "white" : "calm"} aria-hidden />
                  ) : (
                    <CatalogueIcon icon={service.icon} size={26} />
                  )}
                  <Text
                    fw={on ? 700 : 500}
                    size="md"
                    lh={1.2}
                    style={{ overflowWrap: "anywhere", hyphens: "auto", minWidth: 0 }}
                  >
                    {catalogueName(service.names, i18n.language)}
                  </Text>
                </Group>
              </UnstyledButton>
            );
          })}
        </SimpleGrid>
      )}
      <ErrorAlert error={toggle.error} />
    </Stack>
  );
}
