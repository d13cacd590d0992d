import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCaller,
  type ConsoleHarness,
  ConsoleSessions,
  pressOn as press,
  typeInto,
  untilUsable as usable,
  HARNESS_START_TIMEOUT,
  keepScreenshot,
  seriousAxeViolations,
  startConsoleHarness,
} from './support/console-harness.ts';

/**
 * Issue 18's console pages in real Chromium: an officer writes an application's transparency notice
 * (English), saves it as a draft and publishes it, with the preview and versions; reports an incident
 * (繁體中文) and works it to recovery on its timeline; an assurance reviewer, not the reporter, closes
 * it. Keyboard only; axe on every page state.
 */

const APP_NAME = { en: 'Licence form reader', zhHant: '牌照表格讀取系統' };

describe('console: transparency notice and incident register', { timeout: 90_000 }, () => {
  let h: ConsoleHarness;
  const sessions = new ConsoleSessions(() => h);
  const { pageErrors } = sessions;
  const signedIn = (key: string, language: 'en' | 'zh-Hant') => sessions.signedIn(key, language);
  const open = (page: Page, path: string, heading: string | RegExp) => sessions.open(page, path, heading);
  let applicationId = '';
  let reviewerKey = '';

  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(h.base)(...args);
  const noAxeViolations = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);
  const choose = async (page: Page, label: string, option: string) => {
    await press(page.getByRole('button', { name: new RegExp(`(^|\\s)${label}$`) }));
    await press(page.getByRole('option', { name: option, exact: true }));
  };

  beforeAll(async () => {
    h = await startConsoleHarness();
    const me = await call(h.adminKey, 'GET', '/api/v1/me');
    const user = me.user as { id: string };
    const application = await call(h.adminKey, 'POST', '/api/v1/governance/applications', {
      ownerId: user.id,
      type: 'ocr',
      name: APP_NAME,
      purpose: { en: 'Reads licence forms into the case system', zhHant: '把牌照表格讀入個案系統' },
      publicFacing: false,
      generative: false,
      personalData: false,
    });
    applicationId = String(application.id);
    const reviewer = await call(h.adminKey, 'POST', '/api/v1/users', {
      displayName: 'Reviewer Lee',
      roles: ['assurance_reviewer'],
    });
    reviewerKey = String(
      (await call(h.adminKey, 'POST', '/api/v1/keys', { name: 'reviewer console', userId: reviewer.id })).key,
    );
  }, HARNESS_START_TIMEOUT);

  afterAll(async () => {
    await sessions.close();
    await h?.close();
  });

  it('writes, previews and publishes an application’s transparency notice (English)', async () => {
    const page = await signedIn(h.adminKey, 'en');
    await open(page, `/governance/applications/${applicationId}`, APP_NAME.en);
    await press(page.getByRole('link', { name: 'Transparency notice' }));
    await usable(page, `Transparency notice: ${APP_NAME.en}`);
    await expect(page.getByText('The notice is not public').isVisible()).resolves.toBe(true);
    await noAxeViolations(page);
    await typeInto(page.getByLabel('What it does not do (English)'), 'It does not decide on any licence.');
    await typeInto(page.getByLabel('What it does not do (Chinese)'), '它不會審批任何牌照。');
    await typeInto(page.getByLabel('How to complain (English)'), 'Write to the Licensing Office.');
    await typeInto(page.getByLabel('How to complain (Chinese)'), '請致函牌照事務處。');
    // The data it uses, in one language only: the server names the missing one, beside its field.
    await typeInto(page.getByLabel('The data it uses, in plain words (English, optional)'), 'The forms you send us');
    await press(page.getByRole('button', { name: 'Save draft' }));
    const dataZh = page.getByLabel('The data it uses, in plain words (Chinese, optional)');
    await expect.poll(() => dataZh.getAttribute('aria-invalid')).toBe('true');
    await typeInto(dataZh, '你交來的表格');
    await press(page.getByRole('button', { name: 'Save draft' }));
    await page.getByRole('status').getByText('Draft version 1 saved.').waitFor();
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByText('It does not decide on any licence.').waitFor();
    await preview.getByText('The forms you send us.', { exact: false }).waitFor();
    await press(page.getByRole('button', { name: 'Publish' }));
    await page.getByRole('status').getByText('Version 1 published.').waitFor();
    const versions = page.getByRole('table', { name: 'Versions of the notice, newest first' });
    await expect(versions.getByRole('row').count()).resolves.toBe(2);
    await noAxeViolations(page);
    await keepScreenshot(page, 'transparency-published-en');
  });

  it("keeps another officer's words saved meanwhile, and publishes only the draft the officer has read", async () => {
    const page = await signedIn(h.adminKey, 'en');
    const path = `/api/v1/governance/applications/${applicationId}/transparency`;
    await open(page, `/governance/applications/${applicationId}/transparency`, `Transparency notice: ${APP_NAME.en}`);
    const words = async () =>
      ((await call(h.adminKey, 'GET', path)).draft as { content: Record<string, { en: string }> } | null)?.content;
    const read = ((await call(h.adminKey, 'GET', path)).published as { content: object }).content;
    // Another officer adds a contact while this page is open.
    const contact = { en: 'Ring the Licensing Office on 2123 4567.', zhHant: '請致電牌照事務處 2123 4567。' };
    await call(h.adminKey, 'PUT', path, { ...read, contact, base: read });

    await typeInto(page.getByLabel('How to complain (English)'), 'Write to the Licensing Office, or call 1823.');
    // Typed but not saved: publishing would make the saved draft public, not this.
    const publishButton = page.getByRole('button', { name: 'Publish' });
    await expect(publishButton.isDisabled()).resolves.toBe(true);
    await page.getByText('Save the draft first').waitFor();
    await press(page.getByRole('button', { name: 'Save draft' }));
    await page.getByRole('status').getByText('Draft version 2 saved.').waitFor();
    await page.getByRole('status').filter({ hasText: 'Someone else changed 1 part of the notice' }).waitFor();
    await expect(
      page.getByLabel('How to reach a person, beyond the bot (English, optional)').inputValue(),
    ).resolves.toBe(contact.en);
    expect(await words()).toMatchObject({
      complaints: { en: 'Write to the Licensing Office, or call 1823.' },
      contact,
    });
    await noAxeViolations(page);

    // The other officer rewrites what it does not do; this page, not read again yet, presses Publish.
    const now = (await words()) as object;
    const doesNotDo = { en: 'It does not decide on any licence or fee.', zhHant: '它不會審批任何牌照或收費。' };
    await call(h.adminKey, 'PUT', path, { ...now, doesNotDo, base: now });
    await press(publishButton);
    await page.getByRole('alert').filter({ hasText: 'The draft was saved again after you read it' }).waitFor();
    await expect.poll(() => page.getByLabel('What it does not do (English)').inputValue()).toBe(doesNotDo.en);
    await press(publishButton);
    await page.getByRole('status').getByText('Version 2 published.').waitFor();
    const published = (await call(h.adminKey, 'GET', path)).published as { content: object };
    expect(published.content).toMatchObject({ doesNotDo, contact });
    expect(pageErrors).toEqual([]);
  });

  it('reports an incident, works it to recovery (繁體中文) and a reviewer closes it', async () => {
    const page = await signedIn(h.adminKey, 'zh-Hant');
    await open(page, '/governance', '人工智能工具目錄');
    await press(page.getByRole('link', { name: '事故登記冊' }));
    await usable(page, '事故登記冊');
    await noAxeViolations(page);
    await typeInto(page.getByLabel('標題'), '表格欄位讀錯');
    await typeInto(page.getByLabel('事發經過'), '市民姓名被讀入地址欄。');
    await choose(page, '嚴重程度', '高');
    await choose(page, '涉及的應用', APP_NAME.zhHant);
    await press(page.getByRole('button', { name: '報告', exact: true }));
    await usable(page, '事故：表格欄位讀錯');
    const timeline = page.getByRole('region', { name: '時間線' });
    await expect(timeline.getByRole('listitem').count()).resolves.toBe(1);
    await noAxeViolations(page);
    const entry = page.getByRole('region', { name: '加入時間線' });
    await typeInto(entry.getByLabel('備註'), '已修正欄位對應並覆核 200 份表格。');
    await choose(page, '轉往步驟', '復原');
    await press(page.getByRole('button', { name: '加入', exact: true }));
    await page.getByRole('status').getByText('已加入時間線。').waitFor();
    await timeline.getByText('已修正欄位對應並覆核 200 份表格。').waitFor();
    await keepScreenshot(page, 'incident-recovered-zh');
    const incidentPath = new URL(page.url()).pathname.replace(/^\/console/, '');

    const reviewer = await signedIn(reviewerKey, 'en');
    await open(reviewer, incidentPath, 'Incident: 表格欄位讀錯');
    await typeInto(
      reviewer.getByRole('region', { name: 'Close the incident' }).getByLabel('Note'),
      'Checked and closed.',
    );
    await press(reviewer.getByRole('button', { name: 'Close incident' }));
    await reviewer.getByRole('status').getByText('Incident closed.').waitFor();
    await reviewer.getByText('Closed', { exact: true }).first().waitFor();
    await noAxeViolations(reviewer);
    await keepScreenshot(reviewer, 'incident-closed-en');
    expect(pageErrors).toEqual([]);
  });
});
