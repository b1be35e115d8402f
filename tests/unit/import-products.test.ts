// products.import and products.export through the real router: .xlsx, CSV in UTF-8, UTF-8 with BOM, GBK and
// UTF-16; several packaging units per product; all-or-nothing with a per-row report in the caller's language;
// unknown encodings, old .xls files and missing columns refused; an export that re-imports to the same catalog.
import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../electron/api/router';
import { clientFor, signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { badCheck, ean13, snapshot } from './catalog-fixtures';
import { gbk, readXlsx, upload, utf16Tabs, utf8, utf8Bom, xlsx, type Cell } from './import-fixtures';

let t: TestDb;
let clerk: Client;
let clerkEn: Client;

beforeEach(async () => {
  t = await testDb();
  const s = await signedIn(t, 'clerk');
  clerk = s.client;
  clerkEn = clientFor(t, s.token, 'en');
});
afterEach(() => t.close());

const HEADER: Cell[] = ['商品编码', '商品名称', '规格', '品牌', '分类', '基本单位', '条码', '包装单位', '换算数', '包装条码', '保质期(天)', '状态'];
const COLA: Cell[] = ['KO-500', '可口可乐 500ml', '500ml*24瓶/箱', '可口可乐', '碳酸饮料', '瓶', ean13('690123456789'), '箱', 24, ean13('690123456790'), 365, '启用'];
const SPRITE: Cell[] = ['XB-500', '雪碧 500ml', '500ml*24瓶/箱', '可口可乐', '碳酸饮料', '瓶', ean13('690123456791'), '箱', 24, '', 365, ''];
const NOODLE: Cell[] = ['KSF-HS', '康师傅红烧牛肉面', '103g*24袋/箱', '康师傅', '方便面', '袋', ean13('690123456792'), '箱', 24, '', 180, ''];
/** A third unit of the noodles on a row of its own. */
const NOODLE_PACK: Cell[] = ['KSF-HS', '', '', '', '', '', '', '五连包', 5, ean13('690123456793'), '', ''];

async function refusal(p: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof TRPCClientError)) throw new Error(`expected a refusal, got ${JSON.stringify(e)}`);
  return e as TRPCClientError<AppRouter>;
}

/** Expects the import refused with appCode and no table changed. */
async function refusedWithoutChange(p: () => Promise<unknown>, appCode: string) {
  const before = snapshot(t);
  const e = await refusal(p());
  expect(e.data?.appCode, e.message).toBe(appCode);
  expect(snapshot(t)).toEqual(before);
  return e;
}

