/**
 * The studies as an editable table: one row per study, one column per escalc column of the chosen
 * measure. Every input is labelled with its column and row; an error shows under the cell it names.
 */
import { ActionIcon, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import type { NumericColumn } from '../../domain/meta/analysis.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { Column } from './columns.ts';
import { type CellAddress, cellAddress, type DraftRow } from './draft.ts';

export const cellId = (key: number, column: NumericColumn | 'study') => `meta-cell-${key}-${column}`;

/** The row's name for labels and messages: "row 3 (Aronson 1948)". */
export function rowName(rows: readonly DraftRow[], key: number): string {
  const index = rows.findIndex((r) => r.key === key);
  const study = rows[index]?.study.trim();
  const row = tKey('meta:table.row', { n: index + 1 });
  return `${row}${study ? ` (${study})` : ''}`;
}

/** Focuses the first cell, in table order, that has an error; false when none has. */
export function focusFirstCell(
  rows: readonly DraftRow[],
  columns: readonly Column[],
  errors: Partial<Record<CellAddress, string>>,
): boolean {
  for (const row of rows) {
    for (const column of ['study' as const, ...columns.map((c) => c.key)]) {
      if (errors[cellAddress(row.key, column)]) {
        const input = document.getElementById(cellId(row.key, column));
        input?.focus();
        input?.scrollIntoView({ block: 'center', inline: 'nearest' });
        return true;
      }
    }
  }
  return false;
}

interface Props {
  rows: readonly DraftRow[];
  columns: readonly Column[];
  errors: Partial<Record<CellAddress, string>>;
  onStudy: (key: number, value: string) => void;
  onCell: (key: number, column: NumericColumn, value: string) => void;
  onRemove: (key: number) => void;
}

export function StudyTable({ rows, columns, errors, onStudy, onCell, onRemove }: Props) {
  const { t } = useT('meta');
  return (
    <ScrollTable label={t('table.label')} minWidth={300 + columns.length * 104}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w={40}>
            #
          </Table.Th>
          <Table.Th scope="col" miw={220}>
            {t('table.study')}
          </Table.Th>
          {columns.map((c) => (
            <Table.Th scope="col" key={c.key} miw={96}>
              {c.label}{' '}
              <Text span ff="monospace" size="sm" fw={400}>
                ({c.key})
              </Text>
            </Table.Th>
          ))}
          <Table.Th scope="col" w={48}>
            <VisuallyHidden>{t('table.remove')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, i) => {
          const name = rowName(rows, row.key);
          return (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500} style={{ verticalAlign: 'top', paddingTop: 20 }}>
                {i + 1}
              </Table.Th>
              <Table.Td style={{ verticalAlign: 'top' }}>
                <TextInput
                  id={cellId(row.key, 'study')}
                  aria-label={t('table.studyLabel', { n: i + 1 })}
                  placeholder={t('table.placeholder', { n: i + 1 })}
                  value={row.study}
                  onChange={(e) => onStudy(row.key, e.currentTarget.value)}
                  error={errors[cellAddress(row.key, 'study')]}
                  autoComplete="off"
                />
              </Table.Td>
              {columns.map((c) => (
                <Table.Td key={c.key} style={{ verticalAlign: 'top' }}>
                  <TextInput
                    id={cellId(row.key, c.key)}
                    aria-label={`${c.label} (${c.key}), ${name}`}
                    inputMode="decimal"
                    value={row.cells[c.key] ?? ''}
                    onChange={(e) => onCell(row.key, c.key, e.currentTarget.value)}
                    error={errors[cellAddress(row.key, c.key)]}
                    autoComplete="off"
                    styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
                  />
                </Table.Td>
              ))}
              <Table.Td style={{ verticalAlign: 'top' }}>
                <ActionIcon
                  variant="subtle"
                  color="gray.8"
                  size="lg"
                  mt={2}
                  aria-label={t('table.removeRow', { name })}
                  onClick={() => onRemove(row.key)}
                >
                  <span aria-hidden="true">✕</span>
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}
