// Whole-window states before the app shell exists: loading, or the server cannot be reached.
import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('common.table.loading')} />
    </Center>
  );
}

export function FullPageError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Stack align="center">
        <Text c="red" role="alert">
          {message}
        </Text>
        <Button onClick={onRetry}>{t('common.actions.retry')}</Button>
      </Stack>
    </Center>
  );
}
