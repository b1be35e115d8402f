// The streaming decoder keeps the one decoding rule of imports/decode.ts (BOM, else strict UTF-8, else GB18030)
// whatever the chunk boundaries; fields and headers of brands' files are recognised.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/core/imports/decode';
import { headerRoles, layoutFor, parseLevel } from '../../electron/core/trace/import/columns';
import { parseFileDate } from '../../electron/core/trace/import/dates';
import { NotUtf8, TextStreamDecoder } from '../../electron/core/trace/import/decode-stream';
import { detectDelimiter, LineFields, splitFields } from '../../electron/core/trace/import/fields';
import { LineSplitter } from '../../electron/core/trace/import/lines';

/** Decodes bytes fed in the given chunk sizes, restarting in GB18030 the way the import does. */
function streamDecode(bytes: Uint8Array, cuts: number[]): { text: string; encoding: string | null } {
  const run = (gb: boolean) => {
    const d = new TextStreamDecoder(gb);
    let text = '';
    let at = 0;
    for (const cut of [...cuts, bytes.length]) {
      const end = Math.min(bytes.length, Math.max(at, cut));
      text += d.write(bytes.subarray(at, end));
      at = end;
    }
    return { text: text + d.end(), encoding: d.encoding };
  };
  try {
    return run(false);
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e;
    return run(true);
  }
}

const samples: { name: string; bytes: Buffer; encoding: string }[] = [
  { name: 'UTF-8', bytes: Buffer.from('箱码,批号\nC1,批次甲\n', 'utf8'), encoding: 'utf-8' },
  { name: 'UTF-8 with BOM', bytes: Buffer.from('\uFEFF箱码,批号\nC1,批次甲\n', 'utf8'), encoding: 'utf-8' },
  { name: 'GBK', bytes: iconv.encode('箱码\t批号\r\nC1\t批次甲\r\n', 'gbk'), encoding: 'gb18030' },
  { name: 'GBK, Chinese only at the end', bytes: iconv.encode(`${'C1,B1,I1\n'.repeat(300)}C2,B2,I2,生产批次\n`, 'gbk'), encoding: 'gb18030' },
  { name: 'UTF-16LE (Excel Unicode text)', bytes: iconv.encode('\uFEFF箱码\t批号\nC1\t批次甲\n', 'utf16le'), encoding: 'utf-16le' },
  { name: 'UTF-16BE', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('箱码\nC1\n', 'utf16be')]), encoding: 'utf-16be' },
  { name: 'ASCII', bytes: Buffer.from('parent,child\nC1,B1\n'), encoding: 'utf-8' },
];

describe('TextStreamDecoder', () => {
  it.each(samples)('decodes $name like decodeText does, in one piece', ({ bytes, encoding }) => {
    const whole = decodeText(bytes);
    expect(streamDecode(bytes, [])).toEqual({ text: whole.text, encoding });
    expect(whole.encoding).toBe(encoding);
  });

  it.each(samples)('decodes $name the same when cut anywhere (multi-byte characters split across chunks)', ({ bytes }) => {
    const expected = decodeText(bytes).text;
    for (let cut = 0; cut <= bytes.length; cut++) expect(streamDecode(bytes, [cut]).text).toBe(expected);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }), (cuts) => {
        expect(streamDecode(bytes, [...cuts].sort((a, b) => a - b)).text).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a file with a UTF-8 BOM whose bytes are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('C1,'), iconv.encode('批次', 'gbk')]);
    expect(() => streamDecode(bytes, [4])).toThrow(expect.objectContaining({ code: 'IMPORT_ENCODING' }));
  });

  it('turns bytes that are neither UTF-8 nor GBK into replacement characters for the line check to find', () => {
    const bytes = Buffer.from([0x43, 0x31, 0x2c, 0xff, 0x0a]);
    expect(streamDecode(bytes, [])).toEqual({ text: 'C1,\uFFFD\n', encoding: 'gb18030' });
  });
});

describe('LineSplitter', () => {
  it('numbers LF and CRLF lines across pushes, and keeps a last line without an ending', () => {
    const lines: [string, number][] = [];
    const s = new LineSplitter((text, start, end, n) => lines.push([text.slice(start, end), n]));
    s.push('a,b\r');
    s.push('\nc,d\n\ne');
    s.push(',f');
    s.end();
    expect(lines).toEqual([
      ['a,b', 1],
      ['c,d', 2],
      ['', 3],
      ['e,f', 4],
    ]);
    expect(s.lines).toBe(4);
  });
});

