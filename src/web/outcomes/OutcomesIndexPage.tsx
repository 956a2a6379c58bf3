/** /outcomes — the organization's programs, each with a link to its outcome dashboard. */
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { usePrograms } from '../programs/api.ts';
import { FORMAT_SHORT_LABELS, MODALITY_LABELS } from '../programs/labels.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';

export function OutcomesIndexPage() {
  // Archived programs keep their outcomes: they are listed too, after the active ones.
  const { t } = useT('outcomes');
  const list = usePrograms('all');
  const items = [...(list.data?.items ?? [])].sort(
    (a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null),
  );
  return (
    <>
      <PageHeader title={t('title')}>
        <Text size="sm" mt={4} maw={720}>
          {t('index.intro')}
        </Text>
      </PageHeader>
      <Stack gap="md">
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <PageLoader label={t('index.loading')} />
        ) : items.length === 0 ? (
          <Text>{t('index.none')}</Text>
        ) : (
          <ScrollTable label={t('index.table')} minWidth={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('index.program')}</Table.Th>
                <Table.Th scope="col">{t('index.modality')}</Table.Th>
                <Table.Th scope="col">{t('index.format')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} to={`/programs/${p.id}/outcomes`} fw={600}>
                        {p.name}
                      </Anchor>
                      {p.archivedAt && (
                        <Badge color="gray" variant="light" tt="none">
                          {t('index.archived')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{MODALITY_LABELS[p.modality]}</Table.Td>
                  <Table.Td>{FORMAT_SHORT_LABELS[p.format]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Stack>
    </>
  );
}
