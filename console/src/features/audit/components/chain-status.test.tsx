// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { ChainVerdict } from '../api/audit-api.ts';
import { ChainVerdictView } from './chain-status.tsx';

const show = (verdict: ChainVerdict, locale: Locale = 'en') =>
  render(
    <I18nProvider initial={locale}>
      <ChainVerdictView verdict={verdict} />
    </I18nProvider>,
  );

afterEach(cleanup);

describe('the chain verdict', () => {
  it('says in words that an intact, unanchored chain is verified and that no anchor guards its end', () => {
    show({ ok: true, entries: 1234, headHash: 'ab'.repeat(32), anchor: { anchored: false, ok: true } });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Verified all 1,234 entries are intact and linked.');
    expect(status.textContent).toContain('Not anchored');
    expect(status.textContent).toContain('ab'.repeat(32));
  });

  it('names the entry where the chain breaks and why', () => {
    show({
      ok: false,
      entries: 41,
      firstBrokenSeq: 42,
      reason: 'entry 42 was altered: its content does not match its hash',
      anchor: { anchored: true, ok: true, checkpoints: 3, latest: { seq: 40, at: '2026-12-05T01:00:00Z' } },
    });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Broken at entry 42: entry 42 was altered');
    expect(status.textContent).not.toContain('Verified');
    expect(status.textContent).toContain('Agrees with the anchor: 3 checkpoints, the latest at entry 40');
  });

  it('reports a truncation the anchor saw, in 繁體中文', () => {
    show(
      {
        ok: false,
        entries: 60,
        headHash: 'cd'.repeat(32),
        anchor: { anchored: true, ok: false, problem: 'truncated', seq: 62, reason: 'checkpoint names entry 62' },
      },
      'zh-Hant',
    );
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('已驗證');
    expect(status.textContent).toContain('錨定問題（記錄被刪去），於第 62 項');
  });
});