describe('fields and columns', () => {
  it('detects the delimiter from the first line', () => {
    expect(detectDelimiter('箱码\t盒码')).toBe('\t');
    expect(detectDelimiter('a,b')).toBe(',');
    expect(detectDelimiter('a;b')).toBe(';');
    expect(detectDelimiter('a|b')).toBe('|');
    expect(detectDelimiter('justone')).toBe(',');
  });

  it('reads plain lines in place and the others through splitFields, alike', () => {
    const text = 'x\nC1,B1,I1,,L1\n  C2 ,"B,2",="0003",I3\n';
    const f = new LineFields(',');
    f.reset(text, 2, 16);
    expect([f.count, f.get(0), f.get(2), f.get(3), f.get(9)]).toEqual([5, 'C1', 'I1', '', '']);
    expect([f.equals(1, 'B1'), f.equals(1, 'B'), f.equals(3, ''), f.isEmpty(3), f.isEmpty(4), f.allEmpty()]).toEqual([true, false, true, true, false, false]);
    f.reset(text, 17, text.length - 1);
    expect([f.count, f.get(0), f.get(1), f.get(2), f.equals(2, '0003')]).toEqual([4, 'C2', 'B,2', '0003', true]);
    f.reset(',,', 0, 2);
    expect([f.count, f.allEmpty()]).toEqual([3, true]);
  });

  it('splits quoted CSV, unwraps Excel ="…" text and trims', () => {
    expect(splitFields(' C1 , B1 ,I1', ',')).toEqual(['C1', 'B1', 'I1']);
    expect(splitFields('"C,1","B""1",="00123",I1', ',')).toEqual(['C,1', 'B"1', '00123', 'I1']);
    expect(splitFields('="0012"\t="0034"', '\t')).toEqual(['0012', '0034']);
  });

  it('recognises Chinese and English headers, ignores unknown columns and repeats', () => {
    expect(headerRoles(['箱码', '盒码（中包）', '瓶码', '商品条码', '批号', '生产日期', '工单号'])).toEqual([
      'case', 'box', 'item', 'gtin', 'batch', 'produced_on', 'ignore',
    ]);
    expect(headerRoles(['Parent Code', 'child_code', 'Level', 'Batch', 'batch'])).toEqual(['parent', 'child', 'level', 'batch', 'ignore']);
    expect(headerRoles(['C00000001', 'B00000001001'])).toBeNull();
  });

  it('chooses the layout: header, given columns, or 1/2/3 columns without header', () => {
    expect(layoutFor(['父码', '子码'])).toEqual({ roles: ['parent', 'child'], hasHeader: true, kind: 'pairs' });
    expect(layoutFor(['C1', 'B1'])).toMatchObject({ roles: ['parent', 'child'], hasHeader: false, kind: 'pairs' });
    expect(layoutFor(['C1', 'B1', 'I1'])).toMatchObject({ roles: ['case', 'box', 'item'], kind: 'levels' });
    expect(layoutFor(['I1'])).toMatchObject({ roles: ['child'], kind: 'pairs' });
    expect(layoutFor(['C1', 'I1', 'x', 'y'], ['case', 'item', 'batch', 'ignore'])).toMatchObject({ kind: 'levels', hasHeader: false });
    expect(() => layoutFor(['C1', 'B1', 'I1', 'L1'])).toThrow(expect.objectContaining({ code: 'TRACE_IMPORT_LAYOUT', params: { count: 4 } }));
    expect(() => layoutFor(['父码', '箱码'])).toThrow(expect.objectContaining({ code: 'TRACE_IMPORT_MIXED_LAYOUT' }));
    expect(() => layoutFor(['批号', '生产日期'])).toThrow(expect.objectContaining({ code: 'TRACE_IMPORT_COLUMNS' }));
  });

  it('reads levels and dates as brands write them', () => {
    expect([parseLevel('箱'), parseLevel('Box'), parseLevel('瓶码'), parseLevel('1'), parseLevel('托盘')]).toEqual(['case', 'box', 'item', 'item', null]);
    expect(['2026-11-02', '2026/11/2', '2026.11.02', '20261102', '2026年11月2日', '2026-11-02 08:30:00'].map(parseFileDate)).toEqual(
      Array(6).fill('2026-11-02'),
    );
    expect(['2026-02-30', '20261302', '26-11-02', 'soon'].map(parseFileDate)).toEqual([null, null, null, null]);
  });
});
