import { ScrollArea, Table, Text } from '@mantine/core';
import { ChangeBadge } from './ChangeBadge.tsx';
import { formatCell, type Cell, type CellKind, type SectionTable } from './reportModel.ts';

const NUMERIC: ReadonlySet<CellKind> = new Set(['integer', 'decimal', 'share', 'percent', 'change']);
/** Short values that read badly when broken over two lines. */
const NOWRAP_COLUMNS: ReadonlySet<string> = new Set(['Tanggal', 'Kode']);

/** One of a section's tables, cells formatted as in the PPTX and PDF; long tables scroll under a fixed header. */
export function ReportTable({ table, higherIsBetter = true }: { table: SectionTable; higherIsBetter?: boolean }) {
  const long = table.rows.length > 10;
  const content = (
    <Table striped highlightOnHover withTableBorder stickyHeader={long} fz="sm" verticalSpacing={6} horizontalSpacing="sm">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left', marginTop: 0 }}>
        <Text span fw={600} size="sm" c="dark">{table.title}</Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {table.columns.map((column, i) => (
            <Table.Th key={i} ta={NUMERIC.has(column.kind) ? 'right' : 'left'} style={{ whiteSpace: column.header.length <= 10 ? 'nowrap' : 'normal' }}>{keepMonthTogether(column.header)}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {table.rows.map((row, r) => (
          <Table.Tr key={r} fw={row[0] === 'Jumlah' ? 700 : undefined}>
            {row.map((cell, c) => {
              const kind = table.columns[c]?.kind ?? 'text';
              const nowrap = NOWRAP_COLUMNS.has(table.columns[c]?.header ?? '');
              return <Table.Td key={c} ta={NUMERIC.has(kind) ? 'right' : 'left'} style={nowrap ? { whiteSpace: 'nowrap' } : undefined}><CellView kind={kind} value={cell} higherIsBetter={higherIsBetter} /></Table.Td>;
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return long
    ? <ScrollArea.Autosize mah={380} type="auto" offsetScrollbars>{content}</ScrollArea.Autosize>
    : <ScrollArea type="auto" scrollbars="x">{content}</ScrollArea>;
}

/** 'Perubahan thd Sep-26' never breaks inside 'Sep-26' (a non-breaking hyphen). */
const keepMonthTogether = (header: string): string => header.replace(/([A-Za-z]{3})-(\d{2})\b/g, '$1\u2011$2');

function CellView({ kind, value, higherIsBetter }: { kind: CellKind; value: Cell; higherIsBetter: boolean }) {
  if (kind === 'change' && typeof value === 'number') return <ChangeBadge pct={value} higherIsBetter={higherIsBetter} size="xs" compact />;
  return <>{formatCell(kind, value)}</>;
}
