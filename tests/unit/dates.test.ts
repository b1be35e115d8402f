import { describe, expect, it } from 'vitest';
import { businessDate, lastDayOfMonth } from '../../electron/core/shared/dates';

describe('businessDate', () => {
  it('is the calendar date in Asia/Shanghai (UTC+8), changing at 16:00 UTC', () => {
    expect(businessDate(new Date('2026-11-23T15:59:59.999Z'))).toBe('2026-11-23');
    expect(businessDate(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
    expect(businessDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(businessDate(new Date('2024-02-28T16:30:00Z'))).toBe('2024-02-29');
  });

  it('follows another time zone when the distributor sets one', () => {
    expect(businessDate(new Date('2026-11-23T16:00:00Z'), 'UTC')).toBe('2026-11-23');
    expect(businessDate(new Date('2026-11-24T03:00:00Z'), 'America/New_York')).toBe('2026-11-23');
  });
});

describe('lastDayOfMonth', () => {
  it('knows month lengths and leap years', () => {
    expect([lastDayOfMonth(2026, 2), lastDayOfMonth(2024, 2), lastDayOfMonth(2026, 12), lastDayOfMonth(2100, 2)]).toEqual([28, 29, 31, 28]);
  });
});
