// Quick product search for pickers: by name, SKU, barcode (exact), pinyin initials and full pinyin. Ranked:
// exact SKU or barcode, then name/SKU prefix, then a word of the search text starting with the query (全拼/首字母),
// then any substring, then loose initials (`kkl` in `kkkl`). One scan of products with the cheapest test first, a
// primary-key lookup for barcodes, and a top-N sort: p99 is measured by scripts/bench on 50,000 products.
import type { Core } from '../shared/context';
import { barcodeSpellings, normalizeBarcode } from './barcodes';
import { productRowsByIds, type ProductRow } from './product-rows';
import { matchSql, rankSql, searchParams, type SearchRank } from './search-sql';

export type { SearchRank };
import { prepared } from './statements';

export interface ProductHit extends ProductRow {
  /** 0 exact SKU/barcode, 1 name/SKU prefix, 2 word prefix (pinyin), 3 substring, 4 loose initials. */
  rank: SearchRank;
}

const looksLikeGtin = (q: string) => /^\d{8}$|^\d{12,14}$/.test(q);

function barcodeHits(core: Core, q: string, includeInactive: boolean): string[] {
  const code = normalizeBarcode(q);
  if (!looksLikeGtin(code)) return [];
  const rows = prepared(
    core,
    `SELECT DISTINCT b.product_id AS id FROM barcodes b JOIN products p ON p.id = b.product_id
      WHERE b.code IN (SELECT value FROM json_each(?)) AND (? OR p.status = 'active')`,
  ).all(JSON.stringify(barcodeSpellings(code)), includeInactive ? 1 : 0) as { id: string }[];
  return rows.map((r) => r.id);
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
  const all = input.includeInactive ? 1 : 0;
  const byBarcode = barcodeHits(core, q, !!input.includeInactive);
  const ranked = prepared(
    core,
    `SELECT p.id, ${rankSql('p', 'sku')} AS rank FROM products p
      WHERE ${matchSql('p')} AND (@all OR p.status = 'active')
      ORDER BY rank, length(p.name), p.sku LIMIT @limit`,
  ).all({ ...searchParams(q), all, limit }) as { id: string; rank: SearchRank }[];

  const ranks = new Map<string, SearchRank>(byBarcode.map((id) => [id, 0]));
  for (const r of ranked) if (!ranks.has(r.id)) ranks.set(r.id, r.rank);
  const ids = [...ranks.keys()].slice(0, limit);
  return productRowsByIds(core, ids).map((row) => ({ ...row, rank: ranks.get(row.id) ?? 4 }));
}
