/** The signed-in user's name, opening a menu with Account and Sign out. */
import { Button, Menu } from '@mantine/core';
import { Link } from 'react-router';
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
            Account
          </Menu.Item>
        )}
        <Menu.Item onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
