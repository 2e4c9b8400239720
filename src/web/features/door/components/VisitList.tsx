import { Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Visit } from "../../../../common/contracts/visits";
import { countryName } from "../../../components/country-names";
import { formatTimeAt } from "../door.format";
import { FlagBadges } from "./FlagBadges";

interface VisitListProps {
  visits: readonly Visit[];
  timeZone: string;
  selectedId: string | null;
  onSelect: (visit: Visit) => void;
}

/** Tonight's visits, newest first: a code or "anonymous", her nationality, and what to tell her. */
export function VisitList({ visits, timeZone, selectedId, onSelect }: VisitListProps) {
  const { t, i18n } = useTranslation("door");
  const language = i18n.language;
  return (
    <Stack gap="xs" component="section" aria-labelledby="door-visits">
      <Title order={2} size="h3" id="door-visits">
        {t("visits.title")}
      </Title>
      {visits.length === 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Text ta="center">{t("visits.empty")}</Text>
        </Paper>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {visits.map((visit) => {
            const selected = visit.id === selectedId;
            const who = visit.visitorCode ?? t("visit.anonymous");
            return (
              <li key={visit.id}>
                <UnstyledButton
                  onClick={() => onSelect(visit)}
                  aria-current={selected ? "true" : undefined}
                  w="100%"
                  p="sm"
                  mih={48}
                  style={{
                    borderRadius: "var(--mantine-radius-md)",
                    border: `2px solid ${selected ? "var(--mantine-color-calm-8)" : "var(--mantine-color-gray-3)"}`,
                    background: selected ? "var(--mantine-color-calm-0)" : "var(--mantine-color-white)",
                  }}
                >
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Group gap="sm" wrap="nowrap">
                      <Text fw={600} ff="ui-monospace, monospace" c="dark.9">
                        {formatTimeAt(visit.checkedInAt, timeZone, language)}
                      </Text>
                      <Text
                        fw={600}
                        c="dark.9"
                        ff={visit.visitorCode ? "ui-monospace, monospace" : undefined}
                      >
                        {who}
                      </Text>
                      <Text c="dark.8">{countryName(visit.nationality, language)}</Text>
                    </Group>
                    <Group gap={6}>
                      {visit.firstVisit && (
                        <Badge variant="outline" color="dark">
                          {t("visits.firstVisit")}
                        </Badge>
                      )}
                      {visit.leftAt && (
                        <Badge variant="outline" color="gray.8">
                          {t("visits.left")}
                        </Badge>
                      )}
                      <FlagBadges flags={visit.flags} size="md" />
                    </Group>
                  </Group>
                </UnstyledButton>
              </li>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
