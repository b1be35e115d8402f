// GS1 element strings: AIs 01 10 17 21 30 37 and friends, with and without AIM prefixes, with GS separators, with
// what keyboard wedges send instead of GS, and in the bracketed human-readable form.
import { describe, expect, it } from 'vitest';
import { cleanScan } from '../../electron/core/scan/aim';
import { looksLikeGs1, parseGs1, toBracketed, toElementString, GS } from '../../electron/core/scan/gs1';
import { AppError } from '../../electron/core/shared/errors';

const opts = { currentYear: 2026 };
/** Cleans a scan the way resolveScan does, then parses it. */
const parse = (raw: string, o: Parameters<typeof parseGs1>[1] = opts) => parseGs1(cleanScan(raw).body, o);
const pairs = (raw: string) => parse(raw).elements.map(({ ai, value }) => [ai, value]);

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('GS1 element strings', () => {
  const expected = [
    ['01', '06901234567892'],
    ['17', '261231'],
    ['10', 'A1'],
  ];

  it.each([
    ['bracketed', '(01)06901234567892(17)261231(10)A1'],
    ['bracketed with spaces', '(01) 06901234567892 (17) 261231 (10) A1'],
    ['raw, variable field last', '010690123456789217261231' + '10A1'],
    ['GS1-128 ]C1', ']C1010690123456789217261231' + '10A1'],
    ['GS1 DataMatrix ]d2', ']d2010690123456789217261231' + '10A1'],
    ['GS1 QR ]Q3', ']Q3010690123456789217261231' + '10A1'],
    ['GS1 DataBar ]e0', ']e0010690123456789217261231' + '10A1'],
    ['with trailing CR LF', ']C1010690123456789217261231' + '10A1\r\n'],
    ['leading FNC1 sent as GS', `]C1${GS}010690123456789217261231` + '10A1'],
  ])('reads the %s form', (_, raw) => {
    expect(pairs(raw)).toEqual(expected);
    const data = parse(raw);
    expect(data).toMatchObject({ gtin: '06901234567892', expiresOn: '2026-12-31', batch: 'A1', serial: null });
  });

  it('ends a variable-length field at GS and reads the fields after it', () => {
    const raw = `]C10106901234567892` + `10LOT-7${GS}17270615` + `21SN0001${GS}3024`;
    expect(parse(raw)).toMatchObject({
      gtin: '06901234567892',
      batch: 'LOT-7',
      expiresOn: '2027-06-15',
      serial: 'SN0001',
      count: 24,
    });
  });

  it.each([
    ['↔ (Windows Alt+029)', '\u2194'],
    ['␝ (Unicode symbol for GS)', '\u241d'],
    ['<GS>', '<GS>'],
    ['{GS}', '{GS}'],
    ['^]', '^]'],
  ])('takes %s from a keyboard wedge as the separator', (_, sep) => {
    const raw = `0106901234567892` + `10B42${sep}17261100` + `21X9`;
    expect(parse(raw)).toMatchObject({ batch: 'B42', expiresOn: '2026-11-30', serial: 'X9' });
  });

  it('takes a separator the site configured for its scanners', () => {
    const raw = `0106901234567892` + `10B42#21X9`;
    expect(parse(raw, { ...opts, gsSubstitutes: ['#'] })).toMatchObject({ batch: 'B42', serial: 'X9' });
    // Without the option, '#' is no GS1 character and is refused, naming where it is.
    expect(errorOf(() => parse(raw))).toMatchObject({ code: 'GS1_CHARSET', params: { ai: '10', char: '#', position: 22 } });
  });

  it('reads a field that reaches its maximum length and continues without a separator', () => {
    const batch = 'ABCDEFGHIJ0123456789'; // 20, the maximum for AI 10
    expect(parse(`0106901234567892` + `10${batch}` + `17261231`)).toMatchObject({ batch, expiresOn: '2026-12-31' });
  });

  it('reads a logistic unit label: SSCC, content GTIN and count of trade items (AI 00 02 37)', () => {
    const data = parse(`]C1` + `00106141412345678908` + `0206901234567892` + `3724${GS}10L1`);
    expect(data).toMatchObject({ sscc: '106141412345678908', contentGtin: '06901234567892', tradeItemCount: 24, batch: 'L1', gtin: null });
  });

  it('steps over fixed-length AIs it does not use: dates 11 13 15, variant 20, measures 31nn', () => {
    const data = parse(`(01)09521234543213(11)260105(13)260106(15)270105(20)01(3103)000123(10)X`);
    expect(data).toMatchObject({ producedOn: '2026-01-05', packedOn: '2026-01-06', bestBefore: '2027-01-05', batch: 'X' });
    expect(data.elements.map((e) => e.ai)).toEqual(['01', '11', '13', '15', '20', '3103', '10']);
    // The same data unbracketed: 31nn is in the predefined-length table, so no separator is needed.
    expect(pairs(`0109521234543213` + `11260105` + `3103000123` + `10X`)).toEqual([
      ['01', '09521234543213'],
      ['11', '260105'],
      ['3103', '000123'],
      ['10', 'X'],
    ]);
  });

  it('keeps an AI it does not know when brackets say where it ends', () => {
    expect(pairs('(01)06901234567892(7240)ABC')).toEqual([
      ['01', '06901234567892'],
      ['7240', 'ABC'],
    ]);
  });

  it('refuses an unknown AI in raw form, naming the position', () => {
    const e = errorOf(() => parse('0106901234567892' + '7240ABC'));
    expect(e).toMatchObject({ code: 'GS1_MALFORMED', params: { position: 17, text: '7240ABC' } });
  });

  it('refuses text before the first bracketed AI', () => {
    expect(errorOf(() => parse('X(01)06901234567892'))).toMatchObject({ code: 'GS1_MALFORMED', params: { position: 1 } });
  });

  it('refuses a wrong GTIN check digit with the expected and actual digit', () => {
    const e = errorOf(() => parse('(01)06901234567891(10)A'));
    expect(e).toMatchObject({ code: 'BARCODE_CHECK_DIGIT', params: { code: '06901234567891', expected: 2, actual: 1 } });
    expect(errorOf(() => parse('00106141412345678907'))).toMatchObject({ code: 'BARCODE_CHECK_DIGIT', params: { expected: 8, actual: 7 } });
  });

  it.each([
    ['a truncated GTIN', '01069012345678', 'GS1_LENGTH', { ai: '01', position: 1, expected: '14', actual: 12 }],
    ['a bracketed date of 5 digits', '(01)06901234567892(17)26123', 'GS1_LENGTH', { ai: '17', expected: '6' }],
    ['an empty batch', `0106901234567892` + `10${GS}17261231`, 'GS1_LENGTH', { ai: '10', expected: '1-20', actual: 0 }],
    ['a batch over 20 in brackets', `(10)${'A'.repeat(21)}`, 'GS1_LENGTH', { ai: '10', expected: '1-20' }],
    ['letters in a count', '(37)12A', 'GS1_CHARSET', { ai: '37', char: 'A', position: 7 }],
    ['Chinese in a batch', '(10)批次1', 'GS1_CHARSET', { ai: '10', char: '批' }],
    ['the same AI twice, differently', '(10)A(10)B', 'GS1_DUPLICATE', { ai: '10' }],
    ['month 13', '(17)261301', 'GS1_DATE', { value: '261301', ai: '17' }],
    ['30 February', '(17)260230', 'GS1_DATE', { value: '260230' }],
    ['month 00', '(11)260001', 'GS1_DATE', { value: '260001', ai: '11' }],
    ['a bad date in an AI we do not keep (16, sell by)', '(16)261232', 'GS1_DATE', { ai: '16' }],
  ])('refuses %s', (_, raw, code, params) => {
    expect(errorOf(() => parse(raw))).toMatchObject({ code, params });
  });

  it('accepts the same AI twice with the same data', () => {
    expect(pairs('(10)A(10)A')).toEqual([['10', 'A']]);
  });

  it('builds the bracketed and transmitted forms back', () => {
    const els = [
      { ai: '01', value: '06901234567892' },
      { ai: '10', value: 'A1' },
      { ai: '17', value: '261231' },
    ];
    expect(toBracketed(els)).toBe('(01)06901234567892(10)A1(17)261231');
    expect(toElementString(els)).toBe(`0106901234567892` + `10A1${GS}17261231`);
  });
});

describe('telling an element string from other codes', () => {
  it.each([
    ['(01)06901234567892', true],
    ['0106901234567892', true],
    [`10ABC${GS}17261231`, true],
    ['00106141412345678908', true],
    ['06901234567892', false], // a plain GTIN-14
    ['6901234567892', false], // EAN-13
    ['12345678901234567890', false], // a 20-digit trace code: not misread as AI 12
    ['https://t.example.cn/c/123', false],
  ])('%j → %s', (body, gs1) => {
    expect(looksLikeGs1(body, opts)).toBe(gs1);
  });
});
