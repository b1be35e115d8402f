// receive.*: scanning a brand shipment into a receiving session, on a database of its own (stock-fixture.ts).
//   scan_p50_ms / scan_p99_ms: what receiving.scan does — resolve the scan, check it, add it to the session's
//     counts, commit (WAL, synchronous=FULL: the scan is on disk before the answer), then read back the changed line,
//     the totals and every line of the session — for 2,000 scans into a session of an ASN with 200 lines
//     (100 products × 2 batches), after 100 to warm up: 70 % bottle barcodes, 15 % case barcodes, 10 % GS1 labels
//     with batch and expiry, 5 % case trace codes (24 nested bottles each).
//   scan_line_p50_ms / scan_line_p99_ms: receiving.scanLine, the same without the full list (the screen patches the
//     changed line into the list it loaded once); timed alternately with the above on the same session.
//   post_ms: posting that session (200+ lines of stock moves, batches, code events, discrepancy report, outbox).
import { importAsnFile } from '../../../electron/core/receiving/asns';
import { postReceiving } from '../../../electron/core/receiving/post';
import { scanIntoSession } from '../../../electron/core/receiving/scan';
import { startReceiving } from '../../../electron/core/receiving/sessions';
import { receivingState } from '../../../electron/core/receiving/state';
import { importCodeFile } from '../../../electron/core/trace/import/import-file';
import type { Figure } from '../figure';
import { note } from '../figure';
import { stockBench, type BenchProduct } from '../stock-fixture';
import { pick, seededRandom, summarize, timeMs } from '../stats';

export const prefix = 'receive';

const PRODUCTS = 100;
const SCANS = 2_000;
const WARM_UP = 100;
const CASE_CODES = 200;

const gs1 = (ean: string, batch: string) => `]C101${ean.padStart(14, '0')}17261130\x1d10${batch}`;

function asnCsv(products: BenchProduct[], caseCodes: string[]): Uint8Array {
  const rows = [['到货单号', '品牌', '商品编码', '单位', '数量', '批号', '生产日期', '单价(元)', '箱码']];
  products.forEach((p, i) => {
    const codes = caseCodes.filter((_, c) => c % PRODUCTS === i).join(';');
    rows.push(['BENCH-ASN-1', '基准品牌', p.sku, '箱', '10', `A${i}`, '2026-01-10', '48', codes]);
    rows.push(['BENCH-ASN-1', '基准品牌', p.sku, '箱', '10', `B${i}`, '2026-02-10', '48', '']);
  });
  return new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'));
}

/** Case codes with 4 boxes of 6 bottles each, registered through the trace module's association import. */
async function registerCases(bench: Awaited<ReturnType<typeof stockBench>>, products: BenchProduct[]): Promise<string[]> {
  const lines = ['箱码,盒码,瓶码,商品编码,批号,生产日期'];
  const cases: string[] = [];
  for (let c = 0; c < CASE_CODES; c++) {
    const p = products[c % PRODUCTS]!;
    const caseCode = `BC${String(c).padStart(6, '0')}`;
    cases.push(caseCode);
    for (let b = 0; b < 4; b++) for (let i = 0; i < 6; i++) lines.push([caseCode, `${caseCode}B${b}`, `${caseCode}B${b}I${i}`, p.sku, `A${c % PRODUCTS}`, '2026-01-10'].join(','));
  }
  await importCodeFile(bench.core, bench.clerk, { bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'cases.csv' });
  return cases;
}

export async function run(): Promise<Figure[]> {
  note('receive: seeding products, case codes and a 200-line shipment notice');
  const bench = await stockBench({ products: PRODUCTS, warehouses: 1 });
  const cases = await registerCases(bench, bench.products);
  const { asns } = await importAsnFile(bench.core, bench.clerk, { fileName: 'asn.csv', bytes: asnCsv(bench.products, cases) });
  const session = startReceiving(bench.core, bench.clerk, { warehouseId: bench.warehouses[0]!, asnId: asns[0]!.id });
  const rnd = seededRandom(3);
  const unused = [...cases];
  const scans = Array.from({ length: SCANS + WARM_UP }, () => {
    const r = rnd();
    const p = pick(bench.products, rnd);
    if (r < 0.7) return p.bottle;
    if (r < 0.85) return p.case;
    if (r < 0.95) return gs1(p.bottle, `B${bench.products.indexOf(p)}`);
    return unused.pop() ?? p.bottle;
  });
  note(`receive: ${SCANS} scans`);
  const full: number[] = [];
  const line: number[] = [];
  scans.forEach((raw, i) => {
    const scan = () => scanIntoSession(bench.core, bench.clerk, { sessionId: session.id, raw });
    if (i % 2 === 0) full.push(timeMs(() => ({ ...scan(), state: receivingState(bench.core, session.id) })));
    else line.push(timeMs(scan));
  });
  const s = summarize(full.slice(WARM_UP / 2));
  const l = summarize(line.slice(WARM_UP / 2));
  const postMs = timeMs(() => postReceiving(bench.core, bench.clerk, { id: session.id }));
  return [
    { name: 'receive.scan_p50_ms', value: s.p50, unit: 'ms' },
    { name: 'receive.scan_p99_ms', value: s.p99, unit: 'ms' },
    { name: 'receive.scan_line_p50_ms', value: l.p50, unit: 'ms' },
    { name: 'receive.scan_line_p99_ms', value: l.p99, unit: 'ms' },
    { name: 'receive.post_ms', value: postMs, unit: 'ms' },
  ];
}
