/** The signed-in user's name, opening a menu with Account and Sign out. */
import { Button, Menu } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../i18n/i18n.ts';
import { useSignOut } from './session-actions.ts';
import { useSession } from './session-context.tsx';

export function UserMenu({
  withAccount = true,
  compact = false,
}: {
  withAccount?: boolean;
  compact?: boolean;
}) {
  const session = useSession();
  const signOut = useSignOut();
  const { t } = useT('nav');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          rightSection={<span aria-hidden="true">▾</span>}
          maw={compact ? 110 : 200}
          px={compact ? 'xs' : undefined}
        >
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{session.user.name}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{session.user.email}</Menu.Label>
        {withAccount && (
          <Menu.Item component={Link} to="/account">
            {t('userMenu.account')}
          </Menu.Item>
        )}
        <Menu.Item onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
