import type { Shape } from '../shape';
import type { products as zh } from '../zh-CN/products';

export const products: Shape<typeof zh> = {
  title: 'Products',
  create: 'New product',
  createTitle: 'New product',
  editTitle: 'Edit product: {{name}}',
  search: 'Search name, SKU, barcode or pinyin initials (e.g. kkl)',
  statusFilter: { all: 'All', active: 'Active', inactive: 'Inactive' },
  fields: {
    sku: 'SKU',
    name: 'Name',
    spec: 'Spec',
    brand: 'Brand',
    category: 'Category',
    shelfLifeDays: 'Shelf life (days)',
    status: 'Status',
    units: 'Packaging units',
    barcode: 'Barcode',
    baseUnit: 'Base unit',
  },
  placeholders: { spec: 'e.g. 500ml×24', none: 'None' },
  units: {
    name: 'Unit',
    factor: 'Factor',
    barcode: 'Barcode',
    add: 'Add unit',
    remove: 'Remove unit',
    hint: 'The unit with factor 1 is the base unit (e.g. bottle); other units say how many base units they hold (case = 24). Barcodes: EAN-13, EAN-8, UPC, GTIN-14; the check digit is verified.',
    base: 'base',
  },
  saved: 'Product saved',
  scan: {
    opening: 'Looking up barcode {{code}}…',
    unknownTitle: 'Barcode not found',
    createWith: 'New product with this barcode',
    trace: 'Trace code {{code}}: {{product}}',
    document: 'Document {{number}}',
    filled: 'Barcode {{code}} put on unit "{{unit}}"',
    noUnit: 'Choose the unit the barcode belongs to first',
  },
};
