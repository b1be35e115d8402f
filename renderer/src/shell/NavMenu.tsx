// The section list for the signed-in role, with each section's Alt+digit shortcut shown beside it.
import { Kbd, NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { navigate } from './route';
import type { Section } from './sections';

export function NavMenu({ sections, active, onNavigate }: { sections: readonly Section[]; active: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} component="nav" aria-label={t('shell.navbarToggle')}>
      {sections.map((s, i) => (
        <NavLink
          key={s.id}
          href={`#/${s.id}`}
          active={s.id === active}
          label={t(`shell.nav.${s.id}`)}
          py={6}
          leftSection={<s.icon size={18} stroke={1.6} />}
          rightSection={i < 9 ? <Kbd size="xs">Alt+{i + 1}</Kbd> : null}
          onClick={(e) => {
            e.preventDefault();
            navigate(s.id);
            onNavigate();
          }}
        />
      ))}
    </Stack>
  );
}
