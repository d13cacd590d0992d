import { describe, expect, it } from 'vitest';
import { formatters } from '../../i18n/index.ts';
import { hkDay, shareOf } from './hk-day.ts';

describe('dashboard days and shares', () => {
  it('reads a server day as that Hong Kong day in both languages', () => {
    expect(formatters('en').date(hkDay('2026-12-05'))).toBe('5 Dec 2026');
    expect(formatters('zh-Hant').date(hkDay('2026-01-01'))).toBe('2026年1月1日');
  });
  it('gives no share of nothing', () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBeNull();
  });
});
