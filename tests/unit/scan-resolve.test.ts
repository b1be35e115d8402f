// resolveScan against a real migrated SQLite file: barcodes in every GTIN spelling, GS1 codes, trace codes, our
// document QR codes, unknown codes, and refusals that change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../db/open';
import { scanLookups } from '../../electron/core/scan/lookup';
import { resolveScan } from '../../electron/core/scan/resolve';
import type { ScanResolution } from '../../electron/core/scan/types';
import { testDb, type TestDb } from '../helpers/core';

interface UnitSpec {
  id: string;
  name: string;
  factor: number;
  barcode?: string;
}

/** A product with its packaging units and their barcodes, inserted with plain SQL. */
function addProduct(sqlite: Sqlite, p: { id: string; sku: string; name: string; status?: string; units: UnitSpec[] }): void {
  const now = '2026-01-01T00:00:00.000Z';
  sqlite
    .prepare(
      `INSERT INTO products (id, sku, name, spec, base_unit, status, search_text, created_at, updated_at)
       VALUES (?, ?, ?, '', ?, ?, ?, ?, ?)`,
    )
    .run(p.id, p.sku, p.name, p.units[0]!.name, p.status ?? 'active', p.name, now, now);
  for (const u of p.units) {
    sqlite.prepare('INSERT INTO product_units (id, product_id, name, factor) VALUES (?, ?, ?, ?)').run(u.id, p.id, u.name, u.factor);
    if (u.barcode) sqlite.prepare('INSERT INTO barcodes (code, product_id, unit_id) VALUES (?, ?, ?)').run(u.barcode, p.id, u.id);
  }
}

function addTrace(
  sqlite: Sqlite,
  t: { code: string; level: 'case' | 'box' | 'item'; productId: string; unitId?: string; parent?: string; batch?: string; producedOn?: string; expiresOn?: string },
): void {
  sqlite
    .prepare(
      `INSERT INTO trace_codes (code, level, product_id, unit_id, parent_code, batch, produced_on, expires_on, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00.000Z')`,
    )
    .run(t.code, t.level, t.productId, t.unitId ?? null, t.parent ?? null, t.batch ?? null, t.producedOn ?? null, t.expiresOn ?? null);
}

