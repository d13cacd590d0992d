import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfLines } from '../src/assistant/testing/read-export.ts';
import {
  apiCaller,
  type ConsoleHarness,
  HARNESS_START_TIMEOUT,
  seriousAxeViolations,
  signInWithKey,
  startConsoleHarness,
} from './support/console-harness.ts';

/**
 * Issue 18's assessment report, from the application page in real Chromium: the PDF link, reached
 * from the keyboard, downloads the report in the reader's language; axe on each language's page.
 */

const NAME = { en: '1823 report bot', zhHant: '1823 報告機械人' };

describe('console: assessment report download', { timeout: 90_000 }, () => {
  let h: ConsoleHarness;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  let applicationId = '';

  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(h.base)(...args);
  const signedIn = async (language: 'en' | 'zh-Hant') => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 1000 }, acceptDownloads: true });
    context.setDefaultTimeout(30_000);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInWithKey(page, h, h.adminKey, language);
    return page;
  };
  const open = async (page: Page, heading: string) => {
    await page.goto(`${h.base}/console/governance/applications/${applicationId}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    h = await startConsoleHarness();
    const me = await call(h.adminKey, 'GET', '/api/v1/me');
    const application = await call(h.adminKey, 'POST', '/api/v1/governance/applications', {
      ownerId: (me.user as { id: string }).id,
      type: 'lionrock_bot',
      botId: 'demo-1823',
      name: NAME,
      purpose: { en: 'Answers questions about 1823 services', zhHant: '解答有關 1823 服務的問題' },
      publicFacing: true,
      generative: false,
      personalData: false,
    });
    applicationId = String(application.id);
  }, HARNESS_START_TIMEOUT);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await h?.close();
  });

  it('downloads the assessment report as PDF (English)', async () => {
    const page = await signedIn('en');
    await open(page, NAME.en);
    expect(await seriousAxeViolations(page)).toEqual([]);
    const link = page.getByRole('link', { name: 'Assessment report (PDF)' });
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const text = (await pdfLines(await readFile(await download.path()))).join('\n');
    expect(text).toContain('Assessment report');
    expect(text).toContain(NAME.en);
  });

  it('offers it in 繁體中文, Chinese labels first', async () => {
    const page = await signedIn('zh-Hant');
    await open(page, NAME.zhHant);
    const link = page.getByRole('link', { name: '評估報告（PDF）' });
    expect(await link.getAttribute('href')).toMatch(/\/report\?format=pdf&lang=zh-Hant$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
