/**
 * The start page, by role in the active organization: a facilitator's day (Today); a clinician's
 * open alerts and questionnaires due; intake's queue and questionnaires due; a researcher's outcome
 * shortcuts; an owner's alerts and outcomes. Without an organization: how to get one.
 */
import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { Trans } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { DueQuestionnaires } from '../home/DueQuestionnaires.tsx';
import { IntakeQueue } from '../home/IntakeQueue.tsx';
import { OpenAlerts } from '../home/OpenAlerts.tsx';
import { OutcomeShortcuts } from '../home/OutcomeShortcuts.tsx';
import { useT } from '../i18n/i18n.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { activeMembership } from './session.ts';
import { useSession } from './session-context.tsx';

export function HomePage() {
  const session = useSession();
  const { t } = useT('nav');
  const org = activeMembership(session);
  const role = org ? session.role : null;
  if (role === 'facilitator') return <Navigate to="/today" replace />;
  if (!org || !role) return <NoOrganization email={session.user.email} name={session.user.name} />;
  return (
    <Stack maw={1040}>
      <PageHeader title={t('home.welcome', { name: session.user.name })}>
        <Text mt={4}>
          {org.name} · {t(`common:roles.${role}`)}
        </Text>
      </PageHeader>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {role === 'intake' && <IntakeQueue />}
        {(role === 'clinician' || role === 'owner') && <OpenAlerts />}
        {role !== 'researcher' && <DueQuestionnaires />}
        {(role === 'researcher' || role === 'owner') && <OutcomeShortcuts />}
      </SimpleGrid>
    </Stack>
  );
}

function NoOrganization({ email, name }: { email: string; name: string }) {
  const { t } = useT('nav');
  return (
    <Stack maw={720}>
      <PageHeader title={t('home.welcome', { name })} />
      <Text>
        <Trans t={t} i18nKey="home.noOrganization" values={{ email }} components={{ strong: <strong /> }} />
      </Text>
      <Text>
        <Trans
          t={t}
          i18nKey="home.accountHint"
          components={{ link: <Anchor component={Link} to="/account" /> }}
        />
      </Text>
    </Stack>
  );
}
