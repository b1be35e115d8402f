// Money on screen: integer fen in, yuan text out, and typed yuan back to exact fen without floating point.
import { describe, expect, it } from 'vitest';
import { fenToInput, formatFen, parseYuan } from '../../renderer/src/components/money';

describe('formatFen', () => {
  it('shows yuan with two decimals and thousands separators', () => {
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(1990)).toBe('19.90');
    expect(formatFen(123456789)).toBe('1,234,567.89');
    expect(formatFen(-250)).toBe('-2.50');
  });
});

describe('parseYuan', () => {
  it('reads what people type into exact fen', () => {
    expect(parseYuan('19.9')).toBe(1990);
    expect(parseYuan('19.90')).toBe(1990);
    expect(parseYuan('0.1')).toBe(10);
    expect(parseYuan('1,234.5')).toBe(123450);
    expect(parseYuan(' ¥8 ')).toBe(800);
    expect(parseYuan('￥12.')).toBe(1200);
  });

  it('keeps 0.29 exact where floating point would not (0.29 * 100 = 28.999…)', () => {
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1.13')).toBe(113);
  });

  it('treats an empty box as "no amount" and anything else as not an amount', () => {
    expect(parseYuan('')).toBeNull();
    expect(parseYuan('   ')).toBeNull();
    expect(parseYuan('12.345')).toBeNaN();
    expect(parseYuan('abc')).toBeNaN();
    expect(parseYuan('-5')).toBeNaN();
    expect(parseYuan('1e3')).toBeNaN();
  });
});

describe('fenToInput', () => {
  it('puts an amount back into a box without separators, and nothing for no amount', () => {
    expect(fenToInput(123450)).toBe('1234.50');
    expect(fenToInput(null)).toBe('');
    expect(fenToInput(undefined)).toBe('');
    expect(parseYuan(fenToInput(987654321))).toBe(987654321);
  });
});
