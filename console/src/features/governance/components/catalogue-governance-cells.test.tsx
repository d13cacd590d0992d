// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { CatalogueHit } from '../api/catalogue-api.ts';
import { CatalogueGovernanceCells } from './catalogue-governance-cells.tsx';

const GOVERNED: CatalogueHit['governance'] = {
  assessment: {
    stage: 'deployment',
    status: 'complete',
    impact: 'low',
    tier: 'limited',
    oversight: null,
    assessedAt: '2026-12-01T02:00:00.000Z',
  },
  endorsedBy: [
    { displayName: 'Chan Siu Ming', capacity: 'project_owner', at: '2026-12-01T01:00:00.000Z' },
    { displayName: 'Wong Mei Ling', capacity: 'assurance_reviewer', at: '2026-12-01T02:00:00.000Z' },
  ],
  evaluation: {
    suiteId: 'golden-qa',
    status: 'passed',
    score: 97.9,
    grade: 'A',
    finishedAt: '2026-12-02T03:00:00.000Z',
  },
};
const NONE: CatalogueHit['governance'] = { assessment: null, endorsedBy: [], evaluation: null };
const SUITES: Record<Locale, string> = { en: 'Golden Q&A', 'zh-Hant': '標準問答' };

const show = (locale: Locale, governance: CatalogueHit['governance']) =>
  render(
    <I18nProvider initial={locale}>
      <table>
        <tbody>
          <tr>
            <CatalogueGovernanceCells governance={governance} suiteName={() => SUITES[locale]} />
          </tr>
        </tbody>
      </table>
    </I18nProvider>,
  );

const cells = () => screen.getAllByRole('cell').map((cell) => cell.textContent);

describe('a catalogue row’s governance cells', () => {
  afterEach(cleanup);

  it('show the latest assessment, who endorsed it and the latest evaluation, in English', () => {
    show('en', GOVERNED);
    const [assessment, endorsers, evaluation] = cells();
    expect(assessment).toMatch(/^Deployment, Complete, 1 Dec 2026/);
    expect(assessment).toContain('Low impact');
    expect(assessment).toContain('Limited');
    expect(endorsers).toBe('Chan Siu Ming (Project owner)Wong Mei Ling (Assurance reviewer)');
    expect(evaluation).toMatch(/^Passed Golden Q&A: score 97\.9, grade A, 2 Dec 2026$/);
  });

  it('show them in 繁體中文', () => {
    show('zh-Hant', GOVERNED);
    const [assessment, endorsers, evaluation] = cells();
    expect(assessment).toMatch(/^部署，已完成，2026年12月1日/);
    expect(endorsers).toContain('Chan Siu Ming（');
    expect(evaluation).toMatch(/^合格 標準問答：得分 97\.9，等級 A，2026年12月2日$/);
  });

  it('say what is missing for an application not yet assessed or evaluated', () => {
    show('zh-Hant', NONE);
    expect(cells()).toEqual(['未評估', '尚未有', '尚未有']);
  });
});
