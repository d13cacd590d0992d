// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { AuditEntry } from '../api/audit-api.ts';
import { EntryDetail } from './entry-detail.tsx';

const ENTRY = {
  seq: 7,
  at: '2026-12-05T02:30:00.000Z',
  actorId: 'system',
  actorRole: 'system',
  departmentId: null,
  action: 'bot.publish',
  entityType: 'ai_application',
  entityId: 'app-1',
  before: null,
  after: null,
  requestId: null,
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
} as AuditEntry;

const show = (locale: Locale, fields: Partial<AuditEntry> = {}) =>
  render(
    <I18nProvider initial={locale}>
      <EntryDetail entry={{ ...ENTRY, ...fields }} />
    </I18nProvider>,
  );

/** The value given for a term of the entry's list, and the codes in it. */
const value = (term: string) => {
  const dd = screen.getByText(term, { selector: 'dt' }).nextElementSibling;
  return { text: dd?.textContent, codes: [...(dd?.querySelectorAll('code') ?? [])].map((code) => code.textContent) };
};

afterEach(cleanup);

describe('an audit entry’s action and entity', () => {
  it('are said in words with their codes beside them', () => {
    show('en');
    expect(value('Action')).toEqual({ text: 'Published a bot version bot.publish', codes: ['bot.publish'] });
    expect(value('Entity')).toEqual({
      text: 'AI application ai_application app-1',
      codes: ['ai_application', 'app-1'],
    });
  });

  it('are said in 繁體中文', () => {
    show('zh-Hant');
    expect(value('操作').text).toBe('發佈聊天機械人版本 bot.publish');
    expect(value('對象').text).toBe('人工智能應用 ai_application app-1');
  });

  it('show a code with no words as the code alone', () => {
    show('zh-Hant', { action: 'bot.clone', entityType: 'robot', entityId: null });
    expect(value('操作')).toEqual({ text: 'bot.clone', codes: ['bot.clone'] });
    expect(value('對象')).toEqual({ text: 'robot', codes: ['robot'] });
  });
});
