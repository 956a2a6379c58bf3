/**
 * The cohort page's accommodation: its nights, its guests with their needs and beds, allocation by
 * dragging, by hand (the bed list) or by auto-assign, and the printable house list (the server's HTML, with print CSS).
 */
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useCan } from '../app/session-context.tsx';
import { Section } from '../evidence/Section.tsx';
import { errorMessage } from '../http/problem.ts';
import { currentLanguage, useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { type CohortLodging, useCohortLodging, useCohortLodgingActions } from './api.ts';
import { BedBoard } from './BedBoard.tsx';
import { GuestsTable } from './GuestsTable.tsx';
import { StayForm } from './StayForm.tsx';

export function AccommodationSection({ cohortId }: { cohortId: string }) {
  const { t } = useT('lodging');
  const canManage = useCan('lodging.manage');
  const query = useCohortLodging(cohortId);
  return (
    <Section title={t('cohort.heading')} id="cohort-accommodation">
      {query.isError && !query.data ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <PageLoader label={t('cohort.loading')} />
      ) : (
        <Stack gap="md">
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('cohort.nights')}
            </Title>
            <StayForm key={JSON.stringify(query.data.stay)} lodging={query.data} canManage={canManage} />
          </div>
          <Allocation lodging={query.data} canManage={canManage} />
        </Stack>
      )}
    </Section>
  );
}

function Allocation({ lodging, canManage }: { lodging: CohortLodging; canManage: boolean }) {
  const { t } = useT('lodging');
  const { autoAssign } = useCohortLodgingActions(lodging.cohortId);
  const [result, setResult] = useState<{ placed: number; unplaced: number } | null>(null);
  const unplaced = lodging.guests.filter((g) => !g.bedId).length;
  const houseList = `/api/cohorts/${encodeURIComponent(lodging.cohortId)}/house-list?language=${currentLanguage()}`;
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('cohort.guests')}
      </Title>
      {lodging.rooms.length === 0 && <Text size="sm">{t('cohort.noRooms')}</Text>}
      {lodging.guests.length === 0 ? (
        <Text size="sm">{t('cohort.noGuests')}</Text>
      ) : (
        <>
          <Text size="sm">
            {t('cohort.unplacedCount', { count: unplaced, total: lodging.guests.length })}
          </Text>
          <Group>
            {canManage && (
              <Button
                onClick={() =>
                  autoAssign.mutate(undefined, {
                    onSuccess: (r) => setResult({ placed: r.placed, unplaced: r.unplaced.length }),
                  })
                }
                loading={autoAssign.isPending}
                disabled={!lodging.stay || unplaced === 0}
              >
                {t('cohort.autoAssign')}
              </Button>
            )}
            <Anchor href={houseList} target="_blank" rel="noopener">
              {t('cohort.houseList')}
            </Anchor>
          </Group>
          <Text size="xs">{t('cohort.houseListHint')}</Text>
          {autoAssign.isError && (
            <Alert color="red" role="alert">
              {errorMessage(autoAssign.error)}
            </Alert>
          )}
          {result && (
            <Alert color={result.unplaced ? 'orange' : 'teal'} role="status">
              {t('cohort.autoAssigned', { placed: result.placed })}
              {result.unplaced > 0 && ` ${t('cohort.autoUnplaced', { count: result.unplaced })}`}
            </Alert>
          )}
          {lodging.rooms.length > 0 && <BedBoard lodging={lodging} canManage={canManage} />}
          <GuestsTable lodging={lodging} canManage={canManage} />
        </>
      )}
    </Stack>
  );
}
