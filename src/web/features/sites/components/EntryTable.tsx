import { Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface EntryRow {
  id: string;
  cells: ReactNode[];
  /** Read aloud with the row's buttons: "Edit <describe>". */
  describe: string;
}

interface EntryTableProps {
  id: string;
  title: string;
  intro?: string;
  empty: string;
  columns: string[];
  rows: EntryRow[];
  addLabel?: string;
  onAdd?: () => void;
  onEdit?: (id: string) => void;
  onRemove?: (id: string) => void;
}

/** One kind of dated entry of the week (one-offs, closures, pilot periods…) as a small table. */
export function EntryTable(props: EntryTableProps) {
  const { t } = useTranslation("sites");
  const editable = Boolean(props.onEdit || props.onRemove);
  return (
    <Stack gap="xs" component="section" aria-labelledby={props.id}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h3" id={props.id}>
            {props.title}
          </Title>
          {props.intro && (
            <Text size="sm" c="dark.6">
              {props.intro}
            </Text>
          )}
        </Stack>
        {props.onAdd && props.addLabel && (
          <Button variant="light" onClick={props.onAdd}>
            {props.addLabel}
          </Button>
        )}
      </Group>
      {props.rows.length === 0 ? (
        <Text c="dark.6">{props.empty}</Text>
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={480}>
            <Table aria-labelledby={props.id} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  {props.columns.map((c) => (
                    <Table.Th key={c}>{c}</Table.Th>
                  ))}
                  {editable && <Table.Th>{t("table.actions")}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {props.rows.map((row) => (
                  <Table.Tr key={row.id}>
                    {row.cells.map((cell, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed
                      <Table.Td key={index}>{cell}</Table.Td>
                    ))}
                    {editable && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {props.onEdit && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              aria-label={`${t("week.edit")} ${row.describe}`}
                              onClick={() => props.onEdit?.(row.id)}
                            >
                              {t("week.edit")}
                            </Button>
                          )}
                          {props.onRemove && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              c="red.9"
                              aria-label={`${t("week.remove")} ${row.describe}`}
                              onClick={() => props.onRemove?.(row.id)}
                            >
                              {t("week.remove")}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
