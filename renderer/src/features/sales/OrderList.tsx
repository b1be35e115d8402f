// 订单: orders by status (draft, waiting for approval, confirmed, partly or fully delivered, cancelled), filtered by
// kind, customer, dates and number, a page at a time around the rows in view, so a million orders scroll as
// smoothly as ten. Enter or a double click opens an order; scanning a delivery note's QR (DMS:SO-…) opens it too.
import { Badge, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { formatFen } from '../../components/money';
import { usePagedRows } from '../../components/usePagedRows';
import { VirtualTable, type Column } from '../../components/VirtualTable';
import { CustomerPicker, type PickedCustomer } from './CustomerPicker';
import { PickListButton } from './PickListButton';
import { LIST_STATUSES, ORDER_KINDS, STATUS_COLORS, type SalesOrderKind, type SalesOrderListRow, type SalesOrderStatus } from './sales-types';

type StatusFilter = SalesOrderStatus | 'all';

export function OrderList({ onOpen }: { onOpen: (row: SalesOrderListRow) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [kind, setKind] = useState<SalesOrderKind | null>(null);
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [numberText, setNumberText] = useState('');
  const [number] = useDebouncedValue(numberText.trim(), 200);
  const filter = {
    ...(status === 'all' ? {} : { status }),
    ...(kind ? { kind } : {}),
    ...(customer ? { customerId: customer.id } : {}),
    ...(from ? { from } : {}),
    ...(to && (!from || to >= from) ? { to } : {}),
    ...(number ? { number } : {}),
  };
  const rows = usePagedRows({
    key: (offset, limit) => trpc.salesOrders.list.queryKey({ ...filter, offset, limit }),
    fetchPage: (offset, limit) => client.salesOrders.list.query({ ...filter, offset, limit }),
  });

  const columns: Column<SalesOrderListRow>[] = [
    { key: 'number', header: t('sales.list.number'), width: '170px', render: (r) => r.number },
    { key: 'date', header: t('sales.list.date'), width: '110px', render: (r) => r.businessDate },
    { key: 'kind', header: t('sales.fields.kind'), width: '70px', render: (r) => t(`sales.kinds.${r.kind}`) },
    {
      key: 'status',
      header: t('sales.list.status'),
      width: '100px',
      render: (r) => (
        <Badge size="sm" variant="light" tt="none" color={STATUS_COLORS[r.status]}>
          {t(`sales.status.${r.status}`)}
        </Badge>
      ),
    },
    { key: 'customer', header: t('sales.fields.customer'), width: 'minmax(160px, 2fr)', render: (r) => r.customerName },
    { key: 'warehouse', header: t('sales.fields.warehouse'), width: 'minmax(100px, 1fr)', render: (r) => r.warehouseName },
    { key: 'salesperson', header: t('sales.list.salesperson'), width: '90px', render: (r) => r.salespersonName ?? '' },
    { key: 'amount', header: t('sales.list.amount'), width: '110px', align: 'right', render: (r) => formatFen(r.amountFen) },
    { key: 'delivered', header: t('sales.list.delivered'), width: '110px', align: 'right', render: (r) => formatFen(r.deliveredFen) },
  ];

  return (
    <>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <SegmentedControl
          size="xs"
          value={status}
          onChange={(v) => setStatus(LIST_STATUSES.find((s) => s === v) ?? 'all')}
          data={[{ value: 'all', label: t('sales.list.all') }, ...LIST_STATUSES.map((s) => ({ value: s, label: t(`sales.status.${s}`) }))]}
          aria-label={t('sales.list.status')}
        />
        <Select
          size="xs"
          label={t('sales.fields.kind')}
          data={ORDER_KINDS.map((k) => ({ value: k, label: t(`sales.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(ORDER_KINDS.find((k) => k === v) ?? null)}
          clearable
          placeholder={t('sales.list.all')}
          w={110}
        />
        <CustomerPicker value={customer} onChange={setCustomer} w={240} size="xs" />
        <TextInput size="xs" type="date" label={t('sales.list.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={140} />
        <TextInput size="xs" type="date" label={t('sales.list.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} w={140} />
        <TextInput size="xs" label={t('sales.list.number')} placeholder="SO-" value={numberText} onChange={(e) => setNumberText(e.currentTarget.value)} w={170} />
        <Badge variant="outline" tt="none" data-testid="order-count">
          {t('sales.list.count', { count: rows.total ?? 0 })}
        </Badge>
        <PickListButton />
      </Group>
      <VirtualTable
        {...rows}
        columns={columns}
        rowKey={(r) => r.id}
        onOpen={onOpen}
        resetKey={JSON.stringify(filter)}
        label={t('sales.list.title')}
        emptyText={rows.isPending ? t('sales.list.loading') : t('sales.list.empty')}
      />
    </>
  );
}
