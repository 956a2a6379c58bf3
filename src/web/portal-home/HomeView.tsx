/**
 * The signed-in client's home: a greeting, what to answer, what is planned, how the scores went and
 * the journal, in the client's language and the organization's time zone; and signing out.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { PortalAtHomeSection } from '../at-home/screens.tsx';
import { PortalShell, ScreenHeading } from '../portal/PortalShell.tsx';
import { LazyConsentsDue } from '../portal-consent/LazyConsentPage.tsx';
import { type PortalHome, useSignOut } from './api.ts';
import { WRAPPING_BUTTON } from './button-styles.ts';
import type { HomeText } from './i18n.ts';
import { JournalSection } from './JournalSection.tsx';
import { ProgressSection } from './ProgressSection.tsx';
import { QuestionnairesSection } from './QuestionnairesSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import './portal-home.css';

interface Props {
  home: PortalHome;
  t: HomeText;
  onSignedOut: () => void;
}

export function HomeView({ home, t, onSignedOut }: Props) {
  const signOut = useSignOut();
  const language = home.client.language;
  const organization = home.organization.name;
  const where = { language, timezone: home.timezone };
  return (
    <PortalShell title={t.greeting(home.client.name)} organization={organization}>
      <Stack gap="xl">
        <Stack gap="sm">
          <ScreenHeading>{t.greeting(home.client.name)}</ScreenHeading>
          <Text size="lg">{t.homeIntro(organization)}</Text>
          <Group>
            <Button
              styles={WRAPPING_BUTTON}
              variant="default"
              size="lg"
              loading={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSuccess: onSignedOut })}
            >
              {t.signOut}
            </Button>
          </Group>
          {signOut.isError && (
            <Alert color="red" variant="light" role="alert">
              <Text>{t.signOutFailed}</Text>
            </Alert>
          )}
        </Stack>
        <LazyConsentsDue language={language} />
        <PortalAtHomeSection />
        <QuestionnairesSection questionnaires={home.questionnaires} t={t} {...where} />
        <SessionsSection sessions={home.sessions} t={t} {...where} />
        <ProgressSection history={home.history} t={t} {...where} />
        <JournalSection t={t} organization={organization} {...where} />
      </Stack>
    </PortalShell>
  );
}
