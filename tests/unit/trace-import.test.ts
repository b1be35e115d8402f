// Importing brands' association files: each layout and encoding, the nesting and units it produces, and files
// that must be refused whole with an error per line.
import { count } from 'drizzle-orm';
import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, traceCodes } from '../../db/schema';
import { lookupCode } from '../../electron/core/trace';
import { importCodeFile, type CodeImportOptions } from '../../electron/core/trace/import/import-file';
import type { Actor } from '../../electron/core/shared/context';
import { associationBytes, writeAssociationFile } from '../fixtures/trace/association';
import { seedProduct, withCheckDigit, type SeededProduct } from '../fixtures/trace/seed';
import { makeActor, testDb, type TestDb } from '../helpers/core';

let t: TestDb;
let p: SeededProduct;
let clerk: Actor;

beforeEach(async () => {
  t = await testDb({ now: () => new Date('2026-11-20T02:00:00Z') });
  p = seedProduct(t.core);
  clerk = await makeActor(t.core, 'clerk');
});
afterEach(() => t.close());

const codeCount = () => t.db.select({ n: count() }).from(traceCodes).get()?.n ?? 0;
const auditCount = () => t.db.select({ n: count() }).from(auditLog).get()?.n ?? 0;

/** Writes `content` (text in the encoding, or bytes) as a file in the test folder; imports it from its path. */
function importText(name: string, content: string | Buffer, options: CodeImportOptions = {}, encoding: 'utf-8' | 'gbk' = 'utf-8') {
  const file = join(t.dir, name);
  writeFileSync(file, typeof content === 'string' ? (encoding === 'gbk' ? iconv.encode(content, 'gbk') : content) : content);
  return importCodeFile(t.core, clerk, { path: file }, options);
}

/** The error an import fails with: code, params and the per-line details. */
async function failure(run: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown>; lines: [number, string, Record<string, unknown>][] }> {
  const e = (await run.then(() => null, (err: unknown) => err)) as { code: string; params: Record<string, unknown>; details?: unknown } | null;
  if (!e) throw new Error('the import was expected to fail');
  const details = Array.isArray(e.details) ? (e.details as { line: number; code: string; params: Record<string, unknown> }[]) : [];
  return { code: e.code, params: e.params, lines: details.map((d) => [d.line, d.code, d.params]) };
}

