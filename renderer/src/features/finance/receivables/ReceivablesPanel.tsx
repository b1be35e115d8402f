// 应收: balance per customer with aging buckets (0–30/31–60/61–90/>90) or the overdue list, as of a date. Enter on a
// customer opens their ledger, where a receipt can be recorded.
import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { formatFen } from '../../../components/money';
import { arrayRows, VirtualTable, type Column } from '../../../components/VirtualTable';
import { todayDate, type AgingRow, type OverdueRow } from '../finance-types';
import { CustomerLedger } from './CustomerLedger';

type View = 'aging' | 'overdue';
const money = (fen: number) => formatFen(fen);

export function ReceivablesPanel() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [view, setView] = useState<View>('aging');
  const [asOf, setAsOf] = useState(todayDate());
  const [customer, setCustomer] = useState<{ id: string; name: string } | null>(null);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(asOf);
  const aging = useQuery({ ...trpc.receivables.aging.queryOptions({ asOf }), enabled: validDate && view === 'aging' });
  const overdue = useQuery({ ...trpc.receivables.overdue.queryOptions({ asOf }), enabled: validDate && view === 'overdue' });

  if (customer) return <CustomerLedger customer={customer} onBack={() => setCustomer(null)} />;

  const agingRows = (aging.data ?? []).filter((r) => r.balance !== 0 || r.open !== 0);
  const agingColumns: Column<AgingRow>[] = [
    { key: 'code', header: t('finance.fields.code'), width: '110px', render: (r) => r.customerCode },
    { key: 'name', header: t('finance.fields.customer'), width: 'minmax(160px, 2fr)', render: (r) => r.customerName },
    { key: 'd0', header: t('finance.fields.d0_30'), width: '1fr', align: 'right', render: (r) => money(r.d0_30) },
    { key: 'd31', header: t('finance.fields.d31_60'), width: '1fr', align: 'right', render: (r) => money(r.d31_60) },
    { key: 'd61', header: t('finance.fields.d61_90'), width: '1fr', align: 'right', render: (r) => money(r.d61_90) },
    { key: 'd90', header: t('finance.fields.over90'), width: '1fr', align: 'right', render: (r) => <Text size="sm" c={r.over90 > 0 ? 'red' : undefined}>{money(r.over90)}</Text> },
    { key: 'unapplied', header: t('finance.fields.unapplied'), width: '1fr', align: 'right', render: (r) => money(r.unapplied) },
    { key: 'balance', header: t('finance.fields.balance'), width: '1fr', align: 'right', render: (r) => <Text size="sm" fw={600}>{money(r.balance)}</Text> },
  ];
  const overdueRows = overdue.data ?? [];
  const overdueColumns: Column<OverdueRow>[] = [
    { key: 'name', header: t('finance.fields.customer'), width: 'minmax(160px, 2fr)', render: (r) => r.customerName },
    { key: 'docNo', header: t('finance.fields.docNo'), width: '170px', render: (r) => r.sourceNo || r.docNo },
    { key: 'date', header: t('finance.fields.date'), width: '110px', render: (r) => r.businessDate },
    { key: 'due', header: t('finance.fields.dueDate'), width: '110px', render: (r) => r.dueDate },
    { key: 'days', header: t('finance.fields.daysOverdue'), width: '100px', align: 'right', render: (r) => <Text size="sm" c="red">{r.daysOverdue}</Text> },
    { key: 'amount', header: t('finance.fields.amount'), width: '1fr', align: 'right', render: (r) => money(r.amount) },
    { key: 'open', header: t('finance.fields.open'), width: '1fr', align: 'right', render: (r) => <Text size="sm" fw={600}>{money(r.open)}</Text> },
  ];
  const total = agingRows.reduce((s, r) => s + r.balance, 0);

  return (
    <Stack gap="sm" h="100%">
      <Group gap="sm" align="end">
        <SegmentedControl value={view} onChange={(v) => setView(v === 'overdue' ? 'overdue' : 'aging')} data={(['aging', 'overdue'] as const).map((v) => ({ value: v, label: t(`finance.receivables.view.${v}`) }))} />
        <TextInput label={t('finance.asOf')} value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} w={140} error={!validDate} />
        <Text size="xs" c="dimmed">{t('finance.receivables.hint')}</Text>
      </Group>
      {view === 'aging' ? (
        <VirtualTable
          {...arrayRows(agingRows)}
          columns={agingColumns}
          rowKey={(r) => r.customerId}
          onOpen={(r) => setCustomer({ id: r.customerId, name: r.customerName })}
          label={t('finance.tabs.receivables')}
          emptyText={aging.isPending ? t('common.table.loading') : t('common.table.empty')}
        />
      ) : (
        <VirtualTable
          {...arrayRows(overdueRows)}
          columns={overdueColumns}
          rowKey={(r) => r.itemId}
          onOpen={(r) => setCustomer({ id: r.customerId, name: r.customerName })}
          label={t('finance.receivables.view.overdue')}
          emptyText={overdue.isPending ? t('common.table.loading') : t('common.table.empty')}
        />
      )}
      {view === 'aging' && <Text size="sm" aria-label="receivable-total">{t('finance.receivables.total', { total: money(total), count: agingRows.length })}</Text>}
    </Stack>
  );
}
