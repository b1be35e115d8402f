// Rounding vectors for the one money module: half up (away from zero) to the fen on the decimal digits, and a
// discount spread over order lines that still sums to the total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, formatYuan, mulDiv, parseYuan } from '../../electron/core/shared/money';

describe('parseYuan rounds half up on the decimal digits', () => {
  it.each([
    ['1.005', 101],
    ['-1.005', -101],
    ['1.004', 100],
    ['-1.004', -100],
    ['0.125', 13],
    ['2.675', 268], // 2.675 as a float is 2.67499…: the decimal digits decide
    ['¥1,280.00', 128_000],
    ['-¥3.5', -350],
    ['+0.005', 1],
    ['-0.004', 0],
    ['100', 10_000],
  ])('%s → %i fen', (text, fen) => {
    expect(parseYuan(text)).toBe(fen);
  });

  it('reads a JS number as the decimal it was written as', () => {
    expect(parseYuan(1.005)).toBe(101);
    expect(parseYuan(-1.005)).toBe(-101);
    expect(parseYuan(0.1 + 0.2)).toBe(30);
  });

  it('formats back to two decimals', () => {
    expect(formatYuan(-101)).toBe('-1.01');
    expect(formatYuan(128_000, { grouping: true, symbol: true })).toBe('¥1,280.00');
  });

  it('mulDiv rounds a rate half up: 13% VAT of 0.50 and of -0.50', () => {
    expect(mulDiv(50, 13, 100)).toBe(7); // 6.5 → 7
    expect(mulDiv(-50, 13, 100)).toBe(-7);
  });
});

describe('a discount spread over lines sums to the total', () => {
  it('splits 10.00 off lines of 33.33, 33.33, 33.34 exactly', () => {
    const parts = allocate(-1_000, [3_333, 3_333, 3_334]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(-1_000);
    expect(parts).toEqual([-333, -333, -334]);
  });

  it('property: parts sum to the total and each is within one fen of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 }), (total, lines) => {
        const parts = allocate(total, lines);
        const sum = lines.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => expect(Math.abs(p - (total * (lines[i] ?? 0)) / sum)).toBeLessThan(1));
      }),
    );
  });
});
