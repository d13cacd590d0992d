// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import type { CatalogueEntry } from '../api/catalogue-api.ts';
import { ApplicationFacts } from './application-facts.tsx';

const ENTRY: CatalogueEntry = {
  id: 'app-1',
  departmentId: 'dept-1',
  botId: null,
  reusedFrom: null,
  name: { en: 'Licence photo check', zhHant: '牌照相片檢查' },
  purpose: { en: 'Checks that a photo meets the rules', zhHant: '檢查相片是否符合規定' },
  type: 'image_analysis',
  status: 'draft',
  lifecycleStage: 'planning',
  publicFacing: true,
  generative: false,
  personalData: true,
  impact: null,
  tier: null,
  riskLevel: null,
  models: [
    { provider: 'in-house', model: 'ocr-v3' },
    { provider: 'in-house', model: 'face-v1' },
  ],
  updatedAt: '2026-12-05T16:30:00Z',
};

const show = (locale: Locale, kinds: string[], sources: string[]) =>
  render(
    <I18nProvider initial={locale}>
      <MemoryRouter>
        <ApplicationFacts entry={ENTRY} application={{ personalDataKinds: kinds, dataSources: sources }} />
      </MemoryRouter>
    </I18nProvider>,
  );

/** The `<dd>` after the `<dt>` naming it. */
const fact = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling;

afterEach(cleanup);

describe('an application’s facts', () => {
  it('lists the kinds of personal data and the data sources with 「、」 and 「及」 in full-width brackets (繁體中文)', () => {
    show('zh-Hant', ['相片', '姓名', '地址'], ['牌照系統', '申請表格']);
    expect(fact('會使用個人資料')?.textContent).toBe('是（相片、姓名及地址）');
    expect(fact('數據來源')?.textContent).toBe('牌照系統及申請表格');
    expect(fact('模型')?.textContent).toBe('in-house/ocr-v3及in-house/face-v1');
  });

  it('lists them with commas and "and" in English', () => {
    show('en', ['photo', 'name', 'address'], ['eLicensing', 'paper forms']);
    expect(fact('It uses personal data')?.textContent).toBe('Yes (photo, name and address)');
    expect(fact('Data sources')?.textContent).toBe('eLicensing and paper forms');
  });

  it('marks each English kind and source in the Chinese page as English, and the Chinese ones not at all', () => {
    show('zh-Hant', ['photo', '姓名'], ['eLicensing']);
    const kinds = fact('會使用個人資料');
    expect(kinds?.textContent).toBe('是（photo及姓名）');
    expect([...(kinds?.querySelectorAll('[lang]') ?? [])].map((e) => [e.textContent, e.getAttribute('lang')])).toEqual([
      ['photo', 'en'],
    ]);
    expect(fact('數據來源')?.querySelector('[lang="en"]')?.textContent).toBe('eLicensing');
  });
});
