// scan.*: resolveScan over the large database (50,000 products, 100,000 barcodes, 10,000 trace codes).
//   resolve_p50_ms / resolve_p99_ms: one call each for 20,000 scans drawn at random (seeded): 65 % barcodes as
//     stored (EAN-13 or case GTIN-14), 10 % an EAN-13 scanned in its GTIN-14 spelling, 20 % GS1 element strings
//     (AIM-prefixed with GS separators, bare, or bracketed, with expiry and batch), 5 % trace codes.
//   raw_ratio: our p50 over the p50 of a bare prepared `SELECT … FROM barcodes WHERE code = ?` for the same
//     stored barcodes, the two timed alternately in the same loop. It prices cleaning, classifying, the joins to
//     product and unit, and building the answer; lower is better.
import type { Sqlite } from '../../../db/open';
import { transact } from '../../../db/tx';
import { GS } from '../../../electron/core/scan/gs1';
import { resolveScan } from '../../../electron/core/scan/resolve';
import type { Figure } from '../figure';
import { note } from '../figure';
import { largeDb, type LargeDb } from '../large-db';
import { pick, seededRandom, summarize, timeMs } from '../stats';

export const prefix = 'scan';

const SCANS = 20_000;
const WARM_UP = 2_000;
const CASES = 2_500;
const BOXES_PER_CASE = 3;

interface Barcode {
  code: string;
}

/** Case codes with their box codes for random products, as a brand's shipment file would list them. */
function addTraceCodes(sqlite: Sqlite, rnd: () => number): string[] {
  const units = sqlite
    .prepare(`SELECT u.product_id AS productId, u.id AS unitId FROM product_units u WHERE u.factor > 1`)
    .all() as { productId: string; unitId: string }[];
  const insert = sqlite.prepare(
    `INSERT INTO trace_codes (code, level, product_id, unit_id, parent_code, batch, produced_on, expires_on, created_at)
     VALUES (?, ?, ?, ?, ?, ?, '2026-10-01', '2027-09-30', '2026-10-02T00:00:00.000Z')`,
  );
  const codes: string[] = [];
  transact(sqlite, () => {
    for (let c = 0; c < CASES; c++) {
      const { productId, unitId } = pick(units, rnd);
      const caseCode = `XC${String(20261001000000 + c)}`;
      insert.run(caseCode, 'case', productId, unitId, null, `B${c % 97}`);
      codes.push(caseCode);
      for (let b = 0; b < BOXES_PER_CASE; b++) {
        const boxCode = `${caseCode}-${b + 1}`;
        insert.run(boxCode, 'box', productId, null, caseCode, `B${c % 97}`);
        codes.push(boxCode);
      }
    }
  });
  return codes;
}

/** The GS1 forms scanners deliver for an item or case GTIN-14 with expiry and batch. */
function gs1Scan(gtin14: string, rnd: () => number): string {
  const expiry = `27${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}00`;
  const batch = `L${Math.floor(rnd() * 1e6)}`;
  const form = Math.floor(rnd() * 3);
  if (form === 0) return `]C101${gtin14}10${batch}${GS}17${expiry}\r\n`;
  if (form === 1) return `01${gtin14}17${expiry}10${batch}`;
  return `(01)${gtin14}(17)${expiry}(10)${batch}`;
}

function workload(barcodes: Barcode[], traceCodes: string[], rnd: () => number): string[] {
  return Array.from({ length: SCANS + WARM_UP }, () => {
    const r = rnd();
    const { code } = pick(barcodes, rnd);
    if (r < 0.65) return code;
    const gtin14 = code.padStart(14, '0');
    if (r < 0.75) return gtin14;
    if (r < 0.95) return gs1Scan(gtin14, rnd);
    return pick(traceCodes, rnd);
  });
}

function measureMixed(big: LargeDb, scans: string[]): { p50: number; p99: number } {
  for (const raw of scans.slice(0, WARM_UP)) resolveScan(big.core, raw);
  const times = scans.slice(WARM_UP).map((raw) => timeMs(() => resolveScan(big.core, raw)));
  return summarize(times);
}

/** resolveScan and a bare primary-key lookup of the same stored barcodes, alternating. */
function measureAgainstBare(big: LargeDb, barcodes: Barcode[], rnd: () => number): { ours: number; bare: number } {
  const bareStmt = big.sqlite.prepare('SELECT product_id, unit_id FROM barcodes WHERE code = ?');
  const codes = Array.from({ length: SCANS }, () => pick(barcodes, rnd).code);
  for (const code of codes.slice(0, WARM_UP)) {
    bareStmt.get(code);
    resolveScan(big.core, code);
  }
  const ours: number[] = [];
  const bare: number[] = [];
  for (const code of codes) {
    bare.push(timeMs(() => bareStmt.get(code)));
    ours.push(timeMs(() => resolveScan(big.core, code)));
  }
  return { ours: summarize(ours).p50, bare: summarize(bare).p50 };
}

export async function run(): Promise<Figure[]> {
  const big = await largeDb();
  const rnd = seededRandom(7);
  const traceCodes = addTraceCodes(big.sqlite, rnd);
  const barcodes = big.sqlite.prepare('SELECT code FROM barcodes').all() as Barcode[];
  note(`scan: ${SCANS} scans over ${barcodes.length} barcodes and ${traceCodes.length} trace codes`);
  const mixed = measureMixed(big, workload(barcodes, traceCodes, rnd));
  const vsBare = measureAgainstBare(big, barcodes, rnd);
  return [
    { name: 'scan.resolve_p50_ms', value: mixed.p50, unit: 'ms' },
    { name: 'scan.resolve_p99_ms', value: mixed.p99, unit: 'ms' },
    { name: 'scan.bare_lookup_p50_ms', value: vsBare.bare, unit: 'ms' },
    { name: 'scan.resolve_raw_ratio', value: vsBare.ours / vsBare.bare, unit: 'x' },
  ];
}
