// The frame around the sign-in and first-run pages: app name, language switch, version.
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';

export function AuthLayout({ title, subtitle, version, children }: { title: string; subtitle: string; version?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.1">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center pt="6vh" pb="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md" w={420}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Text c="dimmed" size="sm" fw={600}>
                {t('common.app.name')}
              </Text>
              <Title order={2}>{title}</Title>
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
      {version ? (
        <Text ta="center" c="dimmed" size="xs">
          {t('auth.version', { version })}
        </Text>
      ) : null}
    </Box>
  );
}