describe('layouts and encodings', () => {
  it('imports case,box,item columns with a Chinese header (UTF-8): nesting, units from contents, expiry from shelf life', async () => {
    const bytes = associationBytes({
      cases: 2,
      boxesPerCase: 4,
      itemsPerBox: 6,
      layout: 'levels',
      header: ['箱码', '盒码', '瓶码', '商品条码', '批号', '生产日期'],
      extra: (c) => [p.gtin.bottle, `批次${c}`, '2026/10/01'],
    });
    const r = await importText('levels.csv', bytes);
    expect(r).toMatchObject({ codes: 58, cases: 2, boxes: 8, items: 48, lines: 49, encoding: 'utf-8', layout: 'levels' });
    const c1 = lookupCode(t.core, 'C00000001');
    expect(c1).toMatchObject({ level: 'case', quantity: 24, unit: { name: '箱' }, batch: '批次1', producedOn: '2026-10-01', expiresOn: '2027-10-01' });
    expect(c1?.children).toHaveLength(4);
    expect(c1?.children[2]).toMatchObject({ code: 'B00000001003', level: 'box', quantity: 6, unitId: p.units.box });
    expect(lookupCode(t.core, 'I00000002004006')).toMatchObject({ unit: { name: '瓶' }, ancestors: ['B00000002004', 'C00000002'], batch: '批次2' });
    expect(auditCount()).toBe(1);
  });

  it('imports a GBK, tab-separated, CRLF file with Chinese values decoded right', async () => {
    const bytes = associationBytes({
      cases: 3,
      boxesPerCase: 2,
      itemsPerBox: 3,
      layout: 'levels',
      delimiter: '\t',
      eol: '\r\n',
      header: ['箱码', '盒码', '瓶码', '产品条码', '生产批号', '有效期至', '经销商编码'],
      extra: () => [p.gtin.bottle, '杭州一厂甲班', '2027年5月1日', '浙江经销商01'],
      encoding: 'gbk',
    });
    const r = await importText('gbk.txt', bytes);
    expect(r).toMatchObject({ codes: 3 + 6 + 18, encoding: 'gb18030' });
    expect(lookupCode(t.core, 'I00000003002003')).toMatchObject({ batch: '杭州一厂甲班', expiresOn: '2027-05-01', distributorCode: '浙江经销商01' });
  });

  it('imports headerless parent,child pairs (UTF-8 with BOM): levels follow from the nesting', async () => {
    const bytes = associationBytes({ cases: 2, boxesPerCase: 4, itemsPerBox: 6, layout: 'pairs', encoding: 'utf-8-bom' });
    const r = await importText('pairs.csv', bytes, { productId: p.id, distributorCode: 'D-US' });
    expect(r).toMatchObject({ cases: 2, boxes: 8, items: 48, layout: 'pairs', encoding: 'utf-8' });
    expect(lookupCode(t.core, 'C00000002')).toMatchObject({ level: 'case', quantity: 24, unitId: p.units.case, distributorCode: 'D-US' });
    expect(lookupCode(t.core, 'B00000002001')).toMatchObject({ level: 'box', parentCode: 'C00000002', unitId: p.units.box });
    expect(lookupCode(t.core, 'I00000002001001')).toMatchObject({ level: 'item', unitId: p.units.bottle, quantity: 1 });
  });

  it('imports a case,item file without boxes and a file of lone codes', async () => {
    await importText('two-levels.csv', 'case,item,gtin\nK1,K1-1,' + p.gtin.bottle + '\nK1,K1-2,' + p.gtin.bottle + '\n');
    expect(lookupCode(t.core, 'K1')).toMatchObject({ level: 'case', quantity: 2, unit: null });
    await importText('lone.txt', '追溯码\tGTIN\nL-1\t' + p.gtin.case + '\nL-2\t' + p.gtin.case + '\n');
    expect(lookupCode(t.core, 'L-1')).toMatchObject({ level: 'item', parentCode: null, unitId: p.units.case, quantity: 24 });
  });

  it('imports UTF-16LE (Excel "Unicode text") with a level column', async () => {
    const text = '\uFEFF父码\t子码\t层级\t商品编码\n\tX1\t箱\tP1\nX1\tX1-B\t盒\tP1\nX1-B\tX1-B-1\t瓶\tP1\n';
    const r = await importText('unicode.txt', iconv.encode(text, 'utf16le'));
    expect(r).toMatchObject({ codes: 3, cases: 1, boxes: 1, items: 1, encoding: 'utf-16le' });
    expect(lookupCode(t.core, 'X1')?.children[0]?.children[0]?.code).toBe('X1-B-1');
  });

  it('unwraps quoted fields and Excel ="…" text, skips blank lines and trailing delimiters', async () => {
    const text = '"箱码","瓶码"\r\n="000123",="000123-1",\r\n\r\n"000123","000123-2"\r\n,,\r\n';
    const r = await importText('quoted.csv', text, { productId: p.id });
    expect(r).toMatchObject({ cases: 1, items: 2 });
    expect(lookupCode(t.core, '000123')?.children.map((c) => c.code)).toEqual(['000123-1', '000123-2']);
  });

  it('takes the meaning of columns from the caller for a headerless file of another shape', async () => {
    const text = `A1,A1-1,L9,20261001\nA1,A1-2,L9,20261001\n`;
    await expect(importText('shape.csv', text, { productId: p.id })).rejects.toMatchObject({ code: 'TRACE_IMPORT_LAYOUT' });
    const r = await importText('shape.csv', text, { productId: p.id, columns: ['parent', 'child', 'batch', 'produced_on'] });
    expect(r).toMatchObject({ cases: 1, items: 2 });
    expect(lookupCode(t.core, 'A1-2')).toMatchObject({ batch: 'L9', producedOn: '2026-10-01', expiresOn: '2027-10-01' });
  });

  it('streams a file of many chunks whose only Chinese comes after the first megabyte (GBK restart)', async () => {
    const file = join(t.dir, 'big.csv');
    const lines = writeAssociationFile(file, {
      cases: 400,
      boxesPerCase: 10,
      itemsPerBox: 9,
      layout: 'levels',
      extra: (c) => [p.gtin.bottle, c === 400 ? '末批次' : 'L1'],
      encoding: 'gbk',
    });
    const progress: number[] = [];
    const r = await importCodeFile(t.core, clerk, { path: file }, { columns: ['case', 'box', 'item', 'gtin', 'batch'], onProgress: (e) => e.phase === 'reading' && progress.push(e.bytes) });
    expect(r).toMatchObject({ lines, codes: 400 * 101, encoding: 'gb18030' });
    expect(lookupCode(t.core, 'I00000400010009')?.batch).toBe('末批次');
    expect(progress.length).toBeGreaterThan(2);
  });

  it('imports uploaded bytes the same way as a path', async () => {
    const bytes = associationBytes({ cases: 1, boxesPerCase: 2, itemsPerBox: 2, layout: 'pairs', header: ['父码', '子码'], encoding: 'gbk' });
    const r = await importCodeFile(t.core, clerk, { bytes, fileName: '上传.csv' }, { productId: p.id });
    expect(r).toMatchObject({ fileName: '上传.csv', codes: 7 });
  });
});

