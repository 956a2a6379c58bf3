/**
 * The client's portal, as staff see it: emailing the client a sign-in link, the questionnaire
 * invitations sent to them, and the journal entries they shared. Each part shows only to roles that
 * may use it; the section is left out when none may.
 */
import { Paper, Stack, Title } from '@mantine/core';
import type { Client } from '../../api/clients.ts';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { InvitationsTable } from '../portal-home/staff/InvitationsTable.tsx';
import { PortalLinkControl } from '../portal-home/staff/PortalLinkControl.tsx';
import { SharedJournal } from '../portal-home/staff/SharedJournal.tsx';

export function PortalSection({ client }: { client: Client }) {
  const { t } = useT('clients');
  const canInvite = useCan('portal.invite');
  const canReadInvitations = useCan('invitation.read');
  const canReadNotes = useCan('client.notes.read');
  if (!canInvite && !canReadInvitations && !canReadNotes) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="client-portal-heading">
      <Title order={2} size="h4" id="client-portal-heading" mb="sm">
        {t('portalSection.title')}
      </Title>
      <Stack gap="lg">
        {canInvite && <PortalLinkControl client={client} />}
        {canReadInvitations && (
          <Stack gap="xs" component="section" aria-labelledby="client-invitations-heading">
            <Title order={3} size="h5" id="client-invitations-heading">
              {t('portalSection.invitations')}
            </Title>
            <InvitationsTable clientId={client.id} />
          </Stack>
        )}
        {canReadNotes && (
          <Stack gap="xs" component="section" aria-labelledby="client-journal-heading">
            <Title order={3} size="h5" id="client-journal-heading">
              {t('portalSection.journal')}
            </Title>
            <SharedJournal clientId={client.id} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
