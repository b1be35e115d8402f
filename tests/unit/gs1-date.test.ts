// GS1 YYMMDD dates: the century rule of the GS1 General Specifications 7.12, and day 00.
import { describe, expect, it } from 'vitest';
import { decodeGs1Date, gs1Year, yearIn } from '../../electron/core/scan/gs1-date';

describe('century of a two-digit GS1 year (GenSpecs 7.12)', () => {
  it.each([
    // [YY, current year, year] — within 50 years back and 50 ahead stays in this century...
    [26, 2026, 2026],
    [0, 2026, 2000],
    [75, 2026, 2075], // 49 ahead
    [76, 2026, 2076], // 50 ahead: still this century
    [77, 2026, 1977], // 51 ahead: the previous century
    [99, 2026, 1999],
    // ...and near the end of a century, small years belong to the next one.
    [50, 2099, 2050], // 49 behind
    [49, 2099, 2149], // 50 behind: the next century
    [0, 2099, 2100],
    [51, 2000, 1951],
    [50, 2000, 2050],
  ])('YY %i in %i is %i', (yy, current, year) => {
    expect(gs1Year(yy, current)).toBe(year);
  });
});

describe('GS1 dates', () => {
  it('reads a full date', () => {
    expect(decodeGs1Date('261231', 2026, 'end')).toBe('2026-12-31');
    expect(decodeGs1Date('000101', 2026, 'end')).toBe('2000-01-01');
  });

  it('takes day 00 of an end date (expiry, best before) as the last day of the month', () => {
    expect(decodeGs1Date('261100', 2026, 'end')).toBe('2026-11-30');
    expect(decodeGs1Date('260200', 2026, 'end')).toBe('2026-02-28');
    expect(decodeGs1Date('280200', 2026, 'end')).toBe('2028-02-29'); // leap year
    expect(decodeGs1Date('000200', 2026, 'end')).toBe('2000-02-29'); // divisible by 400
    expect(decodeGs1Date('991200', 2026, 'end')).toBe('1999-12-31');
  });

  it('takes day 00 of a start date (production, packaging) as the first day of the month', () => {
    expect(decodeGs1Date('260200', 2026, 'start')).toBe('2026-02-01');
  });

  it.each(['261301', '260001', '260229', '260431', '2612', '26123a', ''])('refuses %j with GS1_DATE', (value) => {
    expect(() => decodeGs1Date(value, 2026, 'end', '17')).toThrow(expect.objectContaining({ code: 'GS1_DATE', params: { value, ai: '17' } }));
  });
});

describe('the current year in the distributor time zone', () => {
  it('follows the time zone across new year, also when the same minute is asked again', () => {
    const eve = new Date('2099-12-31T20:00:00Z'); // 04:00 on 1 January 2100 in Shanghai
    expect(yearIn('Asia/Shanghai', eve)).toBe(2100);
    expect(yearIn('UTC', eve)).toBe(2099);
    expect(yearIn('Asia/Shanghai', eve)).toBe(2100);
    expect(yearIn('Asia/Shanghai', new Date('2099-12-31T15:59:59Z'))).toBe(2099);
    expect(yearIn('Asia/Shanghai', new Date('2099-12-31T16:00:00Z'))).toBe(2100);
  });
});
