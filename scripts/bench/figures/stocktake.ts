// stocktake.*: an hour of continuous blind counting (3,600 scans, one a second) into one stocktake of a warehouse
// holding 500 SKUs, on a database of its own (stock-fixture.ts). Each scan resolves the code, adds to one
// aggregated count row and appends an entry, committed (WAL, synchronous=FULL).
//   scan_p50_ms / scan_p99_ms: over the whole hour.
//   scan_last_p99_ms: over the last 10 minutes only — equal to the hour's when nothing grows per scan.
import { scanCount } from '../../../electron/core/stocktake/counting';
import { startStocktake } from '../../../electron/core/stocktake/stocktakes';
import type { Figure } from '../figure';
import { note } from '../figure';
import { stockBench } from '../stock-fixture';
import { pick, seededRandom, summarize, timeMs } from '../stats';

export const prefix = 'stocktake';

const SCANS = 3_600;

export async function run(): Promise<Figure[]> {
  note('stocktake: an hour of scanning');
  const bench = await stockBench({ products: 500, warehouses: 1 });
  const st = startStocktake(bench.core, bench.clerk, { warehouseId: bench.warehouses[0]! });
  const rnd = seededRandom(11);
  const times = Array.from({ length: SCANS }, () => {
    const p = pick(bench.products, rnd);
    const raw = rnd() < 0.7 ? p.bottle : rnd() < 0.5 ? p.box : p.case;
    return timeMs(() => scanCount(bench.core, bench.clerk, { stocktakeId: st.id, raw }));
  });
  const hour = summarize(times);
  const last = summarize(times.slice(-600));
  return [
    { name: 'stocktake.scan_p50_ms', value: hour.p50, unit: 'ms' },
    { name: 'stocktake.scan_p99_ms', value: hour.p99, unit: 'ms' },
    { name: 'stocktake.scan_last_p99_ms', value: last.p99, unit: 'ms' },
  ];
}
