/**
 * The start page: roles that work with clients go straight to the client list; the others see
 * what their role in the active organization covers.
 */
import { Anchor, Stack, Text } from '@mantine/core';
import { Trans } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { activeMembership, can } from './session.ts';
import { useSession } from './session-context.tsx';

export function HomePage() {
  const session = useSession();
  const { t } = useT('nav');
  if (can(session, 'client.read')) return <Navigate to="/clients" replace />;
  const org = activeMembership(session);
  return (
    <Stack maw={720}>
      <PageHeader title={t('home.welcome', { name: session.user.name })} />
      {org && session.role ? (
        <>
          <Text>
            <Trans
              t={t}
              i18nKey="home.signedInAs"
              values={{ organization: org.name, role: t(`common:roles.${session.role}`) }}
              components={{ strong: <strong /> }}
            />
          </Text>
          <Text>{t(`common:roleDescriptions.${session.role}`)}</Text>
        </>
      ) : (
        <Text>
          <Trans
            t={t}
            i18nKey="home.noOrganization"
            values={{ email: session.user.email }}
            components={{ strong: <strong /> }}
          />
        </Text>
      )}
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
