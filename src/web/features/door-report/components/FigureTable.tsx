import { Box, Group, Paper, Table, Text } from "@mantine/core";
import type { ReactNode } from "react";

export interface FigureColumn {
  header: string;
  /** Right-aligned, as numbers are read. */
  numeric?: boolean;
}

export interface FigureRow {
  key: string;
  /** The first cell names the row (a row header); the rest are its figures. */
  cells: ReactNode[];
}

interface FigureTableProps {
  caption: string;
  /** A sentence under the caption: what is counted, and how. */
  description?: string;
  columns: FigureColumn[];
  rows: FigureRow[];
  /** Said instead of an empty table. */
  empty: string;
  minWidth?: number;
}

/** A table of figures with its caption, column headers and row headers, readable aloud cell by cell. */
export function FigureTable({
  caption,
  description,
  columns,
  rows,
  empty,
  minWidth = 420,
}: FigureTableProps) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table captionSide="top" verticalSpacing="xs" horizontalSpacing="md" striped highlightOnHover>
          <Table.Caption style={{ textAlign: "left", padding: "var(--mantine-spacing-md)", margin: 0 }}>
            <Text component="span" fw={600} size="lg" c="dark.9" display="block">
              {caption}
            </Text>
            {description && (
              <Text component="span" size="sm" c="dark.6" display="block">
                {description}
              </Text>
            )}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.header} scope="col" ta={column.numeric ? "right" : undefined}>
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dark.6">{empty}</Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              rows.map((row) => (
                <Table.Tr key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <Table.Th key={columns[index]?.header ?? index} scope="row" fw={500}>
                        {cell}
                      </Table.Th>
                    ) : (
                      <Table.Td
                        key={columns[index]?.header ?? index}
                        ta={columns[index]?.numeric ? "right" : undefined}
                        style={columns[index]?.numeric ? { fontVariantNumeric: "tabular-nums" } : undefined}
                      >
                        {cell}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/**
 * A share as a number and a bar: the number is what a screen reader reads; the bar, hidden from it,
 * is for the eye. The bar's length is the share of the whole, so bars in a table compare honestly.
 */
export function ShareBar({ share, label }: { share: number; label: string }) {
  const width = `${Math.max(0, Math.min(1, share)) * 100}%`;
  return (
    <Group gap="sm" wrap="nowrap" justify="flex-end">
      <Box
        w={140}
        h={14}
        bg="gray.2"
        style={{ borderRadius: 4, overflow: "hidden", flexShrink: 0 }}
        aria-hidden
      >
        <Box h="100%" bg="calm.7" style={{ width }} />
      </Box>
      <Text component="span" size="sm" miw="3.5em" ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
        {label}
      </Text>
    </Group>
  );
}
