// Columns of the customers table; money in yuan with two decimals, right-aligned.
import type { TFunction } from 'i18next';
import { formatFen } from '../../components/money';
import { StatusBadge } from '../../components/StatusBadge';
import type { Column } from '../../components/VirtualTable';
import type { CustomerRow } from './customer-values';

export function customerColumns(t: TFunction): Column<CustomerRow>[] {
  return [
    { key: 'code', header: t('customers.fields.code'), width: '104px', render: (c) => c.code },
    { key: 'name', header: t('customers.fields.name'), width: 'minmax(128px, 2fr)', render: (c) => c.name },
    { key: 'contact', header: t('customers.fields.contact'), width: '72px', render: (c) => c.contact },
    { key: 'phone', header: t('customers.fields.phone'), width: '128px', render: (c) => c.phone },
    { key: 'region', header: t('customers.fields.region'), width: '84px', render: (c) => c.region },
    { key: 'channel', header: t('customers.fields.channel'), width: '76px', render: (c) => c.channel },
    { key: 'salesperson', header: t('customers.fields.salesperson'), width: '76px', render: (c) => c.salespersonName ?? '' },
    { key: 'priceList', header: t('customers.fields.priceList'), width: '84px', render: (c) => c.priceListName ?? '' },
    { key: 'credit', header: t('customers.columns.credit'), width: '108px', align: 'right', render: (c) => formatFen(c.creditLimit) },
    { key: 'terms', header: t('customers.columns.terms'), width: '76px', align: 'right', render: (c) => c.paymentTermsDays },
    { key: 'active', header: t('customers.fields.active'), width: '64px', render: (c) => <StatusBadge active={c.active} /> },
  ];
}
