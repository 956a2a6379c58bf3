/** The organization's programs (active, archived or all; the choice lives in the URL). */
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../app/session-context.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { type ProgramStatus, usePrograms } from './api.ts';
import { FORMAT_SHORT_LABELS, MODALITY_LABELS } from './labels.ts';

const STATUSES: { value: ProgramStatus; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' },
];
const isStatus = (v: string | null): v is ProgramStatus => v === 'active' || v === 'archived' || v === 'all';

export function ProgramsPage() {
  const navigate = useNavigate();
  const canManage = useCan('program.manage');
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: ProgramStatus = isStatus(raw) ? raw : 'active';
  const list = usePrograms(status);
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title="Programs"
        actions={canManage && <Button onClick={() => navigate('/programs/new')}>New program</Button>}
      />
      <Stack gap="md">
        <Text size="sm" maw={720}>
          A program describes a service: its phases and sessions, the questionnaires and when they are due,
          and its safety settings. Cohorts and enrollments follow a program.
        </Text>
        <NativeSelect
          label="Show"
          value={status}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isStatus(value)) setParams(value === 'active' ? {} : { status: value }, { replace: true });
          }}
          data={STATUSES}
          maw={200}
        />
        {list.isError ? (
          <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <PageLoader label="Loading programs" />
        ) : items.length === 0 ? (
          <Text>
            {status === 'archived'
              ? 'No archived programs.'
              : canManage
                ? 'No programs yet. Start one from a template with “New program”.'
                : 'No programs yet.'}
          </Text>
        ) : (
          <ScrollTable label="Programs" minWidth={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Modality</Table.Th>
                <Table.Th scope="col">Format</Table.Th>
                <Table.Th scope="col">Version</Table.Th>
                <Table.Th scope="col">Updated</Table.Th>
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
                          Archived
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
