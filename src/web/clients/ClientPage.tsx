/**
 * One client: the full record, with Edit, Archive/Restore and the audit history as permitted, and
 * the client's questionnaires for roles that may read them. Right after a questionnaire was saved
 * with a suicide-risk flag, a follow-up alert leads the page. The clinical header (open alerts and
 * risk flags first) sits right under the name.
 */
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useCan } from '../app/session-context.tsx';
import { ErasureControl } from '../data-rights/ErasureControl.tsx';
import { ExportButton } from '../data-rights/ExportButton.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { IntegrationSection } from '../integration/IntegrationSection.tsx';
import { MedicationsSection } from '../medications/MedicationsSection.tsx';
import { BookingsSection } from '../payments/BookingsSection.tsx';
import { ResponsesSection } from '../responses/ResponsesSection.tsx';
import { SafetyFollowUpAlert } from '../responses/SafetyFollowUpAlert.tsx';
import { savedResponseFrom } from '../responses/saved.ts';
import { ProgramsSection } from '../timeline/ProgramsSection.tsx';
import { TrajectorySection } from '../trajectories/TrajectorySection.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ArchiveControl } from './ArchiveControl.tsx';
import { useClient } from './api.ts';
import { ClientDetails } from './ClientDetails.tsx';
import { ClientEditor } from './ClientEditor.tsx';
import { ClinicalHeader } from './ClinicalHeader.tsx';
import { PortalSection } from './PortalSection.tsx';

export function ClientPage() {
  const { id = '' } = useParams();
  const query = useClient(id);
  const { t } = useT('clients');
  const canUpdate = useCan('client.update');
  const canArchive = useCan('client.archive');
  const canAudit = useCan('audit.read');
  const canExport = useCan('client.export');
  const canErase = useCan('client.erase');
  const canReadResponses = useCan('response.read');
  const canReadEnrollments = useCan('enrollment.read');
  const canReadMedications = useCan('medication.read');
  const canReadPayments = useCan('payment.read');
  const canReadIntegration = useCan('integration.read');
  const [editing, setEditing] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const saved = savedResponseFrom(location.state);
  /** Forgets the saved response (so a reload does not raise the alert again). */
  const dismissSaved = () => navigate(location.pathname, { replace: true, state: null });

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
      return <NotFoundPage title={t('record.notFound')} message={t('record.notFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('record.title')} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <PageLoader label={t('record.loading')} />;

  const client = query.data;
  const archived = client.archivedAt !== null;
  const actions = !editing && (
    <>
      {canUpdate && <Button onClick={() => setEditing(true)}>{t('common:edit')}</Button>}
      {canArchive && !client.restrictedAt && <ArchiveControl client={client} />}
      {canExport && <ExportButton client={client} />}
      {canErase && <ErasureControl client={client} />}
    </>
  );

  return (
    <Stack gap={0} maw={960}>
      <Anchor component={Link} to="/clients" size="sm" mb="xs">
        ← {t('record.allClients')}
      </Anchor>
      <PageHeader title={`${client.givenName} ${client.familyName}`} actions={actions}>
        <Group gap="xs" mt={4}>
          {archived && (
            <Badge color="gray" variant="light">
              {t('record.archived')}
            </Badge>
          )}
          {client.restrictedAt && (
            <Badge color="orange" variant="light">
              {t('record.restricted')}
            </Badge>
          )}
          {client.preferredName && <Text>{t('record.goesBy', { name: client.preferredName })}</Text>}
          {canAudit && (
            <Anchor
              component={Link}
              to={`/audit?entityType=client&entityId=${encodeURIComponent(client.id)}`}
            >
              {t('record.auditHistory')}
            </Anchor>
          )}
        </Group>
      </PageHeader>
      <ClinicalHeader clientId={client.id} />
      {saved && canReadResponses && (
        <SafetyFollowUpAlert
          saved={saved}
          clientName={`${client.givenName} ${client.familyName}`}
          onDismiss={dismissSaved}
        />
      )}
      {editing ? (
        <ClientEditor client={client} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="lg">
          <ClientDetails client={client} />
          {canReadEnrollments && <ProgramsSection client={client} />}
          {canReadIntegration && <IntegrationSection clientId={client.id} />}
          {canReadMedications && <MedicationsSection clientId={client.id} />}
          {canReadPayments && <BookingsSection clientId={client.id} />}
          {canReadResponses && <TrajectorySection clientId={client.id} />}
          {canReadResponses && <ResponsesSection client={client} savedId={saved?.responseId ?? null} />}
          <PortalSection client={client} />
        </Stack>
      )}
    </Stack>
  );
}
