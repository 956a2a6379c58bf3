/** The signed-in user's own account: who they are, their password and two-factor sign-in. */
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCan, useSession } from '../app/session-context.tsx';
import { CalendarFeedSection } from '../calendar-feeds/CalendarFeedSection.tsx';
import { DataList } from '../ui/DataList.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { DisableTotpForm } from './DisableTotpForm.tsx';
import { TotpSetupFlow } from './TotpSetupFlow.tsx';

export function AccountPage() {
  const session = useSession();
  const { user } = session;
  const canFeed = useCan('calendar.feed');
  const required = session.organizations.filter((o) => o.requireTwoFactor).map((o) => o.name);
  return (
    <Stack gap="lg" maw={800}>
      <PageHeader title="Account" />
      <Paper withBorder p="lg" component="section">
        <Title order={2} size="h3" mb="md">
          Your details
        </Title>
        <DataList
          items={[
            { label: 'Name', value: user.name },
            { label: 'Email', value: user.email },
          ]}
        />
      </Paper>
      <Paper withBorder p="lg" component="section">
        <Title order={2} size="h3" mb="md">
          Change password
        </Title>
        <ChangePasswordForm />
      </Paper>
      <Paper withBorder p="lg" component="section">
        <Group gap="sm" mb="md">
          <Title order={2} size="h3">
            Two-factor sign-in
          </Title>
          <Badge color={user.totpEnabled ? 'teal' : 'gray'} variant="light">
            {user.totpEnabled ? 'On' : 'Off'}
          </Badge>
        </Group>
        {user.totpEnabled ? (
          <Stack>
            <Text>
              Signing in asks for a code from your authenticator app. To turn this off, confirm with your
              password and a current code.
            </Text>
            {required.length > 0 && (
              <Text>
                Required by: {required.join(', ')}. It cannot be turned off while an organization requires it.
              </Text>
            )}
            <DisableTotpForm />
          </Stack>
        ) : (
          <Stack>
            <Text>
              Protect your account with a code from an authenticator app on your phone, asked for at every
              sign-in.
            </Text>
            <TotpSetupFlow />
          </Stack>
        )}
      </Paper>
      {canFeed && (
        <CalendarFeedSection
          ownerType="user"
          ownerId={user.id}
          whose="the sessions you facilitate"
          shareAdvice="Keep it to yourself"
        />
      )}
    </Stack>
  );
}
