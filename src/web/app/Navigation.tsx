/** The navbar's links, each shown only when the role may use that screen. */
import { NavLink, Stack } from '@mantine/core';
import type { ComponentType } from 'react';
import { Link, useLocation } from 'react-router';
import type { Action } from '../../domain/access/roles.ts';
import { AlertsNavLabel } from '../alerts/AlertsNavLabel.tsx';
import { useT } from '../i18n/i18n.ts';
import type { en } from '../i18n/resources/en/index.ts';
import { can } from './session.ts';
import { useSession } from './session-context.tsx';

type ItemKey = keyof typeof en.nav.items;

interface Item {
  to: string;
  label: ItemKey;
  action?: Action;
  /** Renders the label when it shows more than text (e.g. a count). */
  Label?: ComponentType;
}

const ITEMS: Item[] = [
  { to: '/today', label: 'today', action: 'session.read' },
  { to: '/alerts', label: 'alerts', action: 'alert.read', Label: AlertsNavLabel },
  { to: '/clients', label: 'clients', action: 'client.read' },
  // Intake staff and clinicians: applications from the public page (issue 16).
  { to: '/applications', label: 'applications', action: 'screening.record' },
  { to: '/calendar', label: 'calendar', action: 'session.read' },
  { to: '/programs', label: 'programs', action: 'program.read' },
  { to: '/cohorts', label: 'cohorts', action: 'session.read' },
  { to: '/rooms', label: 'rooms', action: 'room.manage' },
  // Where retreat guests sleep: intake keeps it, without the organization's other settings.
  { to: '/lodging', label: 'lodging', action: 'lodging.manage' },
  { to: '/lots', label: 'lots', action: 'lot.read' },
  { to: '/outcomes', label: 'outcomes', action: 'outcome.read' },
  { to: '/instruments', label: 'instruments', action: 'instrument.read' },
  { to: '/evidence', label: 'evidence', action: 'evidence.read' },
  { to: '/meta', label: 'meta', action: 'meta.run' },
  { to: '/outbox', label: 'outbox', action: 'outbox.read' },
  { to: '/audit', label: 'audit', action: 'audit.read' },
  { to: '/members', label: 'members', action: 'member.read' },
  // Owners edit every setting; clinicians the crisis lines.
  { to: '/organization', label: 'organization', action: 'crisis-line.manage' },
  { to: '/account', label: 'account' },
];

/** A program's outcome dashboard lives under /programs/:id but belongs to Outcomes. */
const OUTCOMES_PAGE = /^\/programs\/[^/]+\/outcomes\/?$/;

const isActive = (to: string, pathname: string): boolean =>
  OUTCOMES_PAGE.test(pathname) ? to === '/outcomes' : pathname === to || pathname.startsWith(`${to}/`);

export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const session = useSession();
  const { pathname } = useLocation();
  const { t } = useT('nav');
  const items = ITEMS.filter((item) => !item.action || can(session, item.action));
  return (
    <Stack gap={4}>
      {items.map((item) => {
        const active = isActive(item.to, pathname);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.Label ? <item.Label /> : t(`items.${item.label}`)}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            fw={active ? 600 : 500}
          />
        );
      })}
    </Stack>
  );
}
