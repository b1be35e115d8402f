// 返利进度 on the owner's overview: for every running brand policy, the tier reached this period, the rebate it
// is worth so far, and how far the next tier is.
import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { formatFen } from '../../components/money';
import { DashboardCard } from './DashboardCard';
import { nextTierText } from './forecast-text';

export function RebateForecastCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const rows = useQuery(trpc.rebates.forecast.queryOptions({})).data ?? [];
  const total = rows.reduce((a, r) => a + r.amount, 0);
  return (
    <DashboardCard title={t('dashboard.rebates.title')} figure={`¥${formatFen(total)}`}>
      <Text size="sm" c="dimmed">
        {rows.length === 0 ? t('dashboard.rebates.none') : t('dashboard.rebates.accrued')}
      </Text>
      {rows.map((r) => (
        <Stack gap={0} key={`${r.policyId}:${r.partyId}`}>
          <Text size="sm">{t('dashboard.rebates.row', { brand: r.brandName, name: r.name, period: r.periodKey, tier: r.tierNo, amount: formatFen(r.amount) })}</Text>
          <Text size="sm" c={r.next ? 'blue' : 'green'}>
            {nextTierText(t, r)}
          </Text>
        </Stack>
      ))}
    </DashboardCard>
  );
}
