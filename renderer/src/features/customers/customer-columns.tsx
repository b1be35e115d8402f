// Columns of the customers table; money in yuan with two decimals, right-aligned.
import type { TFunction } from 'i18next';
import { formatFen } from '../../components/money';
import { StatusBadge } from '../../components/StatusBadge';
import type { Column } from '../../components/VirtualTable';
import type { CustomerRow } from './customer-values';

export function customerColumns(t: TFunction): Column<CustomerRow>[] {
  return [
    { key: 'code', header: t('customers.fields.code'), width: '110px', render: (c) => c.code },
    { key: 'name', header: t('customers.fields.name'), width: 'minmax(180px, 2fr)', render: (c) => c.name },
    { key: 'contact', header: t('customers.fields.contact'), width: '90px', render: (c) => c.contact },
    { key: 'phone', header: t('customers.fields.phone'), width: '130px', render: (c) => c.phone },
    { key: 'region', header: t('customers.fields.region'), width: '100px', render: (c) => c.region },
    { key: 'channel', header: t('customers.fields.channel'), width: '90px', render: (c) => c.channel },
    { key: 'salesperson', header: t('customers.fields.salesperson'), width: '90px', render: (c) => c.salespersonName ?? '' },
    { key: 'priceList', header: t('customers.fields.priceList'), width: '100px', render: (c) => c.priceListName ?? '' },
    { key: 'credit', header: t('customers.fields.creditLimit'), width: '120px', align: 'right', render: (c) => formatFen(c.creditLimit) },
    { key: 'terms', header: t('customers.fields.paymentTermsDays'), width: '90px', align: 'right', render: (c) => c.paymentTermsDays },
    { key: 'active', header: t('customers.fields.active'), width: '70px', render: (c) => <StatusBadge active={c.active} /> },
  ];
}
