// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { AuditEntry } from '../api/guard-api.ts';
import { VerdictsTable } from './verdicts-table.tsx';

const entry = (seq: number, after: unknown): AuditEntry =>
  ({
    seq,
    at: '2026-12-05T02:30:00.000Z',
    actorId: 'public',
    actorRole: 'public',
    departmentId: null,
    action: 'guard.finding',
    entityType: 'chat_message',
    entityId: null,
    before: null,
    after,
    requestId: null,
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  }) as AuditEntry;

/** A turn blocked for an injection, as the server records it now: reasons with their words. */
const WORDED = entry(2, {
  botId: 'dog-licence',
  outcome: 'blocked',
  issues: [
    {
      stage: 'input',
      code: 'injection_detected',
      action: 'block',
      reasons: ['rule override-previous-en: asks to ignore or override earlier instructions', 'intent: a + b (+1.2)'],
      reasonTexts: [
        { en: 'asks to ignore or override earlier instructions', zhHant: '要求忽略或推翻先前的指示' },
        { en: 'intent: a + b (+1.2)', zhHant: null },
      ],
    },
    {
      stage: 'output',
      code: 'pii_found',
      action: 'mask',
      reasons: ['HKID: HKID format with a valid check digit'],
      reasonTexts: [
        { en: 'HKID: HKID format with a valid check digit', zhHant: '香港身份證號碼：香港身份證號碼格式，校驗碼正確' },
      ],
    },
  ],
});
/** An entry from before reasons had words, and codes this console has no words for. */
const OLDER = entry(1, {
  botId: 'dog-licence',
  outcome: 'fallback',
  issues: [{ stage: 'context', code: 'novel_finding', action: 'quarantine', reasons: ['low lexical support'] }],
});

/** An officer's scan of a text, as POST /guard/scan records it: what it found, no issues. */
const SCAN = entry(3, {
  stage: 'scan',
  injection: {
    flagged: true,
    score: 0.97,
    reasons: ['rule system-prompt-leak: asks for the system prompt or hidden instructions'],
    reasonTexts: [{ en: 'asks for the system prompt or hidden instructions', zhHant: '索取系統提示或隱藏指示' }],
  },
  pii: { HKID: 1, PHONE: 2 },
  urls: [{ host: 'bit.ly', verdict: 'suspicious', reasons: ['link shortener hides the destination'] }],
});

const show = (locale: Locale, entries: AuditEntry[]) =>
  render(
    <I18nProvider initial={locale}>
      <VerdictsTable entries={entries} />
    </I18nProvider>,
  );

/** The findings cell of a row, by its bot and outcome. */
const findings = (row: number) => screen.getAllByRole('row')[row]?.querySelectorAll('td')[2] ?? null;
/** Each marked part of a cell: [its words, its lang]. */
const marked = (cell: Element | null) =>
  [...(cell?.querySelectorAll('[lang]') ?? [])].map((e) => [e.textContent, e.getAttribute('lang')]);

afterEach(cleanup);

describe('VerdictsTable', () => {
  it('says each finding in Chinese words in the Chinese console: stage, finding, action and reasons', () => {
    show('zh-Hant', [WORDED]);
    const cell = findings(1);
    expect(cell?.textContent).toContain(
      '提問（輸入）：提示注入 → 攔截（要求忽略或推翻先前的指示；intent: a + b (+1.2)）',
    );
    expect(cell?.textContent).toContain(
      '回答（輸出）：個人資料 → 遮蔽（香港身份證號碼：香港身份證號碼格式，校驗碼正確）',
    );
    expect(cell?.textContent).not.toMatch(/injection_detected|pii_found|\bblock\b|\binput\b/);
    // Words the detector has in English only are marked English; the Chinese ones are the page's.
    expect(marked(cell)).toEqual([['intent: a + b (+1.2)', 'en']]);
  });

  it('says the same finding in English words in the English console, marking nothing', () => {
    show('en', [WORDED]);
    const cell = findings(1);
    expect(cell?.textContent).toContain(
      'Question (input): Prompt injection → Block (asks to ignore or override earlier instructions; intent: a + b (+1.2))',
    );
    expect(marked(cell)).toEqual([]);
  });

  it('says what an officer’s scan found, in words, without an action', () => {
    show('zh-Hant', [SCAN]);
    const cells = screen.getAllByRole('row')[1]?.querySelectorAll('td');
    expect(cells?.[1]?.textContent).toBe('人員檢查文字');
    expect([...(cells?.[2]?.querySelectorAll(':scope > div') ?? [])].map((line) => line.textContent)).toEqual([
      '提示注入（索取系統提示或隱藏指示）',
      '個人資料：香港身份證號碼 ×1及電話號碼 ×2',
      '不安全連結：bit.ly（link shortener hides the destination）',
    ]);
    cleanup();
    show('en', [SCAN]);
    expect(findings(1)?.textContent).toContain('Personal data: HKID number ×1 and Phone number ×2');
  });

  it('shows an older entry’s English reasons marked English, and a code it has no words for as the code', () => {
    show('zh-Hant', [OLDER]);
    const cell = findings(1);
    expect(cell?.textContent).toBe('檢索段落（內容）：novel_finding → quarantine（low lexical support）');
    expect(marked(cell)).toEqual([['low lexical support', 'en']]);
  });
});
