/** API tokens on the Members page (owners): who each acts for, its permissions, expiry and last use; revoke; issue. */
import { Badge, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Member } from '../../api/organizations.ts';
import { useSession } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { formatDateTime } from '../ui/format.ts';
import { PageLoader } from '../ui/PageLoader.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useApiTokens, useRevokeToken } from './api.ts';
import { IssueTokenForm } from './IssueTokenForm.tsx';

const STATUS_COLOR = { active: 'teal', expired: 'gray', revoked: 'red' } as const;

export function ApiTokensSection({ members }: { members: Member[] }) {
  const { t } = useT('apiTokens');
  const tokens = useApiTokens();
  const revoke = useRevokeToken();
  const session = useSession();
  return (
    <Paper withBorder p="md" component="section">
      <Stack>
        <div>
          <Title order={2} size="h4">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('intro')}
          </Text>
        </div>
        {tokens.isError && !tokens.data ? (
          <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : !tokens.data ? (
          <PageLoader label={t('loading')} />
        ) : (
          <>
            {tokens.data.items.length === 0 ? (
              <Text size="sm">{t('none')}</Text>
            ) : (
              <ScrollTable label={t('title')} minWidth={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('table.name')}</Table.Th>
                    <Table.Th scope="col">{t('table.actsFor')}</Table.Th>
                    <Table.Th scope="col">{t('table.permissions')}</Table.Th>
                    <Table.Th scope="col">{t('table.expires')}</Table.Th>
                    <Table.Th scope="col">{t('table.lastUsed')}</Table.Th>
                    <Table.Th scope="col">{t('table.status')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {tokens.data.items.map((token) => (
                    <Table.Tr key={token.id}>
                      <Table.Td>{token.name}</Table.Td>
                      <Table.Td>{token.userName}</Table.Td>
                      <Table.Td>
                        <Text size="xs">{token.scopes.join(', ')}</Text>
                      </Table.Td>
                      <Table.Td>{formatDateTime(token.expiresAt)}</Table.Td>
                      <Table.Td>
                        {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('table.never')}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATUS_COLOR[token.status]} variant="light">
                          {t(`status.${token.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {token.status === 'active' && (
                          <Button
                            size="xs"
                            color="red"
                            variant="subtle"
                            loading={revoke.isPending && revoke.variables === token.id}
                            onClick={() => revoke.mutate(token.id)}
                            aria-label={t('revokeNamed', { name: token.name })}
                          >
                            {t('revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </ScrollTable>
            )}
            <Title order={3} size="h5">
              {t('issueTitle')}
            </Title>
            <IssueTokenForm members={members} scopes={tokens.data.scopes} ownUserId={session.user.id} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
