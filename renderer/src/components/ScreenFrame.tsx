// The frame every list screen uses: a title row with actions, a toolbar, and a body that fills the rest of the
// window (so a virtualized table gets a real height to scroll in).
import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  actions?: ReactNode;
  toolbar?: ReactNode;
  children: ReactNode;
}

export function ScreenFrame({ title, actions, toolbar, children }: Props) {
  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-height, 52px) - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} tabIndex={-1}>
          {title}
        </Title>
        <Group gap="xs">{actions}</Group>
      </Group>
      {toolbar}
      {children}
    </Stack>
  );
}
