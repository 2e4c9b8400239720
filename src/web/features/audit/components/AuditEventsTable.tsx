import { Code, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEventRow } from "../../../../common/contracts/audit";
import { formatInstant, isAuditEvent, isEntityType, shortId } from "../audit.format";

interface AuditEventsTableProps {
  labelledBy: string;
  rows: AuditEventRow[];
  /** The server sends addresses to administrators only; the column follows what it sent. */
  showAddress: boolean;
}

export function AuditEventsTable({ labelledBy, rows, showAddress }: AuditEventsTableProps) {
  const { t, i18n } = useTranslation("audit");
  const person = (row: AuditEventRow) => {
    if (!row.actor) return <Text c="dark.6">{t("table.system")}</Text>;
    if (!row.actor.displayName) return <Text c="dark.6">{t("table.unknownPerson")}</Text>;
    return (
      <span>
        {row.actor.displayName}{" "}
        <Text span c="dark.6" size="sm">
          ({row.actor.username})
        </Text>
      </span>
    );
  };
  const record = (row: AuditEventRow) => {
    if (!row.entityType) return null;
    const type = isEntityType(row.entityType) ? t(`entityTypes.${row.entityType}`) : row.entityType;
    return (
      <span>
        {type}
        {row.entityId && (
          <>
            {" "}
            <Code title={row.entityId}>{shortId(row.entityId)}</Code>
          </>
        )}
      </span>
    );
  };
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-labelledby={labelledBy} striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("table.time")}</Table.Th>
            <Table.Th scope="col">{t("table.event")}</Table.Th>
            <Table.Th scope="col">{t("table.person")}</Table.Th>
            <Table.Th scope="col">{t("table.record")}</Table.Th>
            {showAddress && <Table.Th scope="col">{t("table.address")}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <time dateTime={row.occurredAt}>{formatInstant(row.occurredAt, i18n.language)}</time>
              </Table.Td>
              <Table.Td>{isAuditEvent(row.event) ? t(`events.${row.event}`) : row.event}</Table.Td>
              <Table.Td>{person(row)}</Table.Td>
              <Table.Td>{record(row)}</Table.Td>
              {showAddress && <Table.Td>{row.address ?? ""}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
