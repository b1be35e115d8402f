import type { Shape } from '../shape';
import type { prices as zh } from '../zh-CN/prices';

export const prices: Shape<typeof zh> = {
  title: 'Prices',
  createList: 'New price list',
  listTitle: 'New price list',
  listFields: { code: 'Code', name: 'Name' },
  listHint: 'e.g. PF wholesale, KA key accounts, LS retail',
  listSaved: 'Price list created',
  search: 'Search products: name, SKU, barcode or pinyin initials',
  products: 'Products',
  pick: 'Pick a product on the left (↑↓ then Enter) or scan it',
  editorTitle: 'Prices of {{name}} (¥)',
  unit: 'Unit',
  limitMin: 'Minimum',
  limitMax: 'Maximum',
  noLists: 'No price list yet; create one first',
  save: 'Save prices',
  saved: 'Prices saved',
  nothingChanged: 'Nothing changed',
  limitsHint: 'Limits come from the brand; prices must lie within them. Leave empty for none.',
};
