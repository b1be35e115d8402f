// 销售设置 (owner): what a price outside the brand's limits does — needs the owner's approval, or is refused.
import { Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { PolicySelect } from './CreditTermsPanel';

export function SalesSettingsPanel({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.salesOrders.settings.queryOptions());
  const save = useMutation(trpc.salesOrders.setSettings.mutationOptions());
  if (!settings.data) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={5}>{t('promotions.credit.settingsTitle')}</Title>
        <Group>
          <PolicySelect
            label={t('promotions.credit.priceLimitPolicy')}
            value={settings.data.priceLimitPolicy}
            disabled={!canEdit || save.isPending}
            onChange={(priceLimitPolicy) =>
              save.mutate(
                { priceLimitPolicy },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t('promotions.credit.settingsSaved') });
                    void queryClient.invalidateQueries({ queryKey: trpc.salesOrders.settings.queryKey() });
                  },
                  onError: (err) => notifications.show({ color: 'red', message: errorText(err, t('common.errors.network')) }),
                },
              )
            }
          />
        </Group>
      </Stack>
    </Paper>
  );
}
