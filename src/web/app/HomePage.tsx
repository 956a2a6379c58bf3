/**
 * The start page: roles that work with clients go straight to the client list; the others see
 * what their role in the active organization covers.
 */
import { Anchor, Stack, Text } from '@mantine/core';
import { Link, Navigate } from 'react-router';
import { ROLE_DESCRIPTIONS } from '../../domain/access/roles.ts';
import { ROLE_LABELS } from '../ui/labels.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { activeMembership, can } from './session.ts';
import { useSession } from './session-context.tsx';

export function HomePage() {
  const session = useSession();
  if (can(session, 'client.read')) return <Navigate to="/clients" replace />;
  const org = activeMembership(session);
  return (
    <Stack maw={720}>
      <PageHeader title={`Welcome, ${session.user.name}`} />
      {org && session.role ? (
        <>
          <Text>
            You are signed in to <strong>{org.name}</strong> as {ROLE_LABELS[session.role]}.
          </Text>
          <Text>{ROLE_DESCRIPTIONS[session.role]}</Text>
        </>
      ) : (
        <Text>
          You are not a member of any organization yet. Ask an owner of your organization to add you with this
          email address: <strong>{session.user.email}</strong>.
        </Text>
      )}
      <Text>
        Manage your password and two-factor sign-in on your{' '}
        <Anchor component={Link} to="/account">
          account page
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
