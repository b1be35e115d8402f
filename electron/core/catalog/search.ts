// Quick product search for pickers: by name, SKU, barcode (exact), pinyin initials and full pinyin. Ranked:
// exact SKU or barcode, then name/SKU prefix, then a word of the search text starting with the query (全拼/首字母),
// then any substring, then loose initials (`kkl` in `kkkl`). A primary-key lookup for barcodes; else one scan of
// the covering index products_search and a top-N sort (ranked-search.ts). p99 is measured by scripts/bench on
// 50,000 products.
import type { Core } from '../shared/context';
import { gtinSpellings } from '../scan/gtin';
import { normalizeBarcode } from './barcodes';
import { productRowsByRowids, type ProductRow } from './product-rows';
import { PRODUCTS, rankedRowids } from './ranked-search';
import type { SearchRank } from './search-sql';
import { prepared } from './statements';

export type { SearchRank };

export interface ProductHit extends ProductRow {
  /** 0 exact SKU/barcode, 1 name/SKU prefix, 2 word prefix (pinyin), 3 substring, 4 loose initials. */
  rank: SearchRank;
}

const looksLikeGtin = (q: string) => /^\d{8}$|^\d{12,14}$/.test(q);

/** Rowids of the products holding the barcode in any GTIN spelling (a primary-key lookup per spelling). */
function barcodeHits(core: Core, q: string, includeInactive: boolean): number[] {
  const code = normalizeBarcode(q);
  if (!looksLikeGtin(code)) return [];
  const rows = prepared(
    core,
    `SELECT DISTINCT p.rowid AS rid FROM barcodes b JOIN products p ON p.id = b.product_id
      WHERE b.code IN (SELECT value FROM json_each(?)) AND (? OR p.status = 'active')`,
  ).all(JSON.stringify(gtinSpellings(code)), includeInactive ? 1 : 0) as { rid: number }[];
  return rows.map((r) => r.rid);
}

export interface SearchInput {
  q: string;
  limit?: number;
  includeInactive?: boolean;
}

/** The best `limit` (default 20) products for what the user typed, best first. */
export function searchProducts(core: Core, input: SearchInput): ProductHit[] {
  const q = input.q.trim();
  if (q === '') return [];
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const includeInactive = !!input.includeInactive;
  const ranks = new Map<number, SearchRank>(barcodeHits(core, q, includeInactive).map((rid) => [rid, 0]));
  // A whole GTIN that names a product is a scan: answer it without scanning the catalog.
  if (ranks.size === 0) {
    for (const r of rankedRowids(core, PRODUCTS, q, { limit, includeInactive })) if (!ranks.has(r.rid)) ranks.set(r.rid, r.rank);
  }
  const rowids = [...ranks.keys()].slice(0, limit);
  return productRowsByRowids(core, rowids).map(([rid, row]) => ({ ...row, rank: ranks.get(rid) ?? 4 }));
}
