// 概览: what needs the owner's or the accountant's eye today — overdue receivables, batches near expiry, orders
// and write-offs waiting for approval, and how far each rebate policy is from its next tier.
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { formatFen } from '../../components/money';
import { navigate } from '../../shell/route';
import { DashboardCard } from './DashboardCard';
import { RebateForecastCard } from './RebateForecastCard';
import { businessToday } from './today';

const TOP = 5;

function OverdueCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const rows = useQuery(trpc.receivables.overdue.queryOptions({ asOf: businessToday() })).data ?? [];
  const customers = new Set(rows.map((r) => r.customerId)).size;
  const total = rows.reduce((a, r) => a + r.open, 0);
  return (
    <DashboardCard title={t('dashboard.overdue.title')} figure={`¥${formatFen(total)}`} link={{ label: t('dashboard.open'), onClick: () => navigate('finance') }}>
      <Text size="sm" c="dimmed">
        {t('dashboard.overdue.summary', { customers, items: rows.length })}
      </Text>
      {[...rows]
        .sort((a, b) => b.daysOverdue - a.daysOverdue)
        .slice(0, TOP)
        .map((r) => (
          <Text size="sm" key={`${r.customerId}:${r.dueDate}:${r.open}`}>
            {t('dashboard.overdue.row', { name: r.customerName, days: r.daysOverdue, amount: formatFen(r.open) })}
          </Text>
        ))}
    </DashboardCard>
  );
}

function ExpiryCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const near = useQuery(trpc.stock.nearExpiry.queryOptions({ limit: 1000 })).data;
  const rows = near?.rows ?? [];
  const expired = rows.filter((r) => r.expired).length;
  return (
    <DashboardCard title={t('dashboard.expiry.title', { days: near?.days ?? '' })} figure={rows.length} link={{ label: t('dashboard.open'), onClick: () => navigate('stock') }}>
      <Text size="sm" c={expired > 0 ? 'red' : 'dimmed'}>
        {t('dashboard.expiry.summary', { expired })}
      </Text>
      {rows.slice(0, TOP).map((r) => (
        <Text size="sm" key={`${r.warehouseId}:${r.batchId}`} c={r.expired ? 'red' : undefined}>
          {t('dashboard.expiry.row', { name: r.name, batch: r.batchNo, qty: r.qty, unit: r.baseUnit, date: r.expiresOn ?? '', warehouse: r.warehouseName })}
        </Text>
      ))}
    </DashboardCard>
  );
}

function ApprovalsCard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const orders = useQuery(trpc.salesOrders.list.queryOptions({ status: 'pending_approval', limit: 5 })).data;
  const writeOffs = useQuery(trpc.adjustments.pending.queryOptions()).data ?? [];
  const count = (orders?.total ?? 0) + writeOffs.length;
  return (
    <DashboardCard title={t('dashboard.approvals.title')} figure={count}>
      <Text size="sm" c="dimmed">
        {t('dashboard.approvals.summary', { orders: orders?.total ?? 0, writeOffs: writeOffs.length })}
      </Text>
      {(orders?.rows ?? []).map((o) => (
        <Text size="sm" key={o.id}>
          {o.number} {o.customerName}
        </Text>
      ))}
    </DashboardCard>
  );
}

export function DashboardScreen() {
  const { t } = useTranslation();
  const role = useCurrentUser().role;
  return (
    <Stack gap="md">
      <Title order={3} tabIndex={-1}>
        {t('dashboard.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        {role === 'owner' ? <RebateForecastCard /> : null}
        <OverdueCard />
        <ExpiryCard />
        {role === 'owner' ? <ApprovalsCard /> : null}
      </SimpleGrid>
    </Stack>
  );
}
