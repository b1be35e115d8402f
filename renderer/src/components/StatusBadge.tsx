// 启用 / 停用 at a glance.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" variant="light" tt="none" color={active ? 'green' : 'gray'}>
      {active ? t('common.status.active') : t('common.status.inactive')}
    </Badge>
  );
}
