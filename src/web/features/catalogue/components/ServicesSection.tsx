import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Service } from "../../../../common/contracts/services";
import { CatalogueIcon } from "../../../components/CatalogueIcon";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { displayName, isRequiredNameLanguage } from "../catalogue.logic";
import { languageName } from "../language-names";
import { useArrange } from "../use-arrange";
import { MoveButtons } from "./MoveButtons";
import { VisibilitySwitch } from "./VisibilitySwitch";

interface ServicesSectionProps {
  siteId: string;
  services: Service[];
  canManage: boolean;
  onAdd: () => void;
  onEdit: (service: Service) => void;
}

const HEADING_ID = "catalogue-services-heading";

/** The services staff tick during a visit, in the order the door shows them. */
export function ServicesSection({ siteId, services, canManage, onAdd, onEdit }: ServicesSectionProps) {
  const { t, i18n } = useTranslation("catalogue");
  const list = useArrange(siteId, "service", services);
  const listFormat = new Intl.ListFormat(i18n.language, { type: "conjunction" });

  return (
    <Stack gap="sm" component="section" aria-labelledby={HEADING_ID}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} id={HEADING_ID}>
            {t("services.title")}
          </Title>
          <Text c="dark.6">{canManage ? t("services.introManage") : t("services.intro")}</Text>
        </Stack>
        {canManage && <Button onClick={onAdd}>{t("services.add")}</Button>}
      </Group>
      <ErrorAlert error={list.error} />
      <VisuallyHidden aria-live="polite">{list.announcement}</VisuallyHidden>
      {list.order.length === 0 ? (
        <Paper withBorder p="xl">
          <Text ta="center">{t("services.empty")}</Text>
        </Paper>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
          {list.order.map((service, index) => {
            const name = displayName(service.names, i18n.language);
            const others = Object.keys(service.names).filter(
              (l) => !isRequiredNameLanguage(l) && service.names[l],
            );
            return (
              <Paper
                component="li"
                key={service.id}
                withBorder
                p="sm"
                bg={service.active ? undefined : "gray.1"}
              >
                <Group justify="space-between" gap="sm">
                  <Group gap="md" wrap="nowrap" style={{ flex: "1 1 18rem", minWidth: 0 }}>
                    <CatalogueIcon icon={service.icon} size={36} />
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Group gap="xs">
                        <Text fw={600} size="lg">
                          {name}
                        </Text>
                        {!service.active && (
                          <Badge color="gray" variant="light" c="dark.7">
                            {t("visibility.hidden")}
                          </Badge>
                        )}
                      </Group>
                      {others.length > 0 && (
                        <Text size="sm" c="dark.6">
                          {t("services.alsoIn", {
                            languages: listFormat.format(others.map((l) => languageName(l, i18n.language))),
                          })}
                        </Text>
                      )}
                    </Stack>
                  </Group>
                  {canManage && (
                    <Group gap="sm" wrap="nowrap">
                      <VisibilitySwitch
                        name={name}
                        active={service.active}
                        onChange={(active) => list.setActive(service.id, active)}
                      />
                      <Button
                        variant="default"
                        aria-label={t("services.editFor", { name })}
                        onClick={() => onEdit(service)}
                      >
                        {t("form.edit")}
                      </Button>
                      <MoveButtons
                        name={name}
                        first={index === 0}
                        last={index === list.order.length - 1}
                        onMove={(direction) => list.move(service.id, direction)}
                        buttonRef={list.buttonRef(service.id)}
                      />
                    </Group>
                  )}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
