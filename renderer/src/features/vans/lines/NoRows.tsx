// What a list shows while it loads or when it has nothing.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NoRows({ pending, text }: { pending: boolean; text?: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {pending ? t('common.table.loading') : (text ?? t('common.table.empty'))}
    </Text>
  );
}
