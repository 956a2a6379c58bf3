/** API tokens on the Members page (owners): who each acts for, its permissions, expiry and last use; revoke; issue. */
import { Badge, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Member } from '../../api/organizations.ts';
import { useSession } from '../app/session-context.tsx';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useApiTokens, useRevokeToken } from './api.ts';
import { IssueTokenForm } from './IssueTokenForm.tsx';

const STATUS_COLOR = { active: 'teal', expired: 'gray', revoked: 'red' } as const;

export function ApiTokensSection({ members }: { members: Member[] }) {
  const tokens = useApiTokens();
  const revoke = useRevokeToken();
  const session = useSession();
  return (
    <Paper withBorder p="md" component="section">
      <Stack>
        <div>
          <Title order={2} size="h4">
            API tokens
          </Title>
          <Text size="sm" c="dimmed">
            Programs send a token as "Authorization: Bearer …" to the API and FHIR server. Each acts for one
            member, only with the permissions given here, and everything it does is audited under its name.
          </Text>
        </div>
        {tokens.isError && !tokens.data ? (
          <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : !tokens.data ? (
          <PageLoader label="Loading API tokens" />
        ) : (
          <>
            {tokens.data.items.length === 0 ? (
              <Text size="sm">No API tokens yet.</Text>
            ) : (
              <ScrollTable label="API tokens" minWidth={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Acts for</Table.Th>
                    <Table.Th scope="col">Permissions</Table.Th>
                    <Table.Th scope="col">Expires</Table.Th>
                    <Table.Th scope="col">Last used</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tokens.data.items.map((t) => (
                    <Table.Tr key={t.id}>
                      <Table.Td>{t.name}</Table.Td>
                      <Table.Td>{t.userName}</Table.Td>
                      <Table.Td>
                        <Text size="xs">{t.scopes.join(', ')}</Text>
                      </Table.Td>
                      <Table.Td>{formatDateTime(t.expiresAt)}</Table.Td>
                      <Table.Td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[t.status]} variant="light">
                          {t.status}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {t.status === 'active' && (
                          <Button
                            size="xs"
                            color="red"
                            variant="subtle"
                            loading={revoke.isPending && revoke.variables === t.id}
                            onClick={() => revoke.mutate(t.id)}
                            aria-label={`Revoke ${t.name}`}
                          >
                            Revoke
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </ScrollTable>
            )}
            <Title order={3} size="h5">
              Issue a token
            </Title>
            <IssueTokenForm members={members} scopes={tokens.data.scopes} ownUserId={session.user.id} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
