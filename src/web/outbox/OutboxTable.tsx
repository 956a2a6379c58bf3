/**
 * The messages as a table (created, to, subject, kind, status). The subject is a button that opens
 * the message's body underneath, preformatted and wrapping, so staff can read and pass it on.
 */

import { Badge, Box, Table, Text, UnstyledButton } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { formatDateTime } from '../ui/format.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { OutboxMessage } from './api.ts';
import { MESSAGE_KIND_LABELS, OUTBOX_STATUS_COLORS, OUTBOX_STATUS_LABELS } from './labels.ts';

const COLUMNS = 5;

export function OutboxTable({ items }: { items: readonly OutboxMessage[] }) {
  const { t } = useT('outbox');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <ScrollTable label={t('table')} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('created')}</Table.Th>
          <Table.Th scope="col">{t('to')}</Table.Th>
          <Table.Th scope="col">{t('subject')}</Table.Th>
          <Table.Th scope="col">{t('kind')}</Table.Th>
          <Table.Th scope="col">{t('status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((m) => {
          const expanded = open.has(m.id);
          const bodyId = `outbox-body-${m.id}`;
          return (
            <Fragment key={m.id}>
              <Table.Tr>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {m.to}
                  {m.client && (
                    <Text size="xs" c="dimmed">
                      {m.client.name}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <UnstyledButton
                    onClick={() => toggle(m.id)}
                    aria-expanded={expanded}
                    aria-controls={bodyId}
                    c="var(--mantine-color-anchor)"
                    fw={600}
                    td="underline"
                    style={{ textAlign: 'left', overflowWrap: 'anywhere' }}
                  >
                    <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
                    {m.subject}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{MESSAGE_KIND_LABELS[m.kind]}</Table.Td>
                <Table.Td>
                  <Badge
                    color={OUTBOX_STATUS_COLORS[m.status]}
                    variant="light"
                    tt="none"
                    h="auto"
                    styles={{ label: { whiteSpace: 'normal' } }}
                  >
                    {OUTBOX_STATUS_LABELS[m.status]}
                  </Badge>
                  {m.sentAt && (
                    <Text size="xs">
                      <time dateTime={m.sentAt}>{formatDateTime(m.sentAt)}</time>
                    </Text>
                  )}
                  {m.status === 'failed' && m.lastError && (
                    <Text size="xs" c="red.9" style={{ overflowWrap: 'anywhere' }}>
                      {t('attempts', { error: m.lastError, count: m.attempts })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
              {expanded && (
                <Table.Tr id={bodyId}>
                  <Table.Td colSpan={COLUMNS}>
                    <Box
                      component="pre"
                      m={0}
                      p="sm"
                      bg="gray.0"
                      aria-label={t('message', { subject: m.subject })}
                      style={{
                        // On a phone the table scrolls sideways: the message stays in view, as wide as the screen.
                        position: 'sticky',
                        left: 0,
                        maxWidth: 'min(100%, calc(100vw - 3.5rem))',
                        whiteSpace: 'pre-wrap',
                        overflowWrap: 'anywhere',
                        fontFamily: 'var(--mantine-font-family-monospace)',
                        fontSize: 'var(--mantine-font-size-sm)',
                        borderRadius: 'var(--mantine-radius-sm)',
                      }}
                    >
                      {m.body}
                    </Box>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}
