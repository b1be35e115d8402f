// The small pieces under scan resolution: GTIN check digits and spellings, AIM prefixes, document QR codes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanScan } from '../../electron/core/scan/aim';
import { docQr, isDocQr, parseDocNumber, parseDocQr } from '../../electron/core/scan/doc-qr';
import { assertGtin, gtinCheckDigit, gtinSpellings, toGtin14 } from '../../electron/core/scan/gtin';

describe('GTIN check digits', () => {
  it.each([
    ['EAN-13 (China, 690–699)', '6901234567892'],
    ['EAN-13', '4006381333931'],
    ['EAN-13', '5901234123457'],
    ['UPC-A', '036000291452'],
    ['UPC-A', '012345678905'],
    ['EAN-8', '96385074'],
    ['GTIN-14 of a case', '10012345678902'],
    ['GTIN-14 from the GS1 General Specifications', '09521234543213'],
  ])('accepts the %s %s', (_, code) => {
    expect(gtinCheckDigit(code.slice(0, -1))).toBe(Number(code.at(-1)));
    expect(() => assertGtin(code)).not.toThrow();
  });

  it('refuses a wrong check digit with the expected and actual digit', () => {
    expect(() => assertGtin('6901234567893')).toThrow(
      expect.objectContaining({ code: 'BARCODE_CHECK_DIGIT', params: { code: '6901234567893', expected: 2, actual: 3 } }),
    );
  });

  it.each(['690123456789', '16901234567890', '123', '69012345678a2', ''])('refuses %j unless it is a valid GTIN', (code) => {
    expect(() => assertGtin(code)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^BARCODE_(FORMAT|CHECK_DIGIT)$/) }));
  });

  it('catches every single-digit typo (property)', () => {
    const body = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(body, fc.nat(12), fc.integer({ min: 1, max: 9 }), (b, at, delta) => {
        const code = b + String(gtinCheckDigit(b));
        const typo = code.slice(0, at) + String((Number(code[at]) + delta) % 10) + code.slice(at + 1);
        expect(() => assertGtin(typo)).toThrow();
      }),
    );
  });
});

describe('GTIN spellings', () => {
  it('lists the GTIN-14, EAN-13, UPC-A and EAN-8 forms that drop only leading zeros', () => {
    expect(gtinSpellings('036000291452')).toEqual(['00036000291452', '0036000291452', '036000291452']);
    expect(gtinSpellings('96385074')).toEqual(['00000096385074', '0000096385074', '000096385074', '96385074']);
    expect(gtinSpellings('6901234567892')).toEqual(['06901234567892', '6901234567892']);
    expect(gtinSpellings('16901234567899')).toEqual(['16901234567899']);
    expect(toGtin14('6901234567892')).toBe('06901234567892');
  });
});

describe('cleaning a raw scan', () => {
  it.each([
    [']C1010690123456789210A', ']C1', true, '010690123456789210A'],
    [']d2010690123456789210A', ']d2', true, '010690123456789210A'],
    [']Q3010690123456789210A', ']Q3', true, '010690123456789210A'],
    [']e0010690123456789210A', ']e0', true, '010690123456789210A'],
    [']E06901234567892', ']E0', false, '6901234567892'],
    [']Q1DMS:SO-20261122-0007', ']Q1', false, 'DMS:SO-20261122-0007'],
    ['  6901234567892\r\n', null, false, '6901234567892'],
    ['\uFEFF6901234567892', null, false, '6901234567892'],
    ['（01）06901234567892', null, false, '(01)06901234567892'],
  ])('%j → %s', (raw, symbology, gs1, body) => {
    expect(cleanScan(raw)).toEqual({ symbology, gs1, body });
  });
});

describe('document QR codes', () => {
  it('builds and reads DMS:<PREFIX>-<YYYYMMDD>-<NNNN>', () => {
    expect(docQr('SO-20261122-0007')).toBe('DMS:SO-20261122-0007');
    expect(parseDocQr('DMS:SO-20261122-0007')).toEqual({ number: 'SO-20261122-0007', prefix: 'SO', date: '2026-11-22', seq: 7 });
    expect(isDocQr('dms:so-20261122-0007')).toBe(true);
    expect(isDocQr('6901234567892')).toBe(false);
  });

  it.each(['SO-2026112-0007', 'S-20261122-0007', 'SALES-20261122-0007', 'SO-20261122-007', 'SO-20260229-0001', 'SO-20261300-0001', 'so 20261122 0007'])(
    'refuses %j as a document number',
    (number) => {
      expect(parseDocNumber(number)).toBeNull();
      expect(() => docQr(number)).toThrow(expect.objectContaining({ code: 'SCAN_DOC_MALFORMED' }));
    },
  );

  it('round-trips every well-formed number (property)', () => {
    const number = fc
      .record({
        prefix: fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 2, maxLength: 4 }),
        date: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        seq: fc.integer({ min: 1, max: 999_999 }),
      })
      .map(({ prefix, date, seq }) => `${prefix}-${date.toISOString().slice(0, 10).replace(/-/g, '')}-${String(seq).padStart(4, '0')}`);
    fc.assert(
      fc.property(number, (n) => {
        expect(parseDocQr(docQr(n)).number).toBe(n);
      }),
    );
  });
});
