/**
 * A client's "Progress" section (the client page, and a personal session's page as "Scores since
 * baseline"): one trajectory chart per instrument the client answered (instruments without a
 * direction of change, like the MEQ-30, are listed by score only).
 */
import { Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { useTrajectories } from './api.ts';

/** The chart (and Observable Plot with it) loads only when a client has scores to draw. */
const TrajectoryChart = lazy(() =>
  import('./TrajectoryChart.tsx').then((m) => ({ default: m.TrajectoryChart })),
);

export function TrajectorySection({ clientId, title }: { clientId: string; title?: string }) {
  const { t: tr } = useT('trajectories');
  const q = useTrajectories(clientId);
  const list = q.data?.instruments.filter((t) => t.points.length > 0) ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="progress-heading">
      <Title order={2} size="h4" id="progress-heading" mb="sm">
        {title ?? tr('title')}
      </Title>
      {q.isError && !q.data ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <PageLoader label={tr('loading')} />
      ) : list.length === 0 ? (
        <Text>{tr('none')}</Text>
      ) : (
        <Tabs defaultValue={list[0]!.id} keepMounted={false}>
          <Tabs.List>
            {list.map((t) => (
              <Tabs.Tab key={t.id} value={t.id}>
                {t.shortName}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {list.map((t) => (
            <Tabs.Panel key={t.id} value={t.id} pt="sm">
              <Stack gap="xs">
                <Suspense fallback={<PageLoader label={tr('loadingChart')} />}>
                  <TrajectoryChart trajectory={t} dosings={q.data.dosings} />
                </Suspense>
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Paper>
  );
}
