// catalog.*: product search over the large database (50,000 products). Queries are taken from the data itself:
// 2–4 consecutive Chinese characters of a random product's name (冰红茶, 康师傅) and the pinyin initials of such a
// fragment (bht, ksf), half each, 400 in all after 20 to warm up; searchProducts(core, { q, limit: 20 }) per query.
import { pinyinKeys } from '../../../electron/core/catalog/search-text';
import { searchProducts } from '../../../electron/core/catalog/search';
import type { Figure } from '../figure';
import { note } from '../figure';
import { largeDb } from '../large-db';
import { seededRandom, summarize, timeMs } from '../stats';

export const prefix = 'catalog';

const QUERIES = 400;
const WARM_UP = 20;

/** A run of 2–4 Chinese characters from the name, or null when it has none that long. */
function fragment(name: string, rnd: () => number): string | null {
  const runs = name.match(/\p{Script=Han}{2,}/gu) ?? [];
  if (runs.length === 0) return null;
  const run = runs[Math.floor(rnd() * runs.length)]!;
  const len = Math.min(run.length, 2 + Math.floor(rnd() * 3));
  const start = Math.floor(rnd() * (run.length - len + 1));
  return run.slice(start, start + len);
}

function queries(names: string[], rnd: () => number): string[] {
  const out: string[] = [];
  while (out.length < QUERIES + WARM_UP) {
    const frag = fragment(names[Math.floor(rnd() * names.length)]!, rnd);
    if (!frag) continue;
    out.push(out.length % 2 === 0 ? frag : (pinyinKeys(frag)[0] ?? frag));
  }
  return out;
}

export async function run(): Promise<Figure[]> {
  const big = await largeDb();
  const rnd = seededRandom(11);
  const names = (big.sqlite.prepare('SELECT name FROM products').all() as { name: string }[]).map((r) => r.name);
  const qs = queries(names, rnd);
  note(`catalog: ${QUERIES} searches (names and pinyin initials) over ${names.length} products`);
  for (const q of qs.slice(0, WARM_UP)) searchProducts(big.core, { q, limit: 20 });
  const times = qs.slice(WARM_UP).map((q) => timeMs(() => searchProducts(big.core, { q, limit: 20 })));
  const s = summarize(times);
  return [
    { name: 'catalog.search_p50_ms', value: s.p50, unit: 'ms' },
    { name: 'catalog.search_p99_ms', value: s.p99, unit: 'ms' },
  ];
}
