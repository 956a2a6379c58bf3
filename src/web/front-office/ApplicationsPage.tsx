/**
 * The applications queue for intake staff and clinicians: filtered by stage (new, awaiting
 * decision, decided) and cohort in the URL, each row with what the client reported and where the
 * applicant stands (offer or waitlist). With one cohort chosen, its waitlist in order.
 */
import { Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useCohorts } from '../cohorts/api.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ApplicationsTable } from './ApplicationsTable.tsx';
import { useApplications } from './api.ts';
import { isStage, STAGES, stageOf } from './stage.ts';
import { WaitlistSection } from './WaitlistSection.tsx';

export function ApplicationsPage() {
  const { t } = useT('frontOffice');
  const [params, setParams] = useSearchParams();
  const stageParam = params.get('stage') ?? '';
  const stage = isStage(stageParam) ? stageParam : 'all';
  const cohortId = params.get('cohortId') ?? '';
  const cohorts = useCohorts();
  const applications = useApplications(cohortId);
  const all = applications.data ?? [];
  const shown = stage === 'all' ? all : all.filter((a) => stageOf(a) === stage);
  const cohort = cohorts.data?.items.find((c) => c.id === cohortId);

  const setParam = (key: 'stage' | 'cohortId', value: string) => {
    const next = new URLSearchParams(params);
    if (value && value !== 'all') next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader title={t('queue.title')}>
        <Text size="sm" mt={4}>
          {t('queue.intro')}
        </Text>
      </PageHeader>
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="queue-stage-label">
              {t('queue.show')}
            </Text>
            <SegmentedControl
              aria-labelledby="queue-stage-label"
              value={stage}
              onChange={(value) => setParam('stage', value)}
              data={['all', ...STAGES].map((s) => ({
                value: s,
                label: t(`queue.stages.${s as 'all'}`),
              }))}
              style={{ flexWrap: 'wrap' }}
            />
          </Stack>
          <NativeSelect
            label={t('queue.cohort')}
            value={cohortId}
            onChange={(e) => setParam('cohortId', e.currentTarget.value)}
            data={[
              { value: '', label: t('queue.everyCohort') },
              ...(cohorts.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
            maw={360}
            w="100%"
          />
        </Group>
        {applications.isError ? (
          <ErrorAlert error={applications.error} onRetry={() => void applications.refetch()} />
        ) : !applications.data ? (
          <PageLoader label={t('queue.loading')} />
        ) : shown.length === 0 ? (
          <Text>{t('queue.none')}</Text>
        ) : (
          <ApplicationsTable items={shown} />
        )}
        {cohort && applications.data ? (
          <WaitlistSection cohortName={cohort.name} items={all} />
        ) : (
          <Text size="sm">{t('waitlist.chooseCohort')}</Text>
        )}
      </Stack>
    </>
  );
}
