// The signed-in app: header, role-filtered navbar and the open section. Moving to a section puts the focus on
// its search box (or its heading), so the clerk can type or scan straight away.
import { AppShell, Center, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { useSignOut } from '../auth/useSignOut';
import { focusSearchBox } from './focus';
import { HeaderBar } from './HeaderBar';
import { NavMenu } from './NavMenu';
import { navigate, useRoute } from './route';
import { sectionsFor, SECTIONS, type SectionScreens } from './sections';
import { ShortcutsHelp } from './ShortcutsHelp';
import { useMenuCommands } from './useMenuCommands';
import { useShellShortcuts } from './useShellShortcuts';

export function AppLayout({ screens }: { screens: SectionScreens }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const route = useRoute();
  const [navOpened, nav] = useDisclosure(false);
  const [helpOpened, help] = useDisclosure(false);
  const allowed = useMemo(() => sectionsFor(user.role), [user.role]);
  const section = allowed.find((s) => s.id === route);
  const known = SECTIONS.some((s) => s.id === route);

  useShellShortcuts(allowed, help.open);
  useMenuCommands(useSignOut());

  useEffect(() => {
    // An empty or unknown hash opens the first section this role may use.
    if (!known && allowed[0]) navigate(allowed[0].id);
  }, [known, allowed]);

  useEffect(() => {
    if (section) requestAnimationFrame(() => void focusSearchBox());
  }, [section]);

  const Screen = section ? screens[section.id] : null;
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
      <AppShell.Header>
        <HeaderBar navOpened={navOpened} onToggleNav={nav.toggle} onHelp={help.open} />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {/* Twenty sections do not fit a 768-pixel laptop screen: the list scrolls inside the navbar. */}
        <AppShell.Section grow component={ScrollArea}>
          <NavMenu sections={allowed} active={route} onNavigate={nav.close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        {Screen ? (
          <Screen key={section?.id} />
        ) : known ? (
          <Center h="50vh">
            <Text c="dimmed">{t('shell.forbidden')}</Text>
          </Center>
        ) : null}
      </AppShell.Main>
      <ShortcutsHelp opened={helpOpened} onClose={help.close} />
    </AppShell>
  );
}
