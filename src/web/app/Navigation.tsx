/** The navbar's links, each shown only when the role may use that screen. */
import { NavLink, Stack } from '@mantine/core';
import type { ComponentType } from 'react';
import { Link, useLocation } from 'react-router';
import type { Action } from '../../domain/access/roles.ts';
import { AlertsNavLabel } from '../alerts/AlertsNavLabel.tsx';
import { can } from './session.ts';
import { useSession } from './session-context.tsx';

interface Item {
  to: string;
  label: string;
  action?: Action;
  /** Renders the label when it shows more than text (e.g. a count). */
  Label?: ComponentType;
}

const ITEMS: Item[] = [
  { to: '/today', label: 'Today', action: 'session.read' },
  { to: '/alerts', label: 'Alerts', action: 'alert.read', Label: AlertsNavLabel },
  { to: '/clients', label: 'Clients', action: 'client.read' },
  { to: '/calendar', label: 'Calendar', action: 'session.read' },
  { to: '/programs', label: 'Programs', action: 'program.read' },
  { to: '/cohorts', label: 'Cohorts', action: 'session.read' },
  { to: '/rooms', label: 'Rooms', action: 'room.manage' },
  { to: '/outcomes', label: 'Outcomes', action: 'outcome.read' },
  { to: '/instruments', label: 'Instruments', action: 'instrument.read' },
  { to: '/evidence', label: 'Evidence library', action: 'evidence.read' },
  { to: '/meta', label: 'Meta-analysis', action: 'meta.run' },
  { to: '/outbox', label: 'Outbox', action: 'outbox.read' },
  { to: '/audit', label: 'Audit trail', action: 'audit.read' },
  { to: '/members', label: 'Members', action: 'member.read' },
  // Owners edit every setting; clinicians the crisis lines.
  { to: '/organization', label: 'Organization settings', action: 'crisis-line.manage' },
  { to: '/account', label: 'Account' },
];

/** A program's outcome dashboard lives under /programs/:id but belongs to Outcomes. */
const OUTCOMES_PAGE = /^\/programs\/[^/]+\/outcomes\/?$/;

const isActive = (to: string, pathname: string): boolean =>
  OUTCOMES_PAGE.test(pathname) ? to === '/outcomes' : pathname === to || pathname.startsWith(`${to}/`);

export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const session = useSession();
  const { pathname } = useLocation();
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
            label={item.Label ? <item.Label /> : item.label}
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
