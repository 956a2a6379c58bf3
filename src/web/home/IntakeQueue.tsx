/** The intake queue: enrollments waiting on intake or a clinician (referred, in screening, eligible). */
import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { EnrollmentSummary } from '../../api/enrollments.ts';
import type { EnrollmentStatus } from '../../domain/programs/types.ts';
import { ENROLLMENT_STATUS_LABELS } from '../enrollments/labels.ts';
import { api, withQuery } from '../http/http.ts';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { HomeSection } from './HomeSection.tsx';

const WAITING: { status: EnrollmentStatus & ('referred' | 'screening' | 'eligible') }[] = [
  { status: 'referred' },
  { status: 'screening' },
  { status: 'eligible' },
];

export function IntakeQueue() {
  const { t } = useT('home');
  const queries = useQueries({
    queries: WAITING.map((w) => ({
      queryKey: ['home', 'intake', w.status],
      queryFn: () =>
        api.get<{ items: EnrollmentSummary[] }>(withQuery('/api/enrollments', { status: w.status })),
      staleTime: 0,
      refetchOnWindowFocus: false,
    })),
  });
  const failed = queries.find((q) => q.isError && !q.data);
  const loading = queries.some((q) => !q.data);
  const rows = WAITING.flatMap((w, i) =>
    (queries[i]?.data?.items ?? []).map((e) => ({ e, next: t(`intake.steps.${w.status}`) })),
  );
  return (
    <HomeSection id="home-intake" title={t('intake.title')}>
      {failed ? (
        <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />
      ) : loading ? (
        <PageLoader label={t('intake.loading')} />
      ) : rows.length === 0 ? (
        <Text>{t('intake.none')}</Text>
      ) : (
        <List spacing={4} listStyleType="none">
          {rows.map(({ e, next }) => (
            <List.Item key={e.id}>
              <Group gap="xs" wrap="wrap">
                <Badge variant="light" tt="none">
                  {ENROLLMENT_STATUS_LABELS[e.status]}
                </Badge>
                <Anchor component={Link} to={`/clients/${encodeURIComponent(e.client.id)}`}>
                  {e.client.name}
                </Anchor>
                <Text span size="sm">
                  {e.program.name}
                  {e.cohort ? ` · ${e.cohort.name}` : ''} · {t('intake.next', { next })}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </HomeSection>
  );
}
