import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { type AuditFilterValues, EMPTY_FILTER, periodReversed, toAuditQuery } from "../audit.filters";
import { useAuditEvents, useAuditExport, useAuditPeople } from "../audit.queries";
import { AuditEventsTable } from "../components/AuditEventsTable";
import { AuditFilters } from "../components/AuditFilters";
import { ChainStatusBadge } from "../components/ChainStatusBadge";

const HEADING_ID = "audit-heading";

/** Who did what, and when: the audit log for managers and administrators, newest first. */
export function AuditLogPage() {
  const { t } = useTranslation("audit");
  usePageTitle(t("title"));
  const [filter, setFilter] = useState<AuditFilterValues>(EMPTY_FILTER);
  const reversed = periodReversed(filter);
  // A reversed period is not sent: the last good query stays on screen while the field says why.
  const [query, setQuery] = useState(() => toAuditQuery(EMPTY_FILTER));
  const onFilter = (values: AuditFilterValues) => {
    setFilter(values);
    if (!periodReversed(values)) setQuery(toAuditQuery(values));
  };
  const events = useAuditEvents(query);
  const people = useAuditPeople();
  const exporting = useAuditExport();
  const rows = useMemo(() => events.data?.pages.flatMap((page) => page.items) ?? [], [events.data]);
  const first = events.data?.pages[0];

  const exportError = () => {
    const error = exporting.error;
    if (!error) return null;
    const tooLarge = isApiError(error) && error.fieldErrors.some((e) => e.code === "EXPORT_TOO_LARGE");
    return tooLarge ? (
      <ErrorAlert error={error} title={t("export.tooLarge")} />
    ) : (
      <ErrorAlert error={error} />
    );
  };

  const list = () => {
    if (events.isPending) return <FullPageLoader />;
    if (events.isError) return <ErrorAlert error={events.error} />;
    if (rows.length === 0) {
      return (
        <Paper withBorder p="xl">
          <Text ta="center">{t("empty")}</Text>
        </Paper>
      );
    }
    return (
      <Stack gap="md">
        <Paper withBorder>
          <AuditEventsTable
            labelledBy={HEADING_ID}
            rows={rows}
            showAddress={first?.addressesShown ?? false}
          />
        </Paper>
        <Group justify="center">
          {events.hasNextPage ? (
            <Button
              variant="default"
              onClick={() => void events.fetchNextPage()}
              loading={events.isFetchingNextPage}
            >
              {t("loadMore")}
            </Button>
          ) : (
            <Text c="dark.6" size="sm">
              {t("end")}
            </Text>
          )}
        </Group>
      </Stack>
    );
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={1} id={HEADING_ID}>
              {t("title")}
            </Title>
            <ChainStatusBadge />
          </Group>
          <Text c="dark.6">{first?.addressesShown ? t("introAdministrator") : t("intro")}</Text>
        </Stack>
        {first?.canExport && (
          <Button
            variant="default"
            onClick={() => exporting.mutate(query)}
            loading={exporting.isPending}
            disabled={reversed}
          >
            {t("export.button")}
          </Button>
        )}
      </Group>
      {exportError()}
      <AuditFilters values={filter} onChange={onFilter} people={people.data?.items ?? []} />
      {list()}
    </Stack>
  );
}
