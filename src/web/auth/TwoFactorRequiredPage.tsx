/** Shown instead of every screen while the organization requires two-factor and the user has none. */
import { Container, Paper, Text } from '@mantine/core';
import { TotpSetupFlow } from '../account/TotpSetupFlow.tsx';
import { activeMembership } from '../app/session.ts';
import { useSession } from '../app/session-context.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

export function TwoFactorRequiredPage() {
  const session = useSession();
  const org = activeMembership(session);
  return (
    <Container size="sm" px={0}>
      <PageHeader title="Set up two-factor sign-in">
        <Text mt="xs">
          {org?.name ?? 'Your organization'} requires two-factor sign-in for every member. Set it up to
          continue. You can also switch to another organization, or sign out from the menu under your name.
        </Text>
      </PageHeader>
      <Paper withBorder p="lg">
        <TotpSetupFlow />
      </Paper>
    </Container>
  );
}