const audits = (action: string) =>
  (t.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

async function catalogState() {
  const { rows } = await clerk.products.list.query();
  return rows.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
}

describe('products.import reads every file kind', () => {
  const rows = [HEADER, COLA, SPRITE, NOODLE, NOODLE_PACK];
  it.each([
    ['商品.xlsx', () => xlsx(rows)],
    ['商品.csv (UTF-8)', async () => utf8(rows)],
    ['商品.csv (UTF-8 BOM)', async () => utf8Bom(rows)],
    ['商品.csv (GBK)', async () => gbk(rows)],
    ['商品.txt (UTF-16, tabs)', async () => utf16Tabs(rows)],
  ])('%s', async (label, make) => {
    const fileName = label.split(' ')[0]!;
    const res = await clerk.products.import.mutate(upload(fileName, await make()));
    expect(res).toEqual({ created: 3, updated: 0, rows: 4 });
    expect(audits('products.import')).toBe(1);
    const cola = (await clerk.products.search.query({ q: 'KO-500' }))[0]!;
    expect(cola).toMatchObject({
      name: '可口可乐 500ml',
      spec: '500ml*24瓶/箱',
      brandName: '可口可乐',
      categoryName: '碳酸饮料',
      baseUnit: '瓶',
      shelfLifeDays: 365,
      status: 'active',
      units: [
        { name: '瓶', factor: 1, barcode: ean13('690123456789') },
        { name: '箱', factor: 24, barcode: ean13('690123456790') },
      ],
    });
    const noodle = (await clerk.products.search.query({ q: 'ksfhsnrm' }))[0]!;
    expect(noodle.units.map((u) => [u.name, u.factor, u.barcode])).toEqual([
      ['袋', 1, ean13('690123456792')],
      ['五连包', 5, ean13('690123456793')],
      ['箱', 24, null],
    ]);
    expect((await clerk.brands.list.query()).map((b) => b.name).sort()).toEqual(['可口可乐', '康师傅']);
  });
});

describe('products.import updates by code', () => {
  it('updates existing products, keeping unit ids, and counts created and updated', async () => {
    await clerk.products.import.mutate(upload('a.csv', utf8([HEADER, COLA])));
    const before = (await clerk.products.search.query({ q: 'KO-500' }))[0]!;
    const renamed: Cell[] = [...COLA];
    renamed[1] = '可口可乐 500ml（新包装）';
    const res = await clerk.products.import.mutate(upload('b.csv', utf8([HEADER, renamed, SPRITE])));
    expect(res).toEqual({ created: 1, updated: 1, rows: 2 });
    const after = (await clerk.products.search.query({ q: 'KO-500' }))[0]!;
    expect(after.name).toBe('可口可乐 500ml（新包装）');
    expect(after.units.map((u) => u.id)).toEqual(before.units.map((u) => u.id));
  });

  it('keeps values of columns the file does not have', async () => {
    await clerk.products.import.mutate(upload('a.csv', utf8([HEADER, COLA])));
    await clerk.products.import.mutate(upload('names.csv', utf8([['商品编码', '商品名称', '基本单位'], ['KO-500', '可乐', '瓶']])));
    const p = (await clerk.products.search.query({ q: 'KO-500' }))[0]!;
    expect(p).toMatchObject({ name: '可乐', brandName: '可口可乐', shelfLifeDays: 365 });
    expect(p.units.map((u) => u.barcode)).toEqual([ean13('690123456789'), ean13('690123456790')]);
  });

  it('accepts English headers, spaces around values, and a barcode whose leading zero Excel dropped', async () => {
    const res = await clerk.products.import.mutate(
      upload('en.xlsx', await xlsx([['SKU', 'Name', 'Unit', 'Barcode', 'Pack unit', 'Factor'], ['UPC-1', ' Test item ', '个', 36000291452, '箱', 12]])),
    );
    expect(res.created).toBe(1);
    expect((await clerk.products.search.query({ q: 'UPC-1' }))[0]!.units[0]).toMatchObject({ barcode: '036000291452' });
  });
});

describe('products.import refuses bad files and writes nothing', () => {
  it('reports every bad row with its spreadsheet row, column and a translated message', async () => {
    const rows: Cell[][] = [
      HEADER,
      COLA,
      ['BAD-1', '', '', '', '', '瓶', badCheck(ean13('690000000001')), '', '', '', '', ''],
      ['BAD-2', '坏换算', '', '', '', '瓶', '', '箱', 'abc', '', '十天', '停售'],
      SPRITE,
      ['BAD-3', '重复条码', '', '', '', '瓶', ean13('690123456789'), '', '', '', '', ''],
    ];
    const e = await refusedWithoutChange(() => clerk.products.import.mutate(upload('bad.csv', utf8(rows))), 'IMPORT_FAILED');
    expect(e.message).toBe('导入失败：3 行有错误，未导入任何数据');
    const code = badCheck(ean13('690000000001'));
    expect(e.data?.details).toEqual([
      { row: 3, column: '商品名称', code: 'IMPORT_REQUIRED', params: { column: '商品名称' }, message: '“商品名称”不能为空' },
      {
        row: 3,
        column: '条码',
        code: 'BARCODE_CHECK_DIGIT',
        params: { code, expected: Number(ean13('690000000001').at(-1)), actual: Number(code.at(-1)) },
        message: `条码“${code}”校验位错误：应为 ${ean13('690000000001').at(-1)}，实际为 ${code.at(-1)}`,
      },
      { row: 4, column: '换算数', code: 'IMPORT_INTEGER', params: { column: '换算数', value: 'abc' }, message: '“换算数”应为非负整数，实际为“abc”' },
      { row: 4, column: '保质期(天)', code: 'IMPORT_INTEGER', params: { column: '保质期(天)', value: '十天' }, message: '“保质期(天)”应为非负整数，实际为“十天”' },
      {
        row: 4,
        column: '状态',
        code: 'IMPORT_VALUE',
        params: { column: '状态', value: '停售', allowed: '启用、停用、active、inactive' },
        message: '“状态”的值“停售”无效，可填：启用、停用、active、inactive',
      },
      {
        row: 6,
        column: '条码',
        code: 'BARCODE_TAKEN',
        params: { code: ean13('690123456789'), product: '可口可乐 500ml' },
        message: `条码“${ean13('690123456789')}”已被商品“可口可乐 500ml”使用`,
      },
    ]);
  });

  it('reports in English to an English caller', async () => {
    const e = await refusal(clerkEn.products.import.mutate(upload('bad.csv', utf8([HEADER, ['X', '', '', '', '', '瓶', '', '', '', '', '', '']]))));
    expect(e.message).toBe('Import failed: 1 rows have errors; nothing was imported');
    expect(e.data?.details).toMatchObject([{ row: 2, column: '商品名称', message: '"商品名称" must not be empty' }]);
  });

  it('finds a unit rule broken across rows of one product and names the row', async () => {
    const rows: Cell[][] = [HEADER, NOODLE, ['KSF-HS', '', '', '', '', '', '', '箱', 12, '', '', ''], ['KSF-HS', '康师傅', '', '', '', '', '', '', '', '', '', '']];
    const e = await refusedWithoutChange(() => clerk.products.import.mutate(upload('units.csv', utf8(rows))), 'IMPORT_FAILED');
    expect(e.data?.details).toMatchObject([
      { row: 4, column: '商品名称', code: 'IMPORT_ROW_CONFLICT', params: { row: 2 } },
    ]);
    const dupUnit = await refusedWithoutChange(
      () => clerk.products.import.mutate(upload('units.csv', utf8([HEADER, NOODLE, ['KSF-HS', '', '', '', '', '', '', '箱', 12, '', '', '']]))),
      'IMPORT_FAILED',
    );
    expect(dupUnit.data?.details).toMatchObject([{ row: 3, column: '包装单位', code: 'UNIT_DUPLICATE', params: { unit: '箱' } }]);
  });

  it('refuses a file missing a required column, naming it', async () => {
    const e = await refusedWithoutChange(() => clerk.products.import.mutate(upload('x.csv', utf8([['商品编码', '规格'], ['A', 'B']]))), 'IMPORT_COLUMNS');
    expect(e.message).toBe('缺少必需的列：商品名称、基本单位');
  });

  it('refuses an unknown encoding, a binary file and an old .xls file', async () => {
    // Latin-1 bytes that are neither UTF-8 nor GB18030 text (0x80 alone, then a control byte).
    await refusedWithoutChange(() => clerk.products.import.mutate(upload('x.csv', Buffer.from([0x41, 0x2c, 0x80, 0x0a, 0x81, 0x7f]))), 'IMPORT_ENCODING');
    const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const e = await refusedWithoutChange(() => clerk.products.import.mutate(upload('x.csv', binary)), 'IMPORT_ENCODING');
    expect(e.message).toBe('文件编码无法识别（支持 UTF-8 和 GBK）');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await refusedWithoutChange(() => clerk.products.import.mutate(upload('old.xlsx', ole)), 'IMPORT_XLS');
    await refusedWithoutChange(() => clerk.products.import.mutate(upload('broken.xlsx', Buffer.from('PK\u0003\u0004broken'))), 'IMPORT_FORMAT');
  });

  it('refuses an empty file, a header without rows, a wrong file type and damaged base64', async () => {
    await refusedWithoutChange(() => clerk.products.import.mutate(upload('x.csv', utf8([HEADER]))), 'IMPORT_EMPTY');
    await refusedWithoutChange(() => clerk.products.import.mutate(upload('x.csv', Buffer.from('\r\n\r\n'))), 'IMPORT_SHEET_EMPTY');
    const type = await refusedWithoutChange(() => clerk.products.import.mutate(upload('x.pdf', utf8([HEADER, COLA]))), 'VALIDATION');
    expect(type.message).toBe('输入有误：fileName: 只能导入 .xlsx 或 .csv 文件');
    await refusedWithoutChange(() => clerk.products.import.mutate({ fileName: 'x.csv', contentBase64: '商品' }), 'VALIDATION');
  });

  it('is refused to the accountant and the driver', async () => {
    for (const role of ['accountant', 'driver'] as const) {
      const c = (await signedIn(t, role)).client;
      await refusedWithoutChange(() => c.products.import.mutate(upload('a.csv', utf8([HEADER, COLA]))), 'FORBIDDEN');
    }
  });
});

describe('products.export', () => {
  it('writes the importer’s headers, one row per product plus one per further unit, barcodes as text', async () => {
    await clerk.products.import.mutate(upload('a.csv', utf8([HEADER, COLA, NOODLE, NOODLE_PACK])));
    const file = await clerk.products.export.mutate();
    expect(file.fileName).toMatch(/^商品资料-\d{8}\.xlsx$/);
    const sheet = await readXlsx(file.contentBase64);
    expect(sheet[0]).toEqual(HEADER);
    expect(sheet.slice(1)).toEqual([
      ['KO-500', '可口可乐 500ml', '500ml*24瓶/箱', '可口可乐', '碳酸饮料', '瓶', ean13('690123456789'), '箱', '24', ean13('690123456790'), '365', '启用'],
      ['KSF-HS', '康师傅红烧牛肉面', '103g*24袋/箱', '康师傅', '方便面', '袋', ean13('690123456792'), '五连包', '5', ean13('690123456793'), '180', '启用'],
      ['KSF-HS', '', '', '', '', '', '', '箱', '24', '', '', ''],
    ]);
  });

  it('re-imports to the same catalog: every product updated, nothing changed', async () => {
    await clerk.products.import.mutate(upload('a.csv', utf8([HEADER, COLA, SPRITE, NOODLE, NOODLE_PACK])));
    await clerk.products.setStatus.mutate({ id: (await clerk.products.search.query({ q: 'XB-500' }))[0]!.id, status: 'inactive' });
    const before = await catalogState();
    const file = await clerk.products.export.mutate();
    const res = await clerk.products.import.mutate({ fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(res).toEqual({ created: 0, updated: 3, rows: 4 });
    expect(await catalogState()).toEqual(before);
  });

  it('serves an empty template with the same headers', async () => {
    const file = await clerk.products.template.query();
    expect(file.fileName).toBe('商品导入模板.xlsx');
    expect(await readXlsx(file.contentBase64)).toEqual([HEADER]);
    await refusedWithoutChange(() => clerk.products.import.mutate(file), 'IMPORT_EMPTY');
  });
});
