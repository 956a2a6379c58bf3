/** The organization's programs (active, archived or all; the choice lives in the URL). */
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { type ProgramStatus, usePrograms } from './api.ts';
import { FORMAT_SHORT_LABELS, MODALITY_LABELS } from './labels.ts';

const STATUSES: ProgramStatus[] = ['active', 'archived', 'all'];
const isStatus = (v: string | null): v is ProgramStatus => v === 'active' || v === 'archived' || v === 'all';

export function ProgramsPage() {
  const navigate = useNavigate();
  const { t } = useT('programs');
  const canManage = useCan('program.manage');
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: ProgramStatus = isStatus(raw) ? raw : 'active';
  const list = usePrograms(status);
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          canManage && <Button onClick={() => navigate('/programs/new')}>{t('list.newProgram')}</Button>
        }
      />
      <Stack gap="md">
        <Text size="sm" maw={720}>
          {t('list.intro')}
        </Text>
        <NativeSelect
          label={t('list.show')}
          value={status}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isStatus(value)) setParams(value === 'active' ? {} : { status: value }, { replace: true });
          }}
          data={STATUSES.map((value) => ({ value, label: t(`list.statuses.${value}`) }))}
          maw={200}
        />
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <PageLoader label={t('list.loading')} />
        ) : items.length === 0 ? (
          <Text>
            {status === 'archived' ? t('list.noArchived') : canManage ? t('list.noneManage') : t('list.none')}
          </Text>
        ) : (
          <ScrollTable label={t('list.table')} minWidth={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('list.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.modality')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.format')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.version')}</Table.Th>
                <Table.Th scope="col">{t('list.columns.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/programs/${p.id}`} fw={600}>
                        {p.name}
                      </Anchor>
                      {p.archivedAt && (
                        <Badge color="gray" variant="light" size="sm" tt="none">
                          {t('list.archived')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{MODALITY_LABELS[p.modality]}</Table.Td>
                  <Table.Td>{FORMAT_SHORT_LABELS[p.format]}</Table.Td>
                  <Table.Td>{p.currentVersion}</Table.Td>
                  <Table.Td>
                    <time dateTime={p.updatedAt}>{formatDateTime(p.updatedAt)}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Stack>
    </>
  );
}
