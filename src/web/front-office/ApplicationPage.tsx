/**
 * One application: the applicant (with the way to their client record, where a clinician records a
 * taper plan), the self-report (reported by the client), the clinician's
 * decision, and after an eligible decision the offer or the waitlist place. Opening it is audited.
 */
import { Anchor, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.tsx';
import { useCan } from '../app/session-context.tsx';
import { Section } from '../evidence/Section.tsx';
import { ApiError } from '../http/problem.ts';
import { useT } from '../i18n/i18n.ts';
import { DataList, orNotRecorded } from '../ui/DataList.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate, formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useApplication } from './api.ts';
import { DecisionSection } from './DecisionSection.tsx';
import { OfferSection } from './OfferSection.tsx';
import { SelfReportSection } from './SelfReportSection.tsx';

export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useT('frontOffice');
  const query = useApplication(id);
  const canReadClient = useCan('client.read');

  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
      return <NotFoundPage title={t('detail.notFound')} message={t('detail.notFoundBody')} />;
    }
    return (
      <>
        <PageHeader title={t('queue.title')} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!query.data) return <PageLoader label={t('detail.loading')} />;
  const a = query.data;
  const decidedEligible = a.status === 'eligible' || a.offer !== null;

  return (
    <Stack gap={0} maw={1000}>
      <Anchor component={Link} to="/applications" size="sm" mb="xs">
        {t('detail.all')}
      </Anchor>
      <PageHeader title={a.client.name}>
        <Text size="sm" mt={4}>
          {t('detail.subtitle', {
            cohort: a.cohort.name,
            start: formatDate(a.cohort.startDate),
            submitted: formatDateTime(a.submittedAt),
          })}
        </Text>
      </PageHeader>
      <Stack gap="lg">
        <Section title={t('detail.applicant')} id="application-applicant">
          <DataList
            items={[
              { label: t('detail.email'), value: orNotRecorded(a.email) },
              { label: t('detail.dateOfBirth'), value: formatDate(a.dateOfBirth) },
              { label: t('detail.language'), value: t(`detail.languages.${a.language}`) },
            ]}
          />
          {canReadClient && (
            <Anchor component={Link} to={`/clients/${encodeURIComponent(a.client.id)}`} size="sm" mt="xs">
              {t('detail.clientRecord')}
            </Anchor>
          )}
        </Section>
        <SelfReportSection report={a.selfReport} checklistVersion={a.checklistVersion} />
        <DecisionSection application={a} />
        {decidedEligible && <OfferSection application={a} />}
      </Stack>
    </Stack>
  );
}
