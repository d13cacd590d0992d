import type { Locator, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../src/gateway/index.ts';
import {
  chooseByKeyboard,
  apiCaller,
  type ConsoleHarness,
  HARNESS_START_TIMEOUT,
  keepScreenshot,
  seriousAxeViolations,
  signInWithKey,
  startConsoleHarness,
} from './support/console-harness.ts';

/**
 * The draft editor in real Chromium, without a model: an officer fills a reply to a public enquiry
 * from its template, edits a paragraph (it becomes the officer's), sees the wrong figure in the issue
 * report; the department's policy asks for a second officer, so finalising is refused with the reason
 * until another officer approves it in their own browser; in English and in 繁體中文, axe on each state.
 */

const FACTS = [
  'A dog licence costs HK$80 and is valid for three years.',
  'Licences are issued at any animal management centre.',
];

/** Waits for the row holding `text` in a paragraphs table to say, in words, who wrote it. */
const whoWrote = (table: Locator, text: string, writer: string | RegExp) =>
  table.getByRole('row').filter({ hasText: text }).getByRole('cell', { name: writer }).waitFor();

describe('console draft editor in headless Chromium', { timeout: 90_000 }, () => {
  let h: ConsoleHarness;
  let page: Page;
  let approverKey: string;
  let draftUrl: string;
  let call: ReturnType<typeof apiCaller>;
  let model: FakeProvider | undefined;
  const noAxeViolations = async (on: Page) => expect(await seriousAxeViolations(on)).toEqual([]);
  const status = (on: Page, text: string | RegExp) => on.getByRole('status').filter({ hasText: text });
  const newPage = async (browser: Browser) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    context.setDefaultTimeout(20_000);
    return context.newPage();
  };

  beforeAll(async () => {
    h = await startConsoleHarness();
    call = apiCaller(h.base);
    // A second officer who may approve drafts, made by the admin through the API.
    const user = await call(h.adminKey, 'POST', '/api/v1/users', { displayName: 'Approver Lee', roles: ['approver'] });
    approverKey = String((await call(h.adminKey, 'POST', '/api/v1/keys', { name: 'approver', userId: user.id })).key);
    await call(h.adminKey, 'PUT', '/api/v1/assistant/policy', { requireSecondOfficerApproval: true });
    page = await newPage(h.browser);
    await signInWithKey(page, h, h.adminKey);
  }, HARNESS_START_TIMEOUT);
  afterAll(async () => {
    await h?.close();
    await model?.close();
  });

  const textbox = (on: Page, name: string) => on.getByRole('textbox', { name, exact: true });

  it('creates a draft from a template offline: paragraphs say the template wrote them', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Document assistant' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Document assistant' }).waitFor();
    await page.getByRole('link', { name: 'Drafts', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Drafts' }).waitFor();
    await page.getByText('No drafts yet. Start one below.').waitFor();
    // Nothing chosen: the form says so instead of sending.
    await page.getByRole('button', { name: 'Create draft' }).press('Enter');
    await page.getByText('Choose a template.').waitFor();
    await noAxeViolations(page);

    await chooseByKeyboard(page.getByRole('radio', { name: 'Reply to a public enquiry' }));
    await page.getByText('External: goes outside the department').waitFor();
    await chooseByKeyboard(
      page.getByRole('radiogroup', { name: 'Language of the draft' }).getByRole('radio', { name: 'English' }),
    );
    await textbox(page, 'Our reference').fill('AF/DL/2026/0137');
    await textbox(page, 'Addressee').fill('Mr Chan');
    await textbox(page, 'Date of the enquiry').fill('3 March 2026');
    await textbox(page, 'Subject').fill('dog licences');
    await textbox(page, 'Contact line').fill('Ms Lee on 2150 7000');
    await textbox(page, 'Officer signing').fill('Wong Siu Ming');
    await textbox(page, 'Facts the draft may use, one per line').fill(FACTS.join('\n'));
    await noAxeViolations(page);
    await keepScreenshot(page, 'assistant-drafts-new-en');
    await page.getByRole('button', { name: 'Create draft' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Draft: Reply to a public enquiry: dog licences' }).waitFor();
    draftUrl = page.url();
    const paragraphs = page.getByRole('table', { name: 'Paragraphs of version 1, with who wrote each' });
    // The template's own lines and the officer's facts, each said in words.
    await whoWrote(paragraphs, 'Dear Mr Chan,', 'Template');
    await whoWrote(paragraphs, 'HK$80', /^Officer \(/);
    await page.getByText('No issues found in version 1.').waitFor();
    // No model allowed yet: the page says writing again needs one.
    await page.getByText('Writing again needs a model, and your department allows none.').waitFor();
    await noAxeViolations(page);
  });

  it('an edited paragraph becomes the officer’s, and the report flags the figure not in the facts', async () => {
    const editor = textbox(page, 'Text of the draft (paragraphs separated by a blank line)');
    const text = await editor.inputValue();
    expect(text).toContain('We hope the above information is helpful.');
    // A template paragraph edited, with a figure none of the facts gives.
    await editor.fill(
      text.replace(
        'We hope the above information is helpful.',
        'We hope the above information is helpful. The licence fee is HK$800.',
      ),
    );
    await page.getByRole('button', { name: 'Save as a new version' }).press('Enter');
    await status(page, 'Version 2 saved.').waitFor();
    const paragraphs = page.getByRole('table', { name: 'Paragraphs of version 2, with who wrote each' });
    await whoWrote(paragraphs, 'Dear Mr Chan,', 'Template');
    await whoWrote(paragraphs, 'HK$800', /^Officer \(/);
    const issues = page.getByRole('table', { name: 'Issues found in version 2: 1' });
    const row = issues.getByRole('row').filter({ hasText: 'Wrong figure' });
    // The flagged sentence is marked in its paragraph, with words for those who cannot see the mark.
    await expect(row.locator('mark').innerText()).resolves.toContain('HK$800');
    await expect(row.locator('mark').textContent()).resolves.toMatch(/^Flagged:/);
    // Version 1's report is still there.
    await page.getByRole('button', { name: 'Issue report of version 1' }).press('Enter');
    await page.getByText('No issues found in version 1.').waitFor();
    await page.getByRole('button', { name: 'Issue report of version 2' }).press('Enter');
    await issues.waitFor();
    await noAxeViolations(page);
    await keepScreenshot(page, 'assistant-draft-issues-en');
  });

  it('finalising is refused with the reason until a second officer approves in another browser', async () => {
    await page.getByText('Your department’s policy asks a second officer to approve this draft').waitFor();
    await page.getByRole('button', { name: 'Finalise' }).press('Enter');
    await page
      .getByRole('alert')
      .filter({ hasText: /^Not done: .*second officer's approval/ })
      .waitFor();
    await noAxeViolations(page);
    await page.getByRole('button', { name: 'Ask for approval' }).press('Enter');
    await status(page, 'Approval asked.').waitFor();
    // The officer who asked has no approve button: the second officer decides.
    expect(await page.getByRole('button', { name: 'Approve', exact: true }).count()).toBe(0);

    const approver = await newPage(h.browser);
    await signInWithKey(approver, h, approverKey);
    await approver.goto(draftUrl);
    await approver.getByRole('heading', { level: 1, name: /^Draft: / }).waitFor();
    await approver.getByText(/Waiting for approval/).waitFor();
    await noAxeViolations(approver);
    await textbox(approver, 'Comment (needed to return the draft)').fill('Checked the fee with the licensing team.');
    await approver.getByRole('button', { name: 'Approve', exact: true }).press('Enter');
    await status(approver, 'Draft approved.').waitFor();
    await approver.getByText(/^Approved by .* \(version 2\)\.$/).waitFor();
    await noAxeViolations(approver);
    await keepScreenshot(approver, 'assistant-draft-approved-en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Draft: / }).waitFor();
    await page.getByRole('button', { name: 'Finalise' }).press('Enter');
    await status(page, 'The draft is finalised.').waitFor();
    await page.getByText(/^Finalised by /).waitFor();
    // Finalised: no more editing.
    expect(await page.getByRole('button', { name: 'Save as a new version' }).count()).toBe(0);
    await noAxeViolations(page);
  });

  it('reads the drafts and the refusal’s reason in 繁體中文, and writes a draft again with an allowed model', async () => {
    // Now the department allows a model: an OpenAI-compatible stand-in, reached through the gateway.
    model = await startFakeProvider();
    const me = (await call(h.adminKey, 'GET', '/api/v1/me')) as { department: { id: string } };
    await call(h.adminKey, 'POST', '/api/v1/gateway/providers', { name: 'fake', baseUrl: model.url, models: ['m'] });
    await call(h.adminKey, 'PUT', `/api/v1/gateway/allowlist/${me.department.id}`, {
      entries: [{ provider: 'fake', model: 'm' }],
    });
    const zh = await newPage(h.browser);
    await signInWithKey(zh, h, h.adminKey, 'zh-Hant');
    await zh.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '文件助理' }).click();
    await zh.getByRole('heading', { level: 1, name: '文件助理' }).waitFor();
    await zh.getByRole('link', { name: '草稿', exact: true }).click();
    await zh.getByRole('heading', { level: 1, name: '草稿' }).waitFor();
    const list = zh.getByRole('table', { name: '部門的草稿（最新在前）：1 份' });
    await list.getByRole('row').filter({ hasText: '已定稿' }).waitFor();
    await noAxeViolations(zh);

    await chooseByKeyboard(zh.getByRole('radio', { name: '回覆市民查詢' }));
    await chooseByKeyboard(zh.getByRole('radiogroup', { name: '草稿語文' }).getByRole('radio', { name: '繁體中文' }));
    await textbox(zh, '本署檔號').fill('AF/DL/2026/0138');
    await textbox(zh, '收信人').fill('陳先生');
    await textbox(zh, '查詢日期').fill('2026年3月3日');
    await textbox(zh, '事項').fill('狗隻牌照');
    await textbox(zh, '聯絡資料').fill('李小姐（電話 2150 7000）');
    await textbox(zh, '簽署人員').fill('黃小明');
    await textbox(zh, '草稿可引用的事實（每行一項）').fill('狗隻牌照費為港幣80元，有效期三年。');
    await zh.getByRole('button', { name: '建立草稿' }).press('Enter');
    await zh.getByRole('heading', { level: 1, name: '草稿：回覆市民查詢: 狗隻牌照' }).waitFor();
    await zh
      .getByRole('table', { name: '第 1 版的段落及各段撰寫者' })
      .getByRole('cell', { name: '範本' })
      .first()
      .waitFor();
    await zh.getByRole('button', { name: '定稿' }).press('Enter');
    await zh.getByRole('alert').filter({ hasText: '未能完成：此草稿會發出部門以外：按部門政策' }).waitFor();
    await noAxeViolations(zh);
    await keepScreenshot(zh, 'assistant-draft-refused-zh');

    model.script({ kind: 'reply', text: '多謝查詢狗隻牌照事宜。\n\n狗隻牌照費為港幣80元，有效期三年。' });
    await zh.getByRole('button', { name: '重新撰寫' }).press('Enter');
    await status(zh, '第 2 版由 fake/m 撰寫。').waitFor();
    const written = zh.getByRole('table', { name: '第 2 版的段落及各段撰寫者' });
    await whoWrote(written, '多謝查詢狗隻牌照事宜。', '模型（fake/m）');
    // The refusal was about version 1: version 2 no longer shows it.
    expect(await zh.getByRole('alert').filter({ hasText: '未能完成' }).count()).toBe(0);
    await noAxeViolations(zh);
    await keepScreenshot(zh, 'assistant-draft-model-zh');
  });
});
