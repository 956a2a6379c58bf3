/** Cohorts, optionally of one program (in the URL): start date, room, places taken, facilitators. */
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { usePrograms } from '../programs/api.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDate } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useCohorts } from './api.ts';

export function CohortsPage() {
  const navigate = useNavigate();
  const { t } = useT('cohorts');
  const canCreate = useCan('cohort.manage');
  const canReadPrograms = useCan('program.read');
  const [params, setParams] = useSearchParams();
  const programId = params.get('programId') ?? '';
  const programs = usePrograms('all');
  const cohorts = useCohorts(programId);
  const items = cohorts.data?.items ?? [];
  const programOptions = (programs.data?.items ?? []).filter((p) => p.format === 'cohort');

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          canCreate && (
            <Button
              onClick={() => navigate(programId ? `/cohorts/new?programId=${programId}` : '/cohorts/new')}
            >
              {t('list.newCohort')}
            </Button>
          )
        }
      />
      <Stack gap="md">
        {canReadPrograms && (
          <NativeSelect
            label={t('list.program')}
            value={programId}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setParams(value ? { programId: value } : {}, { replace: true });
            }}
            data={[
              { value: '', label: t('list.everyProgram') },
              ...programOptions.map((p) => ({ value: p.id, label: p.name })),
            ]}
            maw={360}
          />
        )}
        {cohorts.isError ? (
          <ErrorAlert error={cohorts.error} onRetry={() => void cohorts.refetch()} />
        ) : !cohorts.data ? (
          <PageLoader label={t('list.loading')} />
        ) : items.length === 0 ? (
          <Text>{programId ? t('list.noneForProgram') : t('list.none')}</Text>
        ) : (
          <ScrollTable label={t('list.table')} minWidth={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('list.columns.cohort')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.program')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.starts')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.room')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.places')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.facilitators')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/cohorts/${c.id}`} fw={600}>
                        {c.name}
                      </Anchor>
                      {c.cancelledAt && (
                        <Badge color="gray" variant="light" size="sm" tt="none">
                          {t('list.cancelled')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {c.program.name}{' '}
                    <Text span size="xs">
                      (v{c.programVersion})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <time dateTime={c.startDate}>{formatDate(c.startDate)}</time>
                  </Table.Td>
                  <Table.Td>{c.room?.name ?? c.location ?? '—'}</Table.Td>
                  <Table.Td>
                    {t('list.placesTaken', { enrolled: c.enrolled, capacity: c.capacity })}
                    {c.enrolled >= c.capacity && (
                      <Text span size="sm" fw={600}>
                        {' '}
                        {t('list.full')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{c.facilitators.map((f) => f.name).join(', ') || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Stack>
    </>
  );
}
