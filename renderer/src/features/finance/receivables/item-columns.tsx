// Columns of a ledger item list (invoices, receipts, credits), shared by the customer ledger and the receipt list.
import { Badge, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { formatFen } from '../../../components/money';
import type { Column } from '../../../components/VirtualTable';
import type { ItemRow } from '../finance-types';

export function itemColumns(t: TFunction, opts: { customer?: boolean } = {}): Column<ItemRow>[] {
  const cols: Column<ItemRow>[] = [
    { key: 'date', header: t('finance.fields.date'), width: '110px', render: (r) => r.businessDate },
    { key: 'docNo', header: t('finance.fields.docNo'), width: '170px', render: (r) => <Text size="sm" td={r.reversed ? 'line-through' : undefined}>{r.sourceNo || r.docNo}</Text> },
    {
      key: 'kind',
      header: t('finance.fields.kind'),
      width: '120px',
      render: (r) => (
        <Badge size="sm" variant="light" color={r.kind === 'invoice' ? 'blue' : r.kind === 'receipt' ? 'green' : 'gray'}>
          {r.method ? t(`finance.methods.${r.method as 'cash'}`) : t(`finance.kinds.${r.kind}`)}
        </Badge>
      ),
    },
  ];
  if (opts.customer) cols.push({ key: 'customer', header: t('finance.fields.customer'), width: 'minmax(140px, 1fr)', render: (r) => r.customerName });
  cols.push(
    { key: 'ref', header: t('finance.fields.reference'), width: 'minmax(100px, 1fr)', render: (r) => (r.reversed ? t('finance.receipts.reversed') : r.reference || r.payerName) },
    { key: 'dueDate', header: t('finance.fields.dueDate'), width: '110px', render: (r) => r.dueDate ?? '' },
    { key: 'amount', header: t('finance.fields.amount'), width: '120px', align: 'right', render: (r) => formatFen(r.amount) },
    { key: 'open', header: t('finance.fields.open'), width: '120px', align: 'right', render: (r) => <Text size="sm" fw={600}>{formatFen(r.open)}</Text> },
  );
  return cols;
}
