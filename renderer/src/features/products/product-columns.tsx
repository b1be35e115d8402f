// Columns of the products table. Units read as the clerk says them: 瓶 / 盒×6 / 箱×24.
import type { TFunction } from 'i18next';
import { StatusBadge } from '../../components/StatusBadge';
import type { Column } from '../../components/VirtualTable';
import type { ProductRow } from './product-types';

export const unitsText = (p: ProductRow): string => p.units.map((u) => (u.factor === 1 ? u.name : `${u.name}×${u.factor}`)).join(' / ');

/** The barcode people scan most: the base unit's, else the first unit that has one. */
export const mainBarcode = (p: ProductRow): string => (p.units.find((u) => u.factor === 1 && u.barcode) ?? p.units.find((u) => u.barcode))?.barcode ?? '';

export function productColumns(t: TFunction): Column<ProductRow>[] {
  return [
    { key: 'sku', header: t('products.fields.sku'), width: '100px', render: (p) => p.sku },
    { key: 'name', header: t('products.fields.name'), width: 'minmax(200px, 2fr)', render: (p) => p.name },
    { key: 'spec', header: t('products.fields.spec'), width: 'minmax(90px, 1fr)', render: (p) => p.spec },
    { key: 'brand', header: t('products.fields.brand'), width: '96px', render: (p) => p.brandName ?? '' },
    { key: 'category', header: t('products.fields.category'), width: '88px', render: (p) => p.categoryName ?? '' },
    { key: 'units', header: t('products.fields.units'), width: 'minmax(110px, 1fr)', render: unitsText },
    { key: 'barcode', header: t('products.fields.barcode'), width: '130px', render: (p) => <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{mainBarcode(p)}</span> },
    { key: 'shelf', header: t('products.fields.shelfLifeDays'), width: '104px', align: 'right', render: (p) => p.shelfLifeDays ?? '' },
    { key: 'status', header: t('products.fields.status'), width: '72px', render: (p) => <StatusBadge active={p.status === 'active'} /> },
  ];
}
