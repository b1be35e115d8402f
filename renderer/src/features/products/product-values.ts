// The product form's values and their mapping to and from the API. Number boxes hold '' when empty, barcodes ''
// when none; the API wants null for "none" and numbers for numbers.
import { randomId } from '@mantine/hooks';
import type { ProductCreateInput, ProductStatus } from '../../api/contract';

export interface UnitValues {
  /** React key for the row; units keep it across edits, new rows get a fresh one. */
  key: string;
  /** The unit's id when it exists already (so prices and barcodes stay attached to it). */
  id?: string;
  name: string;
  factor: number | string;
  barcode: string;
}

export interface ProductValues {
  sku: string;
  name: string;
  spec: string;
  brandId: string | null;
  categoryId: string | null;
  shelfLifeDays: number | string;
  status: ProductStatus;
  units: UnitValues[];
}

/** What the form needs of a product, as both products.list rows and products.get answer it. */
export interface ProductLike {
  sku: string;
  name: string;
  spec: string;
  brandId: string | null;
  categoryId: string | null;
  shelfLifeDays: number | null;
  status: ProductStatus;
  units: readonly { id: string; name: string; factor: number; barcode: string | null }[];
}

export const newUnit = (name = '', factor: number | string = '', barcode = ''): UnitValues => ({ key: randomId(), name, factor, barcode });

/** A blank product; a scanned unknown barcode lands on its base unit. */
export function emptyProduct(barcode = '', baseUnitName = ''): ProductValues {
  return {
    sku: '',
    name: '',
    spec: '',
    brandId: null,
    categoryId: null,
    shelfLifeDays: '',
    status: 'active',
    units: [newUnit(baseUnitName, 1, barcode)],
  };
}

export function productToValues(p: ProductLike): ProductValues {
  return {
    sku: p.sku,
    name: p.name,
    spec: p.spec,
    brandId: p.brandId,
    categoryId: p.categoryId,
    shelfLifeDays: p.shelfLifeDays ?? '',
    status: p.status,
    units: p.units.map((u) => ({ key: u.id, id: u.id, name: u.name, factor: u.factor, barcode: u.barcode ?? '' })),
  };
}

const numberOrUndefined = (v: number | string): number | undefined => (v === '' ? undefined : Number(v));

export function valuesToInput(v: ProductValues): ProductCreateInput {
  return {
    sku: v.sku,
    name: v.name,
    spec: v.spec,
    brandId: v.brandId,
    categoryId: v.categoryId,
    shelfLifeDays: v.shelfLifeDays === '' ? null : Number(v.shelfLifeDays),
    status: v.status,
    units: v.units.map((u) => ({
      ...(u.id ? { id: u.id } : {}),
      name: u.name,
      // An empty factor stays missing so the schema says "enter a number" next to it.
      factor: numberOrUndefined(u.factor) as number,
      barcode: u.barcode.trim() === '' ? null : u.barcode.trim(),
    })),
  };
}
