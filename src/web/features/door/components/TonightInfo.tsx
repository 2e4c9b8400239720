import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Tonight } from "../../../../common/contracts/visits";
import { languageName } from "../../../i18n/languages";
import { catalogueName } from "../door.format";

/** Who is on duty and what they speak, tonight's activities, and supplies running low. */
export function TonightInfo({ tonight }: { tonight: Tonight }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      <OnDuty tonight={tonight} />
      <Activities tonight={tonight} />
      <LowStock tonight={tonight} />
    </SimpleGrid>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

const listStyle = { listStyle: "none", padding: 0, margin: 0 } as const;

function OnDuty({ tonight }: { tonight: Tonight }) {
  const { t, i18n } = useTranslation(["door", "roster"]);
  const language = i18n.language;
  return (
    <Section id="door-on-duty" title={t("door:onDuty.title")}>
      {tonight.onDuty.length === 0 ? (
        <Text>{t("door:onDuty.empty")}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={listStyle}>
          {tonight.onDuty.map((person) => (
            <li key={`${person.accountId}-${person.duty}`}>
              <Text fw={600}>
                {person.displayName}{" "}
                <Text span c="dark.7" fw={400}>
                  · {t(`roster:duties.${person.duty}`)}
                </Text>
              </Text>
              <Text size="sm" c="dark.7">
                {person.languages.length > 0
                  ? person.languages.map((code) => languageName(code, language)).join(", ")
                  : t("door:onDuty.noLanguages")}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function Activities({ tonight }: { tonight: Tonight }) {
  const { t, i18n } = useTranslation(["door", "sites"]);
  // A title that only repeats the kind ("Klinik: gynækolog") is not shown twice, in either language.
  const repeatsKind = (title: string, kind: Tonight["activities"][number]["kind"]) =>
    ["da", "en"].some((lng) => i18n.t(`sites:activityKinds.${kind}`, { lng }) === title.trim());
  return (
    <Section id="door-activities" title={t("door:activities.title")}>
      {tonight.activities.length === 0 ? (
        <Text>{t("door:activities.empty")}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={listStyle}>
          {tonight.activities.map((activity) => (
            <li key={activity.id}>
              <Text fw={600}>
                {activity.startsAt}–{activity.endsAt}{" "}
                <Text span fw={400}>
                  {t(`sites:activityKinds.${activity.kind}`)}
                </Text>
              </Text>
              {activity.title && !repeatsKind(activity.title, activity.kind) && (
                <Text size="sm" c="dark.7">
                  {activity.title}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function LowStock({ tonight }: { tonight: Tonight }) {
  const { t, i18n } = useTranslation("door");
  return (
    <Section id="door-low-stock" title={t("lowStock.title")}>
      {tonight.lowStock.length === 0 ? (
        <Text>{t("lowStock.empty")}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={listStyle}>
          {tonight.lowStock.map((item) => (
            <Group key={item.itemId} component="li" gap="xs" wrap="nowrap">
              <Text c="orange.9" fw={700} aria-hidden>
                !
              </Text>
              <Text>
                {t("lowStock.item", { item: catalogueName(item.names, i18n.language), count: item.stock })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
