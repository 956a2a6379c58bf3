/** Shows a screen only to roles that may use it; others get an explanation, not a blank page. */
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Action } from '../../domain/access/roles.ts';
import { useT } from '../i18n/i18n.ts';
import { ROLE_LABELS } from '../ui/labels.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { activeMembership, can } from './session.ts';
import { useSession } from './session-context.tsx';

export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const session = useSession();
  const { t } = useT('home');
  if (can(session, action)) return children;
  const org = activeMembership(session);
  return (
    <>
      <PageHeader title={t('permission.title')} />
      <Text>
        {org && session.role
          ? t('permission.role', { organization: org.name, role: ROLE_LABELS[session.role] })
          : t('permission.noOrganization')}{' '}
        {t('permission.ask')}
      </Text>
    </>
  );
}
