/** The organization's members (owners): the list, adding someone, and what each role may do. */

import { Paper, Stack, Title } from '@mantine/core';
import { ApiTokensSection } from '../api-tokens/ApiTokensSection.tsx';
import { useCan } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { ErrorAlert } from '../ui/ErrorAlert.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { PageLoader } from '../ui/PageLoader.tsx';
import { AddMemberForm } from './AddMemberForm.tsx';
import { useMembers } from './api.ts';
import { MembersTable } from './MembersTable.tsx';
import { RoleGuide } from './RoleGuide.tsx';

export function MembersPage() {
  const { t } = useT('members');
  const members = useMembers();
  const canManage = useCan('member.manage');
  const canManageTokens = useCan('token.manage');
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} />
      <section>
        <Title order={2} size="h4" mb="sm">
          {t('people')}
        </Title>
        {members.isError && !members.data ? (
          <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
        ) : !members.data ? (
          <PageLoader label={t('loading')} />
        ) : (
          <MembersTable members={members.data.items} canManage={canManage} />
        )}
      </section>
      {canManage && (
        <Paper withBorder p="md" component="section">
          <Title order={2} size="h4" mb="sm">
            {t('addTitle')}
          </Title>
          <AddMemberForm />
        </Paper>
      )}
      {canManageTokens && members.data && <ApiTokensSection members={members.data.items} />}
      <Paper withBorder p="md" component="section">
        <Title order={2} size="h4" mb="sm">
          {t('roles')}
        </Title>
        <RoleGuide />
      </Paper>
    </Stack>
  );
}