let t: TestDb;
const changes = () => (t.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
const resolve = (raw: string) => resolveScan(t.core, raw);
const as = <K extends ScanResolution['kind']>(r: ScanResolution, kind: K) => {
  expect(r.kind).toBe(kind);
  return r as Extract<ScanResolution, { kind: K }>;
};

beforeAll(async () => {
  t = await testDb({ now: () => new Date('2026-11-22T08:00:00+08:00') });
  addProduct(t.sqlite, {
    id: 'p-tea',
    sku: 'KSF-BHC-500',
    name: '康师傅冰红茶 500ml',
    units: [
      { id: 'u-tea-bottle', name: '瓶', factor: 1, barcode: '6901234567892' },
      { id: 'u-tea-case', name: '箱', factor: 15, barcode: '16901234567899' },
    ],
  });
  addProduct(t.sqlite, { id: 'p-cola', sku: 'KO-330', name: '可口可乐 330ml', units: [{ id: 'u-cola', name: '罐', factor: 1, barcode: '036000291452' }] });
  addProduct(t.sqlite, { id: 'p-gum', sku: 'GUM-1', name: '口香糖', units: [{ id: 'u-gum', name: '盒', factor: 1, barcode: '0012345678905' }] });
  addProduct(t.sqlite, { id: 'p-mint', sku: 'MINT-1', name: '薄荷糖', units: [{ id: 'u-mint', name: '包', factor: 1, barcode: '96385074' }] });
  addProduct(t.sqlite, { id: 'p-old', sku: 'OLD-1', name: '停售饼干', status: 'inactive', units: [{ id: 'u-old', name: '包', factor: 1, barcode: '5901234123457' }] });
  addProduct(t.sqlite, { id: 'p-int', sku: 'INT-1', name: '散装瓜子', units: [{ id: 'u-int', name: '斤', factor: 1, barcode: 'INT-0001' }] });
  addTrace(t.sqlite, { code: 'XC2026110001', level: 'case', productId: 'p-tea', unitId: 'u-tea-case', batch: 'B20261101', producedOn: '2026-11-01', expiresOn: '2027-10-31' });
  addTrace(t.sqlite, { code: 'XH2026110001-03', level: 'box', productId: 'p-tea', parent: 'XC2026110001' });
  addTrace(t.sqlite, { code: '106141412345678908', level: 'case', productId: 'p-tea', unitId: 'u-tea-case' });
  addTrace(t.sqlite, { code: 'SN000123', level: 'item', productId: 'p-tea', unitId: 'u-tea-bottle', parent: 'XH2026110001-03' });
  addTrace(t.sqlite, { code: '1234567890123', level: 'item', productId: 'p-cola', unitId: 'u-cola' }); // 13 digits, no GTIN check digit
});
afterAll(() => t.close());

describe('plain barcodes', () => {
  it('finds the product and unit of an EAN-13', () => {
    const r = as(resolve('6901234567892'), 'product');
    expect(r).toMatchObject({
      code: '6901234567892',
      gtin: '06901234567892',
      product: { id: 'p-tea', sku: 'KSF-BHC-500', name: '康师傅冰红茶 500ml', baseUnit: '瓶', status: 'active' },
      unit: { id: 'u-tea-bottle', name: '瓶', factor: 1 },
      batch: null,
      expiresOn: null,
      quantity: null,
      gs1: [],
    });
  });

  it('finds the case unit from its GTIN-14', () => {
    expect(as(resolve('16901234567899'), 'product').unit).toEqual({ id: 'u-tea-case', name: '箱', factor: 15 });
  });

  it.each([
    ['EAN-13 scanned as GTIN-14', '06901234567892', 'p-tea'],
    ['UPC-A stored, scanned as EAN-13', '0036000291452', 'p-cola'],
    ['UPC-A stored, scanned as GTIN-14', '00036000291452', 'p-cola'],
    ['EAN-13 stored, scanned as UPC-A', '012345678905', 'p-gum'],
    ['EAN-8', '96385074', 'p-mint'],
    ['EAN-8 scanned as GTIN-14', '00000096385074', 'p-mint'],
  ])('meets a stored barcode across spellings: %s', (_, raw, productId) => {
    expect(as(resolve(raw), 'product').product.id).toBe(productId);
  });

  it('trims whitespace, CR and LF, strips a non-GS1 AIM prefix and folds full-width digits', () => {
    for (const raw of ['  6901234567892\r\n', '\t6901234567892\n', ']E06901234567892', '６９０１２３４５６７８９２']) {
      expect(as(resolve(raw), 'product').product.id, JSON.stringify(raw)).toBe('p-tea');
    }
  });

  it('still names an inactive product, with its status, so the screen can say so', () => {
    expect(as(resolve('5901234123457'), 'product').product).toMatchObject({ id: 'p-old', status: 'inactive' });
  });

  it('finds a non-GTIN barcode held in the catalog, without a GTIN', () => {
    expect(as(resolve('INT-0001'), 'product')).toMatchObject({ code: 'INT-0001', gtin: null, product: { id: 'p-int' } });
  });
});

describe('GS1 codes', () => {
  it('takes product and unit from AI 01 and batch, expiry, count from the other AIs', () => {
    const r = as(resolve('(01)16901234567899(17)271000(10)B7(30)5'), 'product');
    expect(r).toMatchObject({
      product: { id: 'p-tea' },
      unit: { name: '箱', factor: 15 },
      gtin: '16901234567899',
      batch: 'B7',
      expiresOn: '2027-10-31',
      quantity: 5,
      serial: null,
    });
    expect(r.gs1).toEqual([
      { ai: '01', value: '16901234567899' },
      { ai: '17', value: '271000' },
      { ai: '10', value: 'B7' },
      { ai: '30', value: '5' },
    ]);
  });

  it('reads a GS1-128 scan with its AIM prefix, a GS separator and the Enter a wedge adds', () => {
    const r = as(resolve(']C101069012345678921020261101\x1d11261101\r\n'), 'product');
    expect(r).toMatchObject({ product: { id: 'p-tea' }, unit: { name: '瓶' }, batch: '20261101', producedOn: '2026-11-01' });
  });

  it('reads AI 01 without any AIM prefix or separator, as many wedges send it', () => {
    expect(as(resolve('010690123456789217270531'), 'product')).toMatchObject({ product: { id: 'p-tea' }, expiresOn: '2027-05-31' });
  });

  it('takes AI 15 (best before) as the expiry when there is no AI 17', () => {
    expect(as(resolve('(01)06901234567892(15)270600'), 'product').expiresOn).toBe('2027-06-30');
  });

  it('uses the current year in the distributor time zone for the century', async () => {
    const late = await testDb({ now: () => new Date('2099-12-31T20:00:00Z') }); // already 2100 in Shanghai
    addProduct(late.sqlite, { id: 'p', sku: 'S', name: '水', units: [{ id: 'u', name: '瓶', factor: 1, barcode: '6901234567892' }] });
    try {
      expect(as(resolveScan(late.core, '(01)06901234567892(17)490100'), 'product').expiresOn).toBe('2149-01-31');
      expect(as(resolveScan(late.core, '(01)06901234567892(17)500100'), 'product').expiresOn).toBe('2150-01-31');
      expect(as(resolveScan(late.core, '(01)06901234567892(17)510100'), 'product').expiresOn).toBe('2051-01-31');
    } finally {
      late.close();
    }
  });

  it('offers to create a product for an unknown GTIN, with the EAN-13 spelling', () => {
    const r = as(resolve(']d2010400638133393110LOT9'), 'unknown');
    expect(r).toMatchObject({
      code: '4006381333931',
      gtin: '04006381333931',
      canCreateProduct: true,
      hint: { code: 'SCAN_UNKNOWN', params: { code: '4006381333931' } },
      batch: 'LOT9',
    });
  });

  it('uses the content GTIN (AI 02) and count (AI 37) of a logistic unit label', () => {
    const r = as(resolve(']C1020690123456789237120'), 'product');
    expect(r).toMatchObject({ product: { id: 'p-tea' }, unit: { name: '瓶' }, quantity: 120 });
  });

  it.each([
    ['a wrong check digit in AI 01', '(01)06901234567891(10)A', 'BARCODE_CHECK_DIGIT'],
    ['a bad expiry', '(01)06901234567892(17)261332', 'GS1_DATE'],
    ['an unknown AI in raw form', ']C10106901234567892' + '7240X', 'GS1_MALFORMED'],
  ])('refuses %s', (_, raw, code) => {
    expect(() => resolve(raw)).toThrow(expect.objectContaining({ code }));
  });
});

describe('trace codes', () => {
  it('finds a case code with its product, unit, batch and dates', () => {
    const r = as(resolve('XC2026110001'), 'trace');
    expect(r).toMatchObject({
      code: 'XC2026110001',
      level: 'case',
      parentCode: null,
      product: { id: 'p-tea' },
      unit: { id: 'u-tea-case', factor: 15 },
      batch: 'B20261101',
      producedOn: '2026-11-01',
      expiresOn: '2027-10-31',
    });
  });

  it('finds a box code with its parent case, and no unit when the code has none', () => {
    expect(as(resolve('XH2026110001-03\r'), 'trace')).toMatchObject({ level: 'box', parentCode: 'XC2026110001', unit: null });
  });

  it('finds a case by the SSCC on its GS1-128 label', () => {
    expect(as(resolve(']C100106141412345678908'), 'trace')).toMatchObject({ code: '106141412345678908', level: 'case' });
  });

  it('finds an item by the serial of its GS1 DataMatrix, keeping the label batch when the record has none', () => {
    const r = as(resolve(']d201069012345678922' + '1SN000123\x1d10LB1'), 'trace');
    expect(r).toMatchObject({ code: 'SN000123', level: 'item', parentCode: 'XH2026110001-03', serial: 'SN000123', batch: 'LB1' });
  });

  it('finds a 13-digit trace code that is not a valid GTIN instead of refusing its check digit', () => {
    expect(as(resolve('1234567890123'), 'trace').product.id).toBe('p-cola');
  });
});

describe('our documents', () => {
  it('reads a document QR code', () => {
    expect(as(resolve('DMS:SO-20261122-0007'), 'document')).toEqual({
      kind: 'document',
      code: 'DMS:SO-20261122-0007',
      number: 'SO-20261122-0007',
      prefix: 'SO',
      date: '2026-11-22',
      seq: 7,
    });
  });

  it('reads one typed with Caps Lock off, or behind a QR AIM prefix', () => {
    expect(as(resolve('dms:po-20261122-0012'), 'document').number).toBe('PO-20261122-0012');
    expect(as(resolve(']Q1DMS:DN-20261231-10001'), 'document')).toMatchObject({ number: 'DN-20261231-10001', seq: 10001 });
  });

  it('refuses a DMS: code that is not a document number', () => {
    expect(() => resolve('DMS:SO-20261131-0001')).toThrow(expect.objectContaining({ code: 'SCAN_DOC_MALFORMED' }));
  });
});

describe('unknown and refused scans', () => {
  it('offers to create a product for an unknown but valid EAN-13', () => {
    expect(as(resolve('4006381333931'), 'unknown')).toMatchObject({
      code: '4006381333931',
      gtin: '04006381333931',
      canCreateProduct: true,
      hint: { code: 'SCAN_UNKNOWN', params: { code: '4006381333931' } },
    });
  });

  it('answers a code that is no GTIN with a hint and no offer to create a product', () => {
    for (const raw of ['HELLO-123', 'https://t.example.cn/c/8812', '12345678901234567890']) {
      expect(as(resolve(raw), 'unknown'), raw).toMatchObject({ code: raw, gtin: null, canCreateProduct: false, hint: { code: 'SCAN_NOT_RECOGNISED' } });
    }
  });

  it('refuses a GTIN-shaped code with a wrong check digit, saying which digit was expected', () => {
    expect(() => resolve('6901234567891')).toThrow(
      expect.objectContaining({ code: 'BARCODE_CHECK_DIGIT', params: { code: '6901234567891', expected: 2, actual: 1 } }),
    );
    expect(() => resolve('036000291453')).toThrow(expect.objectContaining({ code: 'BARCODE_CHECK_DIGIT', params: expect.objectContaining({ expected: 2 }) }));
  });

  it.each(['', '   ', '\r\n', ']C1', ' ]d2 \r\n'])('refuses the empty scan %j', (raw) => {
    expect(() => resolve(raw)).toThrow(expect.objectContaining({ code: 'SCAN_EMPTY' }));
  });

  it('never writes to the database, whatever it is given', () => {
    const before = changes();
    for (const raw of ['6901234567892', '6901234567891', '(01)06901234567892(17)261332', '4006381333931', 'DMS:X', 'XC2026110001', '']) {
      try {
        resolve(raw);
      } catch {
        // refusals are covered above; here only the absence of writes matters
      }
    }
    expect(changes()).toBe(before);
  });
});

describe('prepared statements', () => {
  it('are prepared once per database handle and reused', async () => {
    const first = scanLookups(t.sqlite);
    resolve('6901234567892');
    expect(scanLookups(t.sqlite)).toBe(first);
    const other = await testDb();
    try {
      expect(scanLookups(other.sqlite)).not.toBe(first);
      // The other database has no such barcode: its own statements answer, not the first database's.
      expect(resolveScan(other.core, '6901234567892').kind).toBe('unknown');
    } finally {
      other.close();
    }
  });
});
