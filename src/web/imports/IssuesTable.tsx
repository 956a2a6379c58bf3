/** Every problem an import found, one row each: the line of the file, the column, and why. */
import { Table } from '@mantine/core';
import type { ImportIssueDto } from '../../api/imports.ts';
import { fieldMessage } from '../http/problem.ts';
import { messageValues } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { currentLanguage, i18n } from '../i18n/instance.ts';
import { tKey } from '../i18n/t-key.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';

/**
 * The issue in the UI language by its code: an import's own, or the field code of the domain rule a
 * row broke (said as fieldMessage does); the server's words without one (or in English).
 */
function issueMessage(i: ImportIssueDto): string {
  if (!i.code || currentLanguage() === 'en') return i.message;
  const key = `imports:issueCodes.${i.code}`;
  if (i18n.exists(key)) return tKey(key, messageValues(i.params ?? {}));
  return fieldMessage({ field: i.column ?? '', message: i.message, code: i.code, params: i.params ?? {} });
}

export function IssuesTable({ issues, label }: { issues: readonly ImportIssueDto[]; label?: string }) {
  const { t } = useT('imports');
  return (
    <ScrollTable label={label ?? t('issues.label')} minWidth={520}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('issues.line')}</Table.Th>
          <Table.Th scope="col">{t('issues.column')}</Table.Th>
          <Table.Th scope="col">{t('issues.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {issues.map((i) => (
          <Table.Tr key={`${i.line}:${i.column}:${i.message}`}>
            <Table.Td>{i.line}</Table.Td>
            <Table.Td>{i.column ?? t('issues.wholeRow')}</Table.Td>
            <Table.Td>{issueMessage(i)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
