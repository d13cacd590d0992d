import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProvider, startFakeProvider } from '../src/gateway/index.ts';
import {
  apiCaller,
  type ConsoleHarness,
  HARNESS_START_TIMEOUT,
  keepScreenshot,
  seriousAxeViolations,
  signInWithKey,
  startConsoleHarness,
} from './support/console-harness.ts';

/**
 * Translation with the department glossary in real Chromium: an administrator uploads the
 * glossary (a bad line is named), an officer reviews an offline Simplified → Traditional
 * conversion (offline there is no translation between English and Chinese: only script conversion
 * and glossary lookup), then, in 繁體中文, a translation from an OpenAI-compatible stand-in model
 * with a planted glossary violation, which is marked, edited and accepted sentence by sentence.
 * axe on every state.
 */

const GLOSSARY = [
  'en\tzh_hant\twrong_zh',
  'Department of Health\t衞生署\t衛生部',
  'Buildings Department\t屋宇署\t樓宇署',
  'public consultation\t公眾諮詢\t',
].join('\n');

describe('console translation review and department glossary in headless Chromium', { timeout: 90_000 }, () => {
  let h: ConsoleHarness;
  let page: Page;
  let model: FakeProvider | undefined;
  const call = () => apiCaller(h.base);
  const noAxeViolations = async (on: Page) => expect(await seriousAxeViolations(on)).toEqual([]);

  /** A translate task started through the API with the admin key, waited for until it has finished. */
  const translated = async (body: Record<string, unknown>) => {
    const { job } = (await call()(h.adminKey, 'POST', '/api/v1/assistant/jobs', body)) as { job: { id: string } };
    for (;;) {
      const state = (await call()(h.adminKey, 'GET', `/api/v1/assistant/jobs/${job.id}`)) as { status: string };
      if (state.status === 'succeeded') return job.id;
      if (state.status === 'failed') throw new Error(`translate job failed: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    h = await startConsoleHarness();
    page = await (await h.browser.newContext()).newPage();
    await signInWithKey(page, h, h.adminKey);
  }, HARNESS_START_TIMEOUT);
  afterAll(async () => {
    await h?.close();
    await model?.close();
  });

  it('uploads the department glossary: a bad line is named, a good file becomes version 1 with its terms', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Document assistant' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Document assistant' }).waitFor();
    await page.getByRole('link', { name: 'Department glossary' }).click();
    await page.getByRole('heading', { level: 1, name: 'Department glossary' }).waitFor();
    await page.getByText('Your department has no glossary yet.').first().waitFor();
    await noAxeViolations(page);

    const file = page.getByLabel('Glossary file (TSV)');
    await file.setInputFiles({
      name: 'bad.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from(`${GLOSSARY}\nTransport Department`),
    });
    await page.getByRole('button', { name: 'Upload', exact: true }).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'line 5' }).waitFor();
    await noAxeViolations(page);

    await file.setInputFiles({
      name: 'glossary.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from(GLOSSARY),
    });
    await page.getByRole('button', { name: 'Upload', exact: true }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Version 1 is in force: 3 term pairs.' }).waitFor();
    const terms = page.getByRole('table', { name: /^Version 1: 3 term pairs/ });
    // Who uploaded it by name, not by a user id.
    await page
      .getByRole('table', { name: /^Version 1: 3 term pairs, uploaded by Platform Administrator on / })
      .waitFor();
    await terms.getByRole('rowheader', { name: 'Department of Health' }).waitFor();
    await expect(terms.getByRole('row').filter({ hasText: 'Department of Health' }).innerText()).resolves.toContain(
      '衛生部',
    );
    await noAxeViolations(page);
    await keepScreenshot(page, 'assistant-glossary-en');
  });

  it('reviews an offline Simplified → Traditional conversion by keyboard, checked against the department glossary', async () => {
    const id = await translated({
      task: 'translate',
      to: 'zh-Hant',
      text: '卫生署今日公布检查结果。屋宇署将派员视察。',
    });
    await page.goto(`${h.base}/console/assistant/jobs/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Side-by-side review' }).waitFor();
    await page.getByText("Checked against your department's glossary, version 1.").waitFor();
    const progress = page.getByRole('status').filter({ hasText: 'sentences accepted or edited' });
    await expect(progress.innerText()).resolves.toContain('0 of 2 sentences accepted or edited');
    const table = page.getByRole('table', { name: /Source sentences beside their translation/ });
    await table.getByRole('cell', { name: '衞生署今日公佈檢查結果。' }).waitFor();
    await noAxeViolations(page);

    const accept = page.getByRole('button', { name: 'Accept sentence 1' });
    await accept.focus();
    await accept.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Sentence 1: Accepted.' }).waitFor();
    await page.getByRole('status').filter({ hasText: '1 of 2 sentences accepted or edited' }).waitFor();
    await noAxeViolations(page);
    await keepScreenshot(page, 'assistant-translate-offline-en');
  });

  it('in 繁體中文, marks a model’s glossary violation with the approved term, and the officer edits and accepts it', async () => {
    model = await startFakeProvider();
    const me = (await call()(h.adminKey, 'GET', '/api/v1/me')) as { department: { id: string } };
    await call()(h.adminKey, 'POST', '/api/v1/gateway/providers', { name: 'fake', baseUrl: model.url, models: ['m'] });
    await call()(h.adminKey, 'PUT', `/api/v1/gateway/allowlist/${me.department.id}`, {
      entries: [{ provider: 'fake', model: 'm' }],
    });
    // The stand-in answers with 衛生部 where the glossary approves 衞生署: the planted violation.
    model.script({ kind: 'reply', text: '[1] 衛生部今日致函我們。\n[2] 屋宇署將派員視察地盤。' });
    const id = await translated({
      task: 'translate',
      to: 'zh-Hant',
      text: 'The Department of Health wrote to us today. The Buildings Department will inspect the site.',
      model: { provider: 'fake', model: 'm' },
    });
    const zh = await (await h.browser.newContext()).newPage();
    await signInWithKey(zh, h, h.adminKey, 'zh-Hant');
    await zh.goto(`${h.base}/console/assistant/jobs/${id}`);
    await zh.getByRole('heading', { level: 2, name: '對照審閱' }).waitFor();
    await zh.getByRole('status').filter({ hasText: '已接納或編輯 2 句中的 0 句；尚餘 1 個詞彙問題。' }).waitFor();
    const table = zh.getByRole('table', { name: /原文句子與譯文對照/ });
    const first = table.getByRole('row').filter({ has: zh.getByRole('rowheader', { name: '1', exact: true }) });
    await expect(first.locator('mark').allInnerTexts()).resolves.toEqual(['Department of Health', '衛生部']);
    await expect(first.innerText()).resolves.toContain('[詞彙問題]');
    await expect(first.innerText()).resolves.toContain('核准譯法：衞生署');
    await noAxeViolations(zh);
    await keepScreenshot(zh, 'assistant-translate-violation-zh');

    const edit = zh.getByRole('button', { name: '編輯第 1 句' });
    await edit.focus();
    await edit.press('Enter');
    const box = zh.getByRole('textbox', { name: '第 1 句的譯文' });
    await box.fill('衞生署今日致函我們。');
    await noAxeViolations(zh);
    await zh.getByRole('button', { name: '儲存' }).press('Enter');
    await zh.getByRole('status').filter({ hasText: '第 1 句：已編輯。' }).waitFor();
    await zh.getByRole('status').filter({ hasText: '尚餘 0 個詞彙問題' }).waitFor();
    expect(await first.locator('mark').count()).toBe(0);

    const accept = zh.getByRole('button', { name: '接納第 2 句' });
    await accept.focus();
    await accept.press('Enter');
    await zh.getByRole('status').filter({ hasText: '全部 2 句已審閱；尚餘 0 個詞彙問題。' }).waitFor();
    await noAxeViolations(zh);
    await keepScreenshot(zh, 'assistant-translate-reviewed-zh');

    // The export carries the officer's wording.
    const reviewed = (await call()(h.adminKey, 'GET', `/api/v1/assistant/jobs/${id}`)) as {
      result: { output: { review: { sentences: { target: string; status: string }[] } } };
    };
    expect(reviewed.result.output.review.sentences.map((s) => [s.status, s.target])).toEqual([
      ['edited', '衞生署今日致函我們。'],
      ['accepted', '屋宇署將派員視察地盤。'],
    ]);
  });
});
