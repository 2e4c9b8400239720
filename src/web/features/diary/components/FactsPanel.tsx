import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SessionFacts } from "../../../../common/contracts/diary";
import { countryName } from "../../../components/country-names";
import { catalogueName } from "../../door/door.format";
import { DiaryIcon, type DiaryIconName } from "./DiaryIcon";

const listStyle = { listStyle: "none", padding: 0, margin: 0 } as const;

function Figure({ icon, value, label }: { icon: DiaryIconName; value: number; label: string }) {
  const { i18n } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap" component="li">
      <Text c="calm.8" component="span" style={{ display: "flex" }}>
        <DiaryIcon name={icon} size={28} />
      </Text>
      <div>
        <Text fz={26} fw={700} lh={1.1}>
          {value.toLocaleString(i18n.language)}
        </Text>
        <Text size="sm" c="dark.7">
          {label}
        </Text>
      </div>
    </Group>
  );
}

/** What Pusterum already knows of the evening, so nobody counts by hand: figures first, then lists. */
export function FactsPanel({ facts }: { facts: SessionFacts }) {
  const { t, i18n } = useTranslation("diary");
  const language = i18n.language;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="diary-facts"
      data-testid="diary-facts"
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="diary-facts">
          {t("facts.title")}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" component="ul" style={listStyle}>
          <Figure icon="people" value={facts.visits} label={t("facts.visits", { count: facts.visits })} />
          <Figure
            icon="new"
            value={facts.firstVisits}
            label={t("facts.firstVisits", { count: facts.firstVisits })}
          />
          <Figure
            icon="anonymous"
            value={facts.anonymousVisits}
            label={t("facts.anonymousVisits", { count: facts.anonymousVisits })}
          />
          <Figure
            icon="clinic"
            value={facts.clinicConsultations}
            label={t("facts.clinicConsultations", { count: facts.clinicConsultations })}
          />
          <Figure
            icon="limit"
            value={facts.limitOverrides}
            label={t("facts.limitOverrides", { count: facts.limitOverrides })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Stack gap={4}>
            <Group gap={6}>
              <DiaryIcon name="globe" size={18} />
              <Title order={3} size="h5">
                {t("facts.nationalities")}
              </Title>
            </Group>
            {facts.nationalities.length === 0 ? (
              <Text size="sm">{t("facts.none")}</Text>
            ) : (
              <Stack gap={2} component="ul" style={listStyle}>
                {facts.nationalities.map((n) => (
                  <Text key={n.country} component="li" size="sm">
                    {t("facts.nationality", { country: countryName(n.country, language), count: n.count })}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
          <Stack gap={4}>
            <Group gap={6}>
              <DiaryIcon name="class" size={18} />
              <Title order={3} size="h5">
                {t("facts.classes")}
              </Title>
            </Group>
            {facts.classes.length === 0 ? (
              <Text size="sm">{t("facts.noClasses")}</Text>
            ) : (
              <Stack gap={2} component="ul" style={listStyle}>
                {facts.classes.map((c) => (
                  <Text key={`${c.startsAt}-${c.title}`} component="li" size="sm">
                    {c.startsAt}–{c.endsAt} {c.title}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
          <Stack gap={4}>
            <Group gap={6}>
              <DiaryIcon name="supplies" size={18} />
              <Title order={3} size="h5">
                {t("facts.supplies")}
              </Title>
            </Group>
            {facts.supplies.length === 0 ? (
              <Text size="sm">{t("facts.noSupplies")}</Text>
            ) : (
              <Stack gap={2} component="ul" style={listStyle}>
                {facts.supplies.map((s) => (
                  <Text key={s.itemId} component="li" size="sm">
                    {t("facts.supply", {
                      item: catalogueName(s.names, language),
                      quantity: s.quantity,
                      count: s.handouts,
                    })}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
