// Top bar: app name, who is signed in (and as what), language switch, shortcuts help and sign-out.
import { ActionIcon, Badge, Burger, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconKeyboard, IconLogout } from '../components/icons';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/current-user';
import { useSignOut } from '../auth/useSignOut';
import { LanguageSwitch } from '../components/LanguageSwitch';

interface Props {
  navOpened: boolean;
  onToggleNav: () => void;
  onHelp: () => void;
}

export function HeaderBar({ navOpened, onToggleNav, onHelp }: Props) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const signOut = useSignOut();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('shell.navbarToggle')} />
        <Text fw={700} size="lg">
          {t('common.app.name')}
        </Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Group gap={6} wrap="nowrap" aria-label={t('shell.userMenu')}>
          <Text size="sm" fw={500} data-testid="current-user">
            {user.name}
          </Text>
          <Badge variant="light" tt="none" data-testid="current-role">
            {t(`common.roles.${user.role}`)}
          </Badge>
        </Group>
        <LanguageSwitch />
        <Tooltip label={t('shell.shortcuts.open')}>
          <ActionIcon variant="subtle" onClick={onHelp} aria-label={t('shell.shortcuts.open')}>
            <IconKeyboard size={18} />
          </ActionIcon>
        </Tooltip>
        <Button variant="subtle" size="xs" leftSection={<IconLogout size={16} />} onClick={signOut}>
          {t('auth.logout')}
        </Button>
      </Group>
    </Group>
  );
}
