/** A client's questionnaire invitations: which, when due and closing, where they stand, how many emails went out. */

import { Table, Text } from '@mantine/core';
import { useT } from '../../i18n/i18n.ts';
import { useInstruments } from '../../instruments/api.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PageLoader } from '../../ui/PageLoader.tsx';
import { ScrollTable } from '../../ui/ScrollTable.tsx';
import { useClientInvitations } from './api.ts';
import { instrumentLabel, invitationStatusLabel } from './labels.ts';

export function InvitationsTable({ clientId }: { clientId: string }) {
  const { t } = useT('portalStaff');
  const invitations = useClientInvitations(clientId);
  const instruments = useInstruments();
  const shortName = (id: string) => instruments.data?.items.find((i) => i.id === id)?.shortName;

  if (invitations.isError && !invitations.data) {
    return <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />;
  }
  if (!invitations.data) return <PageLoader label={t('invitations.loading')} />;
  const items = invitations.data.items;
  if (items.length === 0) return <Text>{t('invitations.none')}</Text>;
  const cell = { verticalAlign: 'top' } as const;
  return (
    <ScrollTable label={t('invitations.label')} minWidth={680}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('invitations.questionnaire')}</Table.Th>
          <Table.Th scope="col">{t('invitations.instrument')}</Table.Th>
          <Table.Th scope="col">{t('invitations.due')}</Table.Th>
          <Table.Th scope="col">{t('invitations.closes')}</Table.Th>
          <Table.Th scope="col">{t('invitations.status')}</Table.Th>
          <Table.Th scope="col">{t('invitations.sends')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((inv) => (
          <Table.Tr key={inv.id}>
            <Table.Td style={cell}>{inv.label}</Table.Td>
            <Table.Td style={cell}>{instrumentLabel(inv.instrumentId, shortName(inv.instrumentId))}</Table.Td>
            <Table.Td style={cell}>
              <time dateTime={inv.dueAt}>{formatDateTime(inv.dueAt)}</time>
            </Table.Td>
            <Table.Td style={cell}>
              <time dateTime={inv.closesAt}>{formatDateTime(inv.closesAt)}</time>
            </Table.Td>
            <Table.Td style={cell}>{invitationStatusLabel(inv.status)}</Table.Td>
            <Table.Td style={cell}>{inv.sends}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
