// One card of the dashboard: a title, a headline figure, a few lines, and a link to the screen that deals with it.
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  figure: ReactNode;
  children?: ReactNode;
  link?: { label: string; onClick: () => void };
}

export function DashboardCard({ title, figure, children, link }: Props) {
  return (
    <Card withBorder padding="md" radius="md" aria-label={title} component="section">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={5}>{title}</Title>
          {link ? (
            <Anchor component="button" size="sm" onClick={link.onClick}>
              {link.label}
            </Anchor>
          ) : null}
        </Group>
        <Text fz={26} fw={700}>
          {figure}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}
