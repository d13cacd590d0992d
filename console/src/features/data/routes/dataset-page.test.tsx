// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../../../i18n/index.ts';
import { CurrentUserProvider, type SignedIn } from '../../../lib/current-user.tsx';
import { applicationsQuery, type Dataset, datasetQuery } from '../api/datasets-api.ts';
import DatasetPage from './dataset-page.tsx';

/** A dataset an officer described in English, kept by a Chinese-speaking department. */
const DATASET: Dataset = {
  id: 'ds-1',
  departmentId: 'dept-1',
  name: 'licence-applications',
  titleEn: 'Licence applications',
  titleZhHant: '牌照申請',
  description: 'Applications for dog licences since 2019.',
  owner: 'Senior Licensing Officer',
  classification: 'restricted',
  personalData: true,
  personalDataKinds: ['name', '身份證號碼', 'address'],
  retention: '7 years',
  sourceSystems: ['eLicensing', '紙本表格'],
  applicationIds: [],
  knowledgeSourceIds: [],
  createdAt: '2026-12-01T02:00:00Z',
  createdBy: 'u-1',
  updatedAt: '2026-12-01T02:00:00Z',
};

const show = (locale: Locale) => {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, retry: false } },
  });
  client.setQueryData(datasetQuery(DATASET.id).queryKey, DATASET);
  client.setQueryData(applicationsQuery.queryKey, []);
  const me = { user: { id: 'u-2' }, department: {}, permissions: ['governance:read'] } as unknown as SignedIn;
  render(
    <QueryClientProvider client={client}>
      <I18nProvider initial={locale}>
        <CurrentUserProvider me={me}>
          <MemoryRouter initialEntries={[`/data/datasets/${DATASET.id}`]}>
            <Routes>
              <Route path="/data/datasets/:id" element={<DatasetPage />} />
            </Routes>
          </MemoryRouter>
        </CurrentUserProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
};

/** The `<dd>` after the `<dt>` naming it. */
const fact = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling;
const marked = (element: Element | null | undefined) =>
  [...(element?.querySelectorAll('[lang]') ?? [])].map((e) => [e.textContent, e.getAttribute('lang')]);

afterEach(cleanup);

describe('a dataset’s entry', () => {
  it('lists the kinds of personal data with 「、」 and 「及」, the English ones marked as English (繁體中文)', () => {
    show('zh-Hant');
    const kinds = fact('個人資料');
    expect(kinds?.textContent).toBe('有：name、身份證號碼及address');
    expect(marked(kinds)).toEqual([
      ['name', 'en'],
      ['address', 'en'],
    ]);
    expect(marked(fact('說明'))).toEqual([['Applications for dog licences since 2019.', 'en']]);
  });

  it('lists them with "and" in English, the Chinese one marked as Chinese', () => {
    show('en');
    const kinds = fact('Personal data');
    expect(kinds?.textContent).toBe('Yes: name, 身份證號碼 and address');
    expect(marked(kinds)).toEqual([['身份證號碼', 'zh-Hant']]);
  });

  it('says where the data comes from in one sentence, the systems in their own language', () => {
    show('zh-Hant');
    const summary = document.getElementById('lineage-summary');
    expect(summary?.textContent).toMatch(/^數據來自eLicensing及紙本表格，存於牌照申請。/);
    expect(marked(summary)).toContainEqual(['eLicensing', 'en']);
  });
});