describe('files refused whole, with an error per line', () => {
  async function expectNothingImported(run: Promise<unknown>) {
    const before = { codes: codeCount(), audit: auditCount() };
    const f = await failure(run);
    expect({ codes: codeCount(), audit: auditCount() }).toEqual(before);
    return f;
  }

  it('reports malformed lines and codes', async () => {
    const text = ['箱码,盒码,瓶码', 'C1,B1,I1', 'C1,B1', 'C1,B1,I 2', 'C1,B1,瓶3', 'C1,B1,I4,extra', ',,,', 'C1,B1,I5'].join('\n');
    const f = await expectNothingImported(importText('bad.csv', text, { productId: p.id }));
    expect(f.code).toBe('TRACE_IMPORT_FAILED');
    expect(f.params).toEqual({ count: 4 });
    expect(f.lines).toEqual([
      [3, 'TRACE_IMPORT_FIELDS', { line: 3, actual: 2, expected: 3 }],
      [4, 'TRACE_IMPORT_CODE_FORMAT', { line: 4, code: 'I 2', column: '瓶码' }],
      [5, 'TRACE_IMPORT_CODE_FORMAT', { line: 5, code: '瓶3', column: '瓶码' }],
      [6, 'TRACE_IMPORT_FIELDS', { line: 6, actual: 4, expected: 3 }],
    ]);
  });

  it('reports a code listed twice and a child under two parents', async () => {
    const text = ['parent,child', 'C1,B1', 'C1,B2', 'B1,I1', 'B1,I1', 'B2,I1', 'C2,B1'].join('\n');
    const f = await expectNothingImported(importText('twice.csv', text, { productId: p.id }));
    expect(f.lines).toEqual([
      [5, 'TRACE_IMPORT_DUPLICATE', { line: 5, code: 'I1', first: 4 }],
      [6, 'TRACE_IMPORT_TWO_PARENTS', { line: 6, code: 'I1', first: 4, parent: 'B1', other: 'B2' }],
      [7, 'TRACE_IMPORT_TWO_PARENTS', { line: 7, code: 'B1', first: 2, parent: 'C1', other: 'C2' }],
    ]);
  });

  it('reports a box under two cases and a code on two levels in the case,box,item layout', async () => {
    const text = ['C1,B1,I1', 'C2,B1,I2', 'C3,B3,C1', 'C1,B1,I1'].join('\n');
    const f = await expectNothingImported(importText('levels-bad.csv', text, { productId: p.id }));
    expect(f.lines).toEqual([
      [2, 'TRACE_IMPORT_TWO_PARENTS', { line: 2, code: 'B1', first: 1, parent: 'C1', other: 'C2' }],
      [3, 'TRACE_IMPORT_LEVEL_TWICE', { line: 3, code: 'C1', first: 1 }],
      [4, 'TRACE_IMPORT_DUPLICATE', { line: 4, code: 'I1', first: 1 }],
    ]);
  });

  it('reports loops and nesting deeper than case, box, item', async () => {
    const text = ['A,B', 'B,A', 'X,X', 'P1,P2', 'P2,P3', 'P3,P4'].join('\n');
    const f = await expectNothingImported(importText('loop.csv', text, { productId: p.id }));
    expect(f.lines.map(([line, code]) => [line, code])).toEqual([
      [1, 'TRACE_IMPORT_CYCLE'],
      [3, 'TRACE_IMPORT_CYCLE'],
      [6, 'TRACE_IMPORT_TOO_DEEP'],
    ]);
    expect(f.lines[0]?.[2]).toMatchObject({ code: 'B', path: 'B → A → B' });
    expect(f.lines[2]?.[2]).toMatchObject({ code: 'P4', path: 'P1 ⊃ P2 ⊃ P3 ⊃ P4' });
  });

  it('reports levels that contradict the nesting', async () => {
    const text = ['父码,子码,级别', ',Q1,瓶', 'Q1,Q2,瓶', ',Q3,托盘'].join('\n');
    const f = await expectNothingImported(importText('levels.csv', text, { productId: p.id }));
    expect(f.lines).toEqual([
      [3, 'TRACE_IMPORT_LEVEL_CONFLICT', { line: 3, code: 'Q2', parent: 'Q1' }],
      [4, 'TRACE_IMPORT_LEVEL', { line: 4, value: '托盘' }],
    ]);
  });

  it('reports bad barcodes, unknown products and dates, and codes without a product', async () => {
    const text = ['箱码,瓶码,条码,商品编码,生产日期', `C1,I1,${p.gtin.bottle},,2026-02-30`, 'C1,I2,6901234567890,,', `C1,I3,${withCheckDigit('690000000000')},,`, 'C1,I4,,NOPE,', 'C2,I5,,,'].join('\n');
    const f = await expectNothingImported(importText('attrs.csv', text));
    expect(f.lines).toEqual([
      [2, 'TRACE_IMPORT_DATE', { line: 2, column: '生产日期', value: '2026-02-30' }],
      [3, 'TRACE_IMPORT_GTIN', { line: 3, gtin: '6901234567890' }],
      [4, 'TRACE_IMPORT_GTIN_UNKNOWN', { line: 4, gtin: withCheckDigit('690000000000') }],
      [5, 'TRACE_IMPORT_SKU_UNKNOWN', { line: 5, sku: 'NOPE' }],
      [6, 'TRACE_IMPORT_NO_PRODUCT', { line: 6, code: 'C2' }],
      [6, 'TRACE_IMPORT_NO_PRODUCT', { line: 6, code: 'I5' }],
    ]);
  });

  it('reports codes the database already holds, and imports nothing of the second file', async () => {
    await importText('first.csv', 'C1,B1,I1\nC1,B1,I2\n', { productId: p.id });
    const before = codeCount();
    const f = await failure(importText('second.csv', 'C9,B9,I9\nC9,B9,I2\n', { productId: p.id }));
    expect(f.lines).toEqual([[2, 'TRACE_IMPORT_EXISTS', { line: 2, code: 'I2' }]]);
    expect(codeCount()).toBe(before);
    expect(lookupCode(t.core, 'C9')).toBeNull();
  });

  it('reports mis-encoded lines: binary bytes, and bytes neither UTF-8 nor GBK', async () => {
    const bytes = Buffer.concat([Buffer.from('C1,B1,I1\nC1,B1,I2\u0001\nC1,B1,I3'), Buffer.from([0xff]), Buffer.from('\nC1,B1,I4\n')]);
    const f = await expectNothingImported(importText('binary.csv', bytes, { productId: p.id }));
    expect(f.lines).toEqual([
      [2, 'TRACE_IMPORT_ENCODING', { line: 2 }],
      [3, 'TRACE_IMPORT_ENCODING', { line: 3 }],
    ]);
  });

  it('refuses a UTF-8-BOM file that is not UTF-8, an empty file, a non-text file name and a missing file', async () => {
    const badBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('C1,'), iconv.encode('批次', 'gbk')]);
    await expect(importText('bom.csv', badBom, { productId: p.id })).rejects.toMatchObject({ code: 'IMPORT_ENCODING' });
    await expect(importText('empty.csv', '箱码,盒码,瓶码\n\n')).rejects.toMatchObject({ code: 'IMPORT_EMPTY' });
    await expect(importText('codes.xlsx', 'C1,B1')).rejects.toMatchObject({ code: 'TRACE_IMPORT_FILE_TYPE' });
    await expect(importCodeFile(t.core, clerk, { path: join(t.dir, 'missing.csv') })).rejects.toMatchObject({
      code: 'TRACE_IMPORT_FILE',
      params: { file: join(t.dir, 'missing.csv'), detail: 'ENOENT' },
    });
    await expect(importText('ok.csv', 'C1,B1\n', { productId: 'no-such-product' })).rejects.toMatchObject({ code: 'PRODUCT_NOT_FOUND' });
    expect(codeCount()).toBe(0);
  });

  it('counts every error of a broken big file but lists the first 200 by line', async () => {
    const lines = ['parent,child'];
    for (let i = 0; i < 3000; i++) lines.push(`P${i},bad code ${i}`);
    const f = await expectNothingImported(importText('many.csv', lines.join('\n'), { productId: p.id }));
    expect(f.params).toEqual({ count: 3000 });
    expect(f.lines).toHaveLength(200);
    expect(f.lines[0]?.[0]).toBe(2);
    expect(f.lines[199]?.[0]).toBe(201);
  });
});
