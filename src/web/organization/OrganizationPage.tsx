/** Organization settings (owners) and crisis lines (owners and clinicians); lodging has its own page. */
import { Paper, Stack, Title } from '@mantine/core';
import { useCan } from '../app/session-context.tsx';
import { DataRightsSection } from '../data-rights/DataRightsSection.tsx';
import { useT } from '../i18n/i18n.ts';
import { CeqThresholdForm } from '../integration/CeqThresholdForm.tsx';
import { MedicationRulesSection } from '../medications/RulesSection.tsx';
import { MessageTemplatesSection } from '../messages/MessageTemplatesSection.tsx';
import { PaymentSettingsSection } from '../payments/PaymentSettingsSection.tsx';
import { DataList } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useOrganization } from './api.ts';
import { CrisisLinesForm } from './CrisisLinesForm.tsx';
import { useCrisisLines } from './crisis-lines-api.ts';
import { LocaleForm } from './LocaleForm.tsx';
import { OrganizationForm } from './OrganizationForm.tsx';

export function OrganizationPage() {
  const organization = useOrganization();
  const org = organization.data;
  const canUpdate = useCan('organization.update');
  const canManageLines = useCan('crisis-line.manage');
  const canReadPrograms = useCan('program.read');
  const lines = useCrisisLines();
  const { t } = useT('organization');
  return (
    <Stack gap="lg" maw={800}>
      <PageHeader title={t('title')} />
      {organization.isError && !org ? (
        <ErrorAlert error={organization.error} onRetry={() => void organization.refetch()} />
      ) : !org ? (
        <PageLoader label={t('loading')} />
      ) : (
        <>
          {canUpdate && (
            <Paper withBorder p="md" component="section">
              <Title order={2} size="h4" mb="sm">
                {t('settings')}
              </Title>
              <OrganizationForm
                key={`${org.id}:${org.name}:${org.requireTwoFactor}:${org.crisisMessage ?? ''}:${org.minCellSize}:${org.phone ?? ''}`}
                organization={org}
              />
            </Paper>
          )}
          {canUpdate && (
            <Paper withBorder p="md" component="section">
              <Title order={2} size="h4" mb="sm">
                {t('locale.heading')}
              </Title>
              <LocaleForm key={`${org.id}:${org.locale}:${org.timezone}`} organization={org} />
            </Paper>
          )}
          {canUpdate && <PaymentSettingsSection />}
          {canUpdate && (
            <Paper withBorder p="md" component="section">
              <CeqThresholdForm key={`${org.id}:${org.ceqThreshold ?? ''}`} organization={org} />
            </Paper>
          )}
          {canManageLines && (
            <Paper withBorder p="md" component="section">
              <Title order={2} size="h4" mb="sm">
                {t('crisisLines')}
              </Title>
              {lines.isError && !lines.data ? (
                <ErrorAlert error={lines.error} onRetry={() => void lines.refetch()} />
              ) : !lines.data ? (
                <PageLoader label={t('loadingCrisisLines')} />
              ) : (
                <CrisisLinesForm key={org.id} lines={lines.data.items} />
              )}
            </Paper>
          )}
          {canReadPrograms && <MedicationRulesSection />}
          {canUpdate && <MessageTemplatesSection />}
          {canUpdate && <DataRightsSection />}
          <Paper withBorder p="md" component="section">
            <Title order={2} size="h4" mb="sm">
              {t('about')}
            </Title>
            <DataList
              items={[
                { label: t('slug'), value: org.slug },
                {
                  label: t('created'),
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
