/** Shown instead of every screen while the organization requires two-factor and the user has none. */

import { Container, Paper, Text } from '@mantine/core';
import { TotpSetupFlow } from '../account/TotpSetupFlow.tsx';
import { activeMembership } from '../app/session.ts';
import { useSession } from '../app/session-context.tsx';
import { useT } from '../i18n/i18n.ts';
import { PageHeader } from '../ui/PageHeader.tsx';

export function TwoFactorRequiredPage() {
  const { t } = useT('portalStaff');
  const session = useSession();
  const org = activeMembership(session);
  return (
    <Container size="sm" px={0}>
      <PageHeader title={t('twoFactor.title')}>
        <Text mt="xs">
          {t('twoFactor.body', { organization: org?.name ?? t('twoFactor.yourOrganization') })}
        </Text>
      </PageHeader>
      <Paper withBorder p="lg">
        <TotpSetupFlow />
      </Paper>
    </Container>
  );
}
