/** The signed-in user's own account: who they are, their password and two-factor sign-in. */

import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCan, useSession } from '../app/session-context.tsx';
import { CalendarFeedSection } from '../calendar-feeds/CalendarFeedSection.tsx';
import { useT } from '../i18n/i18n.ts';
import { DataList } from '../ui/DataList.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { DisableTotpForm } from './DisableTotpForm.tsx';
import { TotpSetupFlow } from './TotpSetupFlow.tsx';

export function AccountPage() {
  const { t } = useT('account');
  const session = useSession();
  const { user } = session;
  const canFeed = useCan('calendar.feed');
  const required = session.organizations.filter((o) => o.requireTwoFactor).map((o) => o.name);
  return (
    <Stack gap="lg" maw={800}>
      <PageHeader title={t('title')} />
      <Paper withBorder p="lg" component="section">
        <Title order={2} size="h3" mb="md">
          {t('details')}
        </Title>
        <DataList
          items={[
            { label: t('name'), value: user.name },
            { label: t('email'), value: user.email },
          ]}
        />
      </Paper>
      <Paper withBorder p="lg" component="section">
        <Title order={2} size="h3" mb="md">
          {t('changePassword')}
        </Title>
        <ChangePasswordForm />
      </Paper>
      <Paper withBorder p="lg" component="section">
        <Group gap="sm" mb="md">
          <Title order={2} size="h3">
            {t('twoFactor')}
          </Title>
          <Badge color={user.totpEnabled ? 'teal' : 'gray'} variant="light">
            {user.totpEnabled ? t('on') : t('off')}
          </Badge>
        </Group>
        {user.totpEnabled ? (
          <Stack>
            <Text>{t('onBody')}</Text>
            {required.length > 0 && <Text>{t('requiredBy', { names: required.join(', ') })}</Text>}
            <DisableTotpForm />
          </Stack>
        ) : (
          <Stack>
            <Text>{t('offBody')}</Text>
            <TotpSetupFlow />
          </Stack>
        )}
      </Paper>
      {canFeed && (
        <CalendarFeedSection
          ownerType="user"
          ownerId={user.id}
          whose={t('feedWhose')}
          shareAdvice={t('feedAdvice')}
        />
      )}
    </Stack>
  );
}
