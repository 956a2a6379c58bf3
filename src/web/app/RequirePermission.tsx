/** Shows a screen only to roles that may use it; others get an explanation, not a blank page. */
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Action } from '../../domain/access/roles.ts';
import { ROLE_LABELS } from '../ui/labels.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { activeMembership, can } from './session.ts';
import { useSession } from './session-context.tsx';

export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const session = useSession();
  if (can(session, action)) return children;
  const org = activeMembership(session);
  return (
    <>
      <PageHeader title="Not available" />
      <Text>
        {org && session.role
          ? `Your role in ${org.name} (${ROLE_LABELS[session.role]}) does not include this page.`
          : 'You need to belong to an organization to use this page.'}{' '}
        Ask an owner of the organization if you need access.
      </Text>
    </>
  );
}
