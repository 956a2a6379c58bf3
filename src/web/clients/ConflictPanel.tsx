/**
 * Shown when someone else saved the client while this user was editing: what changed on each side,
 * and two ways forward. The user's draft stays in the form below until they choose.
 */

import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { Client } from '../../api/clients.ts';
import { useT } from '../i18n/i18n.ts';
import { tKey } from '../i18n/labels.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import {
  type ClientDraft,
  type ClientField,
  changedFields,
  draftFromClient,
  FIELD_LABELS,
  isPortalLanguage,
  LANGUAGE_LABELS,
} from './draft.ts';

interface Props {
  /** The version the user started editing. */
  base: Client;
  /** The version saved by someone else. */
  current: Client;
  draft: ClientDraft;
  fields: readonly ClientField[];
  onReapply: () => void;
  onDiscard: () => void;
}

const show = (field: ClientField, value: string) => {
  if (field === 'language' && isPortalLanguage(value)) return LANGUAGE_LABELS[value];
  return value.trim() ? value : tKey('clients:conflict.empty');
};

export function ConflictPanel({ base, current, draft, fields, onReapply, onDiscard }: Props) {
  const { t } = useT('clients');
  const before = draftFromClient(base);
  const theirs = draftFromClient(current);
  const theyChanged = changedFields(before, theirs, fields);
  const youChanged = changedFields(before, draft, fields);
  const rows = fields.filter((f) => theyChanged.includes(f) || youChanged.includes(f));
  const both = theyChanged.filter((f) => youChanged.includes(f) && theirs[f].trim() !== draft[f].trim());

  return (
    <Alert color="orange" title={t('conflict.title')} role="alert">
      <Stack gap="sm">
        <Text size="sm">{t('conflict.body')}</Text>
        {rows.length > 0 ? (
          <ScrollTable label={t('conflict.table')} minWidth={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('conflict.field')}</Table.Th>
                <Table.Th scope="col">{t('conflict.started')}</Table.Th>
                <Table.Th scope="col">{t('conflict.theirs')}</Table.Th>
                <Table.Th scope="col">{t('conflict.yours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((f) => (
                <Table.Tr key={f}>
                  <Table.Th scope="row">{FIELD_LABELS[f]}</Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{show(f, before[f])}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }} fw={theyChanged.includes(f) ? 700 : undefined}>
                    {show(f, theirs[f])}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }} fw={youChanged.includes(f) ? 700 : undefined}>
                    {show(f, draft[f])}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        ) : (
          <Text size="sm">{t('conflict.nothing')}</Text>
        )}
        {both.length > 0 && (
          <Text size="sm" fw={600}>
            {t('conflict.both', { count: both.length, fields: both.map((f) => FIELD_LABELS[f]).join(', ') })}
          </Text>
        )}
        <Group>
          <Button onClick={onReapply}>{t('conflict.reapply')}</Button>
          <Button variant="default" onClick={onDiscard}>
            {t('conflict.discard')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
