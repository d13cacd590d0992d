// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { Assessment } from '../api/assessments-api.ts';
import { DecisionsTable } from './decisions-table.tsx';

const DECISIONS: Assessment['decisions'] = [
  {
    id: 'd1',
    round: 1,
    capacity: 'assurance_reviewer',
    decision: 'return',
    comment: 'Name the register the training data is kept in.',
    createdAt: '2026-12-01T02:00:00Z',
    userId: 'u1',
  },
  {
    id: 'd2',
    round: 2,
    capacity: 'project_owner',
    decision: 'endorse',
    comment: '已補充登記冊資料。',
    createdAt: '2026-12-02T02:00:00Z',
    userId: 'u2',
  },
];

const show = (locale: Locale) =>
  render(
    <I18nProvider initial={locale}>
      <DecisionsTable decisions={DECISIONS} />
    </I18nProvider>,
  );

const langOf = (text: string) => screen.getByText(text).closest('[lang]')?.getAttribute('lang');

afterEach(cleanup);

describe('an assessment’s decisions', () => {
  it('reads each reviewer’s comment in the language it was written in (繁體中文 console)', () => {
    show('zh-Hant');
    expect(langOf('Name the register the training data is kept in.')).toBe('en');
    expect(langOf('已補充登記冊資料。')).toBe('zh-Hant-HK');
  });

  it('reads each reviewer’s comment in the language it was written in (English console)', () => {
    show('en');
    expect(langOf('Name the register the training data is kept in.')).toBe('en-HK');
    expect(langOf('已補充登記冊資料。')).toBe('zh-Hant');
  });
});
