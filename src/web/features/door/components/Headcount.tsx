import { Group, Progress, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Tonight } from "../../../../common/contracts/visits";

/** The room at a glance: who is in against the room's capacity, and tonight's counts. */
export function Headcount({ tonight }: { tonight: Tonight }) {
  const { t } = useTranslation("door");
  const capacity = tonight.site.roomCapacity;
  const share = capacity > 0 ? Math.min(100, (tonight.headcount / capacity) * 100) : 0;
  const full = tonight.headcount >= capacity;
  const nearlyFull = !full && share >= 85;
  const colour = full ? "red.9" : nearlyFull ? "orange.8" : "calm.8";

  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text fw={600} size="lg">
          {t("headcount.label")}
        </Text>
        <Group gap="xs" align="baseline">
          <Text fz={56} fw={700} lh={1} c="dark.9">
            {tonight.headcount}
          </Text>
          <Text fz="xl" fw={500} c="dark.7">
            {t("headcount.ofCapacity", { capacity })}
          </Text>
        </Group>
        <Progress.Root size={20} radius="md">
          <Progress.Section
            value={share}
            color={colour}
            withAria={false}
            role="progressbar"
            aria-label={t("headcount.label")}
            aria-valuemin={0}
            aria-valuemax={capacity}
            aria-valuenow={Math.min(tonight.headcount, capacity)}
            aria-valuetext={t("headcount.bar", { count: tonight.headcount, capacity })}
          />
        </Progress.Root>
        {(full || nearlyFull) && (
          <Text fw={600} c={full ? "red.9" : "orange.9"}>
            {full ? t("headcount.full") : t("headcount.nearlyFull")}
          </Text>
        )}
      </Stack>
      <SimpleGrid cols={3} spacing="xs">
        <Figure value={tonight.visits} label={t("headcount.visits")} />
        <Figure value={tonight.firstVisits} label={t("headcount.firstVisits")} />
        <Figure value={tonight.anonymousVisits} label={t("headcount.anonymous")} />
      </SimpleGrid>
    </Stack>
  );
}

function Figure({ value, label }: { value: number; label: string }) {
  return (
    <Stack gap={0}>
      <Text fz={28} fw={700} lh={1.1} c="dark.9">
        {value}
      </Text>
      <Text size="sm" c="dark.7">
        {label}
      </Text>
    </Stack>
  );
}
