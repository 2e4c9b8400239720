import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { AUDIT_EVENTS, type AuditEvent } from "../../../../common/audit-events";
import type { Account } from "../../../../common/contracts/accounts";
import { type AuditFilterValues, EMPTY_FILTER, periodReversed } from "../audit.filters";

interface AuditFiltersProps {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
  people: Account[];
}

/** Event types, person and period. Every change filters at once; nothing is typed into the address. */
export function AuditFilters({ values, onChange, people }: AuditFiltersProps) {
  const { t } = useTranslation("audit");
  const events = useMemo(
    () =>
      AUDIT_EVENTS.map((event) => ({ value: event, label: t(`events.${event}`) })).sort((a, b) =>
        a.label.localeCompare(b.label),
      ),
    [t],
  );
  const persons = useMemo(
    () =>
      people
        .map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [people],
  );
  const set = (change: Partial<AuditFilterValues>) => onChange({ ...values, ...change });
  return (
    <Paper withBorder p="md" component="section" aria-label={t("filters.label")}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <MultiSelect
          label={t("filters.events")}
          placeholder={values.events.length === 0 ? t("filters.allEvents") : undefined}
          data={events}
          value={values.events}
          onChange={(selected) => set({ events: selected as AuditEvent[] })}
          searchable
          clearable
          nothingFoundMessage={t("filters.nothingFound")}
        />
        <Select
          label={t("filters.person")}
          placeholder={t("filters.everyone")}
          data={persons}
          value={values.actorAccountId}
          onChange={(actorAccountId) => set({ actorAccountId })}
          searchable
          clearable
          nothingFoundMessage={t("filters.nothingFound")}
        />
        <TextInput
          type="date"
          label={t("filters.from")}
          value={values.fromDate}
          max={values.toDate || undefined}
          onChange={(event) => set({ fromDate: event.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t("filters.to")}
          value={values.toDate}
          min={values.fromDate || undefined}
          onChange={(event) => set({ toDate: event.currentTarget.value })}
          error={periodReversed(values) ? t("filters.periodReversed") : undefined}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button variant="subtle" onClick={() => onChange(EMPTY_FILTER)}>
          {t("filters.clear")}
        </Button>
      </Group>
    </Paper>
  );
}
