/** Organization settings (owners) and crisis lines (owners and clinicians). */
import { Paper, Stack, Title } from '@mantine/core';
import { useCan } from '../app/session-context.tsx';
import { DataRightsSection } from '../data-rights/DataRightsSection.tsx';
import { MessageTemplatesSection } from '../messages/MessageTemplatesSection.tsx';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useOrganization } from './api.ts';
import { CrisisLinesForm } from './CrisisLinesForm.tsx';
import { useCrisisLines } from './crisis-lines-api.ts';
import { OrganizationForm } from './OrganizationForm.tsx';

export function OrganizationPage() {
  const organization = useOrganization();
  const org = organization.data;
  const canUpdate = useCan('organization.update');
  const canManageLines = useCan('crisis-line.manage');
  const lines = useCrisisLines();
  return (
    <Stack gap="lg" maw={800}>
      <PageHeader title="Organization settings" />
      {organization.isError && !org ? (
        <ErrorAlert error={organization.error} onRetry={() => void organization.refetch()} />
      ) : !org ? (
        <PageLoader label="Loading organization" />
      ) : (
        <>
          {canUpdate && (
            <Paper withBorder p="md" component="section">
              <Title order={2} size="h4" mb="sm">
                Settings
              </Title>
              <OrganizationForm
                key={`${org.id}:${org.name}:${org.requireTwoFactor}:${org.crisisMessage ?? ''}:${org.minCellSize}:${org.phone ?? ''}`}
                organization={org}
              />
            </Paper>
          )}
          {canManageLines && (
            <Paper withBorder p="md" component="section">
              <Title order={2} size="h4" mb="sm">
                Crisis lines
              </Title>
              {lines.isError && !lines.data ? (
                <ErrorAlert error={lines.error} onRetry={() => void lines.refetch()} />
              ) : !lines.data ? (
                <PageLoader label="Loading crisis lines" />
              ) : (
                <CrisisLinesForm key={org.id} lines={lines.data.items} />
              )}
            </Paper>
          )}
          <Paper withBorder p="md" component="section">
            <Title order={2} size="h4" mb="sm">
              Settings
            </Title>
            <OrganizationForm
              key={`${org.id}:${org.name}:${org.requireTwoFactor}:${org.crisisMessage ?? ''}`}
              organization={org}
            />
          </Paper>
          {canUpdate && <MessageTemplatesSection />}
          {canUpdate && <DataRightsSection />}
          <Paper withBorder p="md" component="section">
            <Title order={2} size="h4" mb="sm">
              About
            </Title>
            <DataList
              items={[
                { label: 'Short name (slug)', value: org.slug },
                {
                  label: 'Created',
                  value: <time dateTime={org.createdAt}>{formatDateTime(org.createdAt)}</time>,
                },
              ]}
            />
          </Paper>
        </>
      )}
    </Stack>
  );
}
