// Property: any valid element string, written in any of the forms scanners deliver, parses back to the same fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanScan } from '../../electron/core/scan/aim';
import { GS, parseGs1, toBracketed, toElementString } from '../../electron/core/scan/gs1';
import { gtinCheckDigit } from '../../electron/core/scan/gtin';
import { lastDayOfMonth } from '../../electron/core/shared/dates';

const CURRENT_YEAR = 2026;
const SET_82 = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`;

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/**
 * Batch and serial data from character set 82. '(' is left out because in the bracketed form "(12)" inside a batch
 * cannot be told from an AI (a limit of that form, not of the parser), and '<' because `<GS>` is a default
 * separator substitute.
 */
const text82 = (max: number) =>
  fc.string({ unit: fc.constantFrom(...SET_82.replace(/[(<]/g, '')), minLength: 1, maxLength: max });

const gtin = digits(13, 13).map((body) => body + String(gtinCheckDigit(body)));

/** A YYMMDD inside the 100-year window around 2026 (so the century comes back), sometimes with day 00. */
const date = fc
  .record({ year: fc.integer({ min: CURRENT_YEAR - 49, max: CURRENT_YEAR + 50 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 0, max: 31 }) })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, lastDayOfMonth(year, month)) }))
  .map(({ year, month, day }) => {
    const p = (n: number) => String(n).padStart(2, '0');
    const shown = day === 0 ? lastDayOfMonth(year, month) : day;
    return { value: `${p(year % 100)}${p(month)}${p(day)}`, iso: `${year}-${p(month)}-${p(shown)}` };
  });

const elements = fc
  .record(
    {
      '01': gtin,
      '17': date.map((d) => d.value),
      '10': text82(20),
      '21': text82(20),
      '30': digits(1, 8),
      '37': digits(1, 8),
    },
    { requiredKeys: [] },
  )
  .chain((r) => fc.shuffledSubarray(Object.entries(r), { minLength: Object.keys(r).length }))
  .filter((e) => e.length > 0)
  .map((e) => e.map(([ai, value]) => ({ ai, value: value as string })));

/** The forms a scan arrives in: bracketed, raw with GS, with an AIM prefix, with a keyboard wedge's substitute. */
const forms: Record<string, (els: { ai: string; value: string }[]) => string> = {
  bracketed: (els) => toBracketed(els),
  raw: (els) => toElementString(els),
  'GS1-128 with CR': (els) => `]C1${toElementString(els)}\r`,
  'DataMatrix, ↔ for GS': (els) => `]d2${toElementString(els).split(GS).join('\u2194')}`,
};

describe('GS1 round trip (fast-check)', () => {
  it.each(Object.keys(forms))('parses the %s form back to the same fields', (form) => {
    fc.assert(
      fc.property(elements, (els) => {
        const data = parseGs1(cleanScan(forms[form]!(els)).body, { currentYear: CURRENT_YEAR });
        expect(data.elements.map(({ ai, value }) => ({ ai, value }))).toEqual(els);
        const get = (ai: string) => els.find((e) => e.ai === ai)?.value ?? null;
        expect(data.gtin).toBe(get('01'));
        expect(data.batch).toBe(get('10'));
        expect(data.serial).toBe(get('21'));
        expect(data.count).toBe(get('30') === null ? null : Number(get('30')));
        expect(data.tradeItemCount).toBe(get('37') === null ? null : Number(get('37')));
        if (get('17') === null) expect(data.expiresOn).toBeNull();
        else expect(data.expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes every generated date to the year, month and day it was made from', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(parseGs1(`(17)${d.value}`, { currentYear: CURRENT_YEAR }).expiresOn).toBe(d.iso);
      }),
      { numRuns: 500 },
    );
  });
});
