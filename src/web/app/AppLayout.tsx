/**
 * The app shell: header (product name, client search, organization switcher, user menu), the navbar (behind a
 * burger on phones) and the <main> landmark. When the organization requires two-factor and the user
 * has none yet, only the setup screen is shown.
 */
import { Anchor, AppShell, Box, Burger, Divider, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { TwoFactorRequiredPage } from '../auth/TwoFactorRequiredPage.tsx';
import { useFormat } from '../i18n/format.ts';
import { useT } from '../i18n/i18n.ts';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx';
import { ClientSearch } from './ClientSearch.tsx';
import { Navigation } from './Navigation.tsx';
import { OrganizationSwitcher } from './OrganizationSwitcher.tsx';
import { SkipLink } from './SkipLink.tsx';
import { can } from './session.ts';
import { useSession } from './session-context.tsx';
import { UserMenu } from './UserMenu.tsx';

const MAIN_ID = 'main-content';

export function AppLayout() {
  const session = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const restricted = session.twoFactorSetupRequired;
  const canSearch = can(session, 'client.read');
  useFocusMainOnNavigation();
  const { t, i18n } = useT('nav');
  // Pages re-render in the new language and format when either changes.
  const format = useFormat();
  const pageKey = `${i18n.language}|${format.locale}|${format.timeZone}`;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={restricted ? undefined : { width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink target={MAIN_ID} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            {!restricted && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('closeNavigation') : t('openNavigation')}
                aria-expanded={opened}
                aria-controls="app-navigation"
              />
            )}
            {/* On a phone the search takes the product name's place (360 px hold no more). */}
            {!(isPhone && canSearch && !restricted) && (
              <Anchor component={Link} to="/" fw={700} fz="xl" c="dark" underline="never">
                {t('common:appName')}
              </Anchor>
            )}
            {isPhone && !restricted && canSearch && <ClientSearch compact />}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {!isPhone && !restricted && canSearch && <ClientSearch compact={false} />}
            {!isPhone && <LanguageSwitcher />}
            {!isPhone && <OrganizationSwitcher inline />}
            <UserMenu withAccount={!restricted} compact={isPhone} />
          </Group>
        </Group>
      </AppShell.Header>
      {!restricted && (
        <AppShell.Navbar
          p="sm"
          id="app-navigation"
          aria-label={t('mainNavigation')}
          inert={isPhone && !opened}
          style={{ overflowY: 'auto' }}
        >
          <Navigation onNavigate={close} />
          {isPhone && (
            <>
              <Divider my="sm" />
              <OrganizationSwitcher />
              <Box mt="sm">
                <LanguageSwitcher size="sm" />
              </Box>
            </>
          )}
        </AppShell.Navbar>
      )}
      <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
        {restricted ? (
          <>
            {isPhone && (
              <Box mb="md">
                <OrganizationSwitcher />
              </Box>
            )}
            <TwoFactorRequiredPage />
          </>
        ) : (
          <Outlet key={pageKey} />
        )}
      </AppShell.Main>
    </AppShell>
  );
}

/** After a route change, move focus to <main> so screen readers start at the new page. */
function useFocusMainOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of page
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(MAIN_ID);
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [pathname]);
}
