import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfLines } from '../src/assistant/testing/read-export.ts';
import { validateBom } from '../src/governance/index.ts';
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
 * Issue 18's AI bill of materials on the application page, in real Chromium: the demo bot's
 * components (its approved FAQ with hash and approver, LionRock's guard models), the platform's
 * packages and the changes recorded, in English and 繁體中文; the CycloneDX download, reached from the
 * keyboard, validates. The assessment report's PDF link, from the keyboard, downloads the report in
 * the reader's language (its text names the application). Axe on each page state.
 */

const NAME = { en: '1823 enquiries bot', zhHant: '1823 查詢機械人' };

describe("console: an application's AI bill of materials and assessment report", { timeout: 90_000 }, () => {
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

  it('lists the components and changes and downloads a valid CycloneDX document (English)', async () => {
    const page = await signedIn('en');
    await open(page, NAME.en);
    const section = page.getByRole('region', { name: 'AI bill of materials' });
    const components = section.getByRole('table', { name: 'AI components' });
    await components.getByRole('rowheader', { name: 'LionRock guard: prompt-injection classifier' }).waitFor();
    await expect(components.getByText(/SHA-256 [0-9a-f]{12}…; approved by /).count()).resolves.toBeGreaterThan(0);
    await section.getByText(/^LionRock 0\.1\.0: \d+ software packages from its lockfile/).waitFor();
    await section
      .getByRole('table', { name: 'Changes to the bill of materials' })
      .getByRole('rowheader', { name: /^Dependencies recorded: \d+ npm packages$/ })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'governance-bom-en');

    const link = section.getByRole('link', { name: 'Download the bill of materials (CycloneDX JSON)' });
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(`application-${applicationId}.cdx.json`);
    const bom = JSON.parse(await readFile(await download.path(), 'utf8')) as { metadata: { component: object } };
    expect(validateBom(bom)).toEqual([]);
    expect(bom.metadata.component).toMatchObject({ name: NAME.en });
  });

  it('reads the same section in 繁體中文', async () => {
    const page = await signedIn('zh-Hant');
    await open(page, NAME.zhHant);
    const section = page.getByRole('region', { name: '人工智能物料清單' });
    const components = section.getByRole('table', { name: '人工智能組件' });
    await components.getByRole('rowheader', { name: 'LionRock guard: prompt-injection classifier' }).waitFor();
    await expect(components.getByText(/SHA-256 [0-9a-f]{12}…；由 .+ 審批/).count()).resolves.toBeGreaterThan(0);
    await section.getByRole('link', { name: '下載物料清單（CycloneDX JSON）' }).waitFor();
    await section
      .getByRole('table', { name: '物料清單的變更' })
      .getByRole('rowheader', { name: /^記錄相依套件：\d+ 個 npm 套件$/ })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'governance-bom-zh');
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
