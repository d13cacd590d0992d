import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCaller,
  type ConsoleHarness,
  ConsoleSessions,
  pressOn as press,
  typeInto,
  untilUsable as usable,
  chooseByKeyboard,
  HARNESS_START_TIMEOUT,
  keepScreenshot,
  seriousAxeViolations,
  startConsoleHarness,
} from './support/console-harness.ts';

/**
 * Issue 18's data governance pages in real Chromium, keyboard only, axe on every page state: the data
 * catalogue (add a dataset, its lineage, filter and search), consents and requests between two
 * departments (the provider approves a request and revokes the consent it granted — the consumer's very
 * next use is refused — and the consumer asks for data, its refusal in Chinese), and the open-data
 * search over the demo DATA.GOV.HK catalogue, in English and 繁體中文.
 */

const APP_NAME = { en: 'Licence form reader', zhHant: '牌照表格讀取系統' };
const TERMS = { scope: 'licence-records', purpose: 'eligibility checks', channel: 'CDEG API' };

describe('console: data catalogue, consents and open data', { timeout: 90_000 }, () => {
  let h: ConsoleHarness;
  const sessions = new ConsoleSessions(() => h);
  const { pageErrors } = sessions;
  const signedIn = (key: string, language: 'en' | 'zh-Hant') => sessions.signedIn(key, language);
  const open = (page: Page, path: string, heading: string | RegExp) => sessions.open(page, path, heading);
  let demoDepartmentId = '';
  let consumerKey = '';
  let sourceTitle = '';
  let sourceId = '';
  let datasetPath = '';

  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(h.base)(...args);
  const noAxeViolations = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);
  /** One use of the consented data by the consumer department, as its system makes it. */
  const useConsentedData = (key: string) =>
    fetch(`${h.base}/api/v1/governance/consents/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ providerDepartmentId: demoDepartmentId, scope: TERMS.scope, purpose: TERMS.purpose }),
    });

  beforeAll(async () => {
    h = await startConsoleHarness();
    const me = await call(h.adminKey, 'GET', '/api/v1/me');
    const user = me.user as { id: string; departmentId: string };
    demoDepartmentId = user.departmentId;
    await call(h.adminKey, 'POST', '/api/v1/governance/applications', {
      ownerId: user.id,
      type: 'ocr',
      name: APP_NAME,
      purpose: { en: 'Reads licence forms into the case system', zhHant: '把牌照表格讀入個案系統' },
      publicFacing: false,
      generative: false,
      personalData: true,
      personalDataKinds: ['name'],
    });
    const sources = (await call(h.adminKey, 'GET', '/api/v1/knowledge/sources')).items as {
      id: string;
      title: string;
      kind: string;
    }[];
    const faq = sources.find((s) => s.kind !== 'catalogue') ?? sources[0];
    sourceId = faq?.id ?? '';
    sourceTitle = faq?.title ?? '';
    // A second department, whose data officer asks the demo department for data.
    const transport = await call(h.adminKey, 'POST', '/api/v1/departments', {
      code: 'td',
      nameEn: 'Transport Department',
      nameZh: '運輸署',
    });
    const officer = await call(h.adminKey, 'POST', '/api/v1/users', {
      displayName: 'Data officer Chan',
      roles: ['dept_admin'],
      departmentId: transport.id,
    });
    consumerKey = String(
      (await call(h.adminKey, 'POST', '/api/v1/keys', { name: 'td console', userId: officer.id })).key,
    );
    await call(consumerKey, 'POST', '/api/v1/governance/consent-requests', {
      providerDepartmentId: demoDepartmentId,
      ...TERMS,
      justification: 'To check licence holders before issuing permits',
    });
  }, HARNESS_START_TIMEOUT);

  afterAll(async () => {
    await sessions.close();
    await h?.close();
  });

  it('adds a dataset to the catalogue and shows its lineage, then changes its retention (English)', async () => {
    const page = await signedIn(h.adminKey, 'en');
    await press(
      page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Data governance' }),
    );
    await usable(page, 'Data catalogue');
    await noAxeViolations(page);
    await press(page.getByRole('link', { name: 'Add a dataset' }));
    await usable(page, 'Add a dataset');
    await typeInto(page.getByLabel('Short name'), 'licence-applications');
    await typeInto(page.getByLabel('Title (English)'), 'Licence applications');
    await typeInto(page.getByLabel('Title (Chinese)'), '牌照申請');
    await typeInto(page.getByLabel('Data owner', { exact: true }), 'Senior Licensing Officer');
    await chooseByKeyboard(page.getByRole('radio', { name: 'Restricted' }));
    await chooseByKeyboard(page.getByRole('checkbox', { name: 'Holds personal data' }));
    await typeInto(page.getByLabel('Kinds of personal data'), 'name, HKID number');
    await typeInto(page.getByLabel('Retention', { exact: true }), '7 years after the licence ends');
    await typeInto(page.getByLabel('Source systems', { exact: true }), 'eLicensing, paper forms');
    await chooseByKeyboard(page.getByRole('checkbox', { name: APP_NAME.en }));
    await noAxeViolations(page);
    await keepScreenshot(page, 'data-dataset-form-en');
    await press(page.getByRole('button', { name: 'Add to the catalogue' }));
    await usable(page, 'Dataset: Licence applications');
    datasetPath = new URL(page.url()).pathname.replace(/^\/console/, '');

    const lineage = page.getByRole('region', { name: 'Lineage' });
    await lineage
      .getByText(
        'The data comes from eLicensing and paper forms and is held as Licence applications. Knowledge sources using it: 0. AI applications using it: 1.',
      )
      .waitFor();
    await expect(
      lineage.getByRole('region', { name: 'Source systems' }).getByRole('listitem').allTextContents(),
    ).resolves.toEqual(['eLicensing', 'paper forms']);
    await lineage.getByRole('region', { name: 'AI applications' }).getByRole('link', { name: APP_NAME.en }).waitFor();

    // A knowledge source linked to the dataset joins its lineage.
    await call(h.adminKey, 'PUT', `/api/v1/governance/knowledge-sources/${sourceId}/dataset`, {
      datasetId: datasetPath.split('/').pop(),
    });
    await page.reload();
    await usable(page, 'Dataset: Licence applications');
    await page.getByRole('region', { name: 'Knowledge sources' }).getByRole('link', { name: sourceTitle }).waitFor();
    await noAxeViolations(page);
    await keepScreenshot(page, 'data-dataset-lineage-en');

    const edit = page.getByRole('region', { name: 'Change the entry' });
    await typeInto(edit.getByLabel('Retention', { exact: true }), '10 years');
    await press(edit.getByRole('button', { name: 'Save changes' }));
    await edit.getByRole('status').getByText('Changes saved.').waitFor();
    await page.getByRole('region', { name: 'Entry' }).getByText('10 years').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it("keeps another officer's change to the entry, and lets the officer choose where both changed a field (English)", async () => {
    const created = await call(h.adminKey, 'POST', '/api/v1/governance/datasets', {
      name: 'hawker-licences',
      titleEn: 'Hawker licences',
      titleZhHant: '小販牌照',
      owner: 'Senior Licensing Officer',
      classification: 'internal',
      personalData: false,
      personalDataKinds: [],
      retention: '7 years',
      sourceSystems: ['eLicensing'],
    });
    const path = `/api/v1/governance/datasets/${created.id}`;
    const page = await signedIn(h.adminKey, 'en');
    await open(page, `/data/datasets/${created.id}`, 'Dataset: Hawker licences');
    const edit = page.getByRole('region', { name: 'Change the entry' });
    const field = (label: string) => edit.getByLabel(label, { exact: true });

    // Another officer changes the retention and the owner while this one edits.
    await call(h.adminKey, 'PATCH', path, { retention: '10 years', owner: 'Chief Licensing Officer' });
    await typeInto(field('Retention'), '3 years');
    await typeInto(field('Source systems'), 'eLicensing, CDEG API');
    await press(edit.getByRole('button', { name: 'Save changes' }));

    const told = edit.getByRole('alert').filter({ hasText: 'Someone else changed 2 fields of this entry' });
    await told.waitFor();
    expect(await field('Data owner').inputValue()).toBe('Chief Licensing Officer');
    expect(await field('Retention').inputValue()).toBe('3 years');
    expect(await field('Source systems').inputValue()).toBe('eLicensing, CDEG API');
    await edit.getByText('Someone else changed this after you opened the entry; your value is shown.').waitFor();
    await noAxeViolations(page);

    await press(told.getByRole('button', { name: 'Use theirs: Retention' }));
    expect(await field('Retention').inputValue()).toBe('10 years');
    await press(edit.getByRole('button', { name: 'Save changes' }));
    await edit.getByRole('status').getByText('Changes saved.').waitFor();
    expect(await call(h.adminKey, 'GET', path)).toMatchObject({
      retention: '10 years',
      owner: 'Chief Licensing Officer',
      sourceSystems: ['eLicensing', 'CDEG API'],
    });
    expect(pageErrors).toEqual([]);
  });

  it('filters and searches the catalogue and reads the lineage (繁體中文)', async () => {
    const page = await signedIn(h.adminKey, 'zh-Hant');
    await open(page, '/data', '數據目錄');
    await chooseByKeyboard(page.getByRole('radio', { name: '機密' }));
    await page.getByRole('status').getByText('沒有相符的數據集。').waitFor();
    await chooseByKeyboard(page.getByRole('radio', { name: '限閱' }));
    const table = page.getByRole('table', { name: /目錄中的數據集/ });
    await table.getByRole('link', { name: '牌照申請' }).waitFor();
    await typeInto(page.getByLabel('搜尋目錄'), 'elicensing');
    await table.getByRole('link', { name: '牌照申請' }).waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(2);
    await noAxeViolations(page);
    await keepScreenshot(page, 'data-catalogue-zh');
    await press(table.getByRole('link', { name: '牌照申請' }));
    await usable(page, '數據集：牌照申請');
    const lineage = page.getByRole('region', { name: '數據沿襲' });
    await lineage.getByRole('region', { name: '人工智能應用' }).getByRole('link', { name: APP_NAME.zhHant }).waitFor();
    await lineage.getByText(/數據來自eLicensing及paper forms，存於牌照申請/).waitFor();
    await noAxeViolations(page);
    await keepScreenshot(page, 'data-dataset-lineage-zh');
  });

  it('approves a request, revokes the consent it granted, and the next use is refused at once (English)', async () => {
    const page = await signedIn(h.adminKey, 'en');
    await open(page, '/data/consents', 'Consents and requests');
    await noAxeViolations(page);
    const requests = page.getByRole('region', { name: 'Requests' });
    await requests.getByRole('cell', { name: 'Transport Department' }).waitFor();
    await typeInto(requests.getByLabel(`Note on the decision for ${TERMS.scope}`), 'Approved for permit checks');
    await press(requests.getByRole('button', { name: `Approve the request for ${TERMS.scope}` }));
    await page
      .getByRole('status')
      .getByText(`The request for ${TERMS.scope} is approved and the consent granted.`)
      .waitFor();
    await requests.getByText('Consent granted: Live').waitFor();
    const consents = page.getByRole('region', { name: 'Consents', exact: true });
    await consents.getByText('Live', { exact: true }).waitFor();
    expect((await useConsentedData(consumerKey)).status).toBe(200);

    await press(consents.getByRole('button', { name: `Revoke the consent for ${TERMS.scope}` }));
    const dialog = page.getByRole('dialog', { name: `Revoke the consent for ${TERMS.scope}` });
    await dialog.waitFor();
    await dialog.getByText('From now on, Transport Department can no longer use this data').waitFor();
    await press(dialog.getByRole('button', { name: 'Revoke the consent', exact: true }));
    await dialog.getByText('Give the reason for revoking.').waitFor();
    await noAxeViolations(page);
    await keepScreenshot(page, 'data-revoke-dialog-en');
    await typeInto(dialog.getByLabel('Reason'), 'The permit scheme has ended');
    await press(dialog.getByRole('button', { name: 'Revoke the consent', exact: true }));
    await page.getByRole('status').getByText(`The consent for ${TERMS.scope} is revoked.`).waitFor();
    await consents.getByText('Reason: The permit scheme has ended').waitFor();
    await consents.getByText('Revoked', { exact: true }).waitFor();
    await consents.getByText(/^Revoked on /).waitFor();

    // The very next use is refused, naming the revoked consent.
    const refused = await useConsentedData(consumerKey);
    expect(refused.status).toBe(403);
    const problem = (await refused.json()) as { code: string; errors: { field: string; code: string }[] };
    expect(problem.errors.map((e) => e.code)).toContain('consent_revoked');
    await noAxeViolations(page);
    await keepScreenshot(page, 'data-consent-revoked-en');
  });

  it('the consumer department asks for data; the server’s refusal is shown in Chinese (繁體中文)', async () => {
    const page = await signedIn(consumerKey, 'zh-Hant');
    await open(page, '/data/consents', '同意及申請');
    const consents = page.getByRole('region', { name: '同意記錄' });
    await consents.getByText('原因：The permit scheme has ended').waitFor();
    // Whose consent: the owning department by its name, not its code.
    const ownerCell = consents
      .getByRole('row', { name: /licence-records/ })
      .getByRole('cell')
      .first();
    await expect(ownerCell.textContent()).resolves.toBe('示範部門');
    const ask = page.getByRole('region', { name: '向其他部門索取數據' });
    await press(ask.getByRole('button', { name: '提出申請' }));
    const refusal = ask.getByRole('alert');
    await refusal.waitFor();
    // The refused field named without the request's prefix (body.), its reason in Chinese.
    await expect(refusal.textContent()).resolves.toMatch(/scope：/);
    await expect(refusal.textContent()).resolves.not.toMatch(/body\./);
    await expect(refusal.textContent()).resolves.toMatch(/\p{Script=Han}/u);
    await noAxeViolations(page);
    await keepScreenshot(page, 'data-ask-refused-zh');
    await typeInto(ask.getByLabel('數據範圍'), 'vehicle-records');
    await typeInto(ask.getByLabel('用途', { exact: true }), '資格審查');
    await typeInto(ask.getByLabel('渠道'), 'CDEG API');
    await typeInto(ask.getByLabel('部門需要這些數據的理由'), '簽發許可證前核對車輛紀錄');
    await press(ask.getByRole('button', { name: '提出申請' }));
    await page.getByRole('status').getByText('已向示範部門提出申請。').waitFor();
    const requests = page.getByRole('region', { name: '申請', exact: true });
    await requests
      .getByRole('row', { name: /vehicle-records/ })
      .getByText('等候示範部門決定')
      .waitFor();
    await noAxeViolations(page);
    await keepScreenshot(page, 'data-consents-zh');
  });

  for (const language of ['en', 'zh-Hant'] as const) {
    it(`finds an open-data dataset with its page and file links (${language})`, async () => {
      const page = await signedIn(h.adminKey, language);
      const en = language === 'en';
      await open(page, '/data', en ? 'Data catalogue' : '數據目錄');
      await press(page.getByRole('link', { name: en ? 'Open-data search' : '開放數據搜尋' }));
      await usable(page, en ? 'Open-data search' : '開放數據搜尋');
      await typeInto(page.getByLabel(en ? 'Which dataset or API has…' : '哪個數據集或 API 有…'), 'lamp post locations');
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .getByText(en ? 'Datasets found for “lamp post locations”: 1.' : '「lamp post locations」找到的數據集：1 個。')
        .waitFor();
      const hit = page
        .getByRole('region', { name: en ? 'Datasets found' : '找到的數據集' })
        .getByRole('listitem')
        .first();
      const pageLink = hit.getByRole('link', {
        name: en ? 'Dataset page: Lamp Post Location Data' : '數據集網頁：Lamp Post Location Data',
      });
      await expect(pageLink.getAttribute('href')).resolves.toMatch(/^https:\/\/data\.gov\.hk\/en-data\/dataset\//);
      const files = hit.getByRole('list', {
        name: en ? 'Files and APIs of Lamp Post Location Data' : 'Lamp Post Location Data的檔案及 API',
      });
      await expect(
        files.getByRole('link', { name: 'Lamp Post Location Data (English) (CSV)' }).getAttribute('href'),
      ).resolves.toBe('https://plis.hyd.gov.hk/datagovhk/plis/lamppost_en.csv');
      await page.getByRole('table', { name: en ? /Open-data catalogues/ : /開放數據目錄/ }).waitFor();
      await noAxeViolations(page);
      await keepScreenshot(page, `data-open-data-${language}`);
    });
  }
});
