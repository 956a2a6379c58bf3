/** Organization settings (owners). */
import { Paper, Stack, Title } from '@mantine/core';
import { DataRightsSection } from '../data-rights/DataRightsSection.tsx';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useOrganization } from './api.ts';
import { OrganizationForm } from './OrganizationForm.tsx';

export function OrganizationPage() {
  const organization = useOrganization();
  const org = organization.data;
  return (
    <Stack gap="lg" maw={800}>
      <PageHeader title="Organization settings" />
      {organization.isError && !org ? (
        <ErrorAlert error={organization.error} onRetry={() => void organization.refetch()} />
      ) : !org ? (
        <PageLoader label="Loading organization" />
      ) : (
        <>
          <Paper withBorder p="md" component="section">
            <Title order={2} size="h4" mb="sm">
              Settings
            </Title>
            <OrganizationForm
              key={`${org.id}:${org.name}:${org.requireTwoFactor}:${org.crisisMessage ?? ''}`}
              organization={org}
            />
          </Paper>
          <DataRightsSection />
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
