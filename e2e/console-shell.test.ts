import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsoleHarness,
  chooseLanguage,
  keepScreenshot,
  seriousAxeViolations,
  signInWithKey,
  HARNESS_START_TIMEOUT,
  startConsoleHarness,
} from './support/console-harness.ts';

/** Runs in the page (typed here for Node): whether `element` has the focus. */
const isFocused = (element: unknown) =>
  element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;

/** Runs in the page: marks an element, to tell later whether the page still shows that very one. */
const mark = (element: unknown) =>
  (element as { setAttribute(name: string, value: string): void }).setAttribute('data-drawn-ahead', '');

/**
 * The console's frame in Chromium: sign-in with the printed key, the menu, the language switch,
 * keyboard access, sign-out, and what happens when the session ends under the officer's feet.
 */
describe('console shell in headless Chromium', { timeout: 90_000 }, () => {
  let harness: ConsoleHarness;
  let page: Page;
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    harness = await startConsoleHarness();
    // A Hong Kong officer's browser: Chinese first.
    page = await harness.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-HK' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  }, HARNESS_START_TIMEOUT);
  afterAll(async () => harness?.close());

  it('sends a visitor of / to sign in, in 繁體中文 first, with no accessibility violation', async () => {
    await page.goto(`${harness.base}/`);
    await page.waitForURL(/\/console\/sign-in\?returnTo=/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('登入獅子山');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant-HK');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'sign-in-zh');
  });

  it('refuses a wrong key beside the field, in the language chosen', async () => {
    await chooseLanguage(page, 'en');
    await page.getByLabel('API key', { exact: true }).fill('lr_not-a-real-key-0000000000000000');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const field = page.getByLabel('API key', { exact: true });
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    // The server's own reason, named for the field, tied to the input for screen readers.
    const described = (await field.getAttribute('aria-describedby')) ?? '';
    const reasons = await Promise.all(described.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(reasons.join(' ')).toMatch(/not known/i);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('signs in with the printed key and shows the menu the platform admin may use, by keyboard', async () => {
    await signInWithKey(page, harness, harness.adminKey, 'en');
    // Opened afresh (not arrived at from another page), the skip link is the first thing a keyboard reaches.
    await page.reload();
    const menu = page.getByRole('navigation', { name: 'Main navigation' });
    await menu.waitFor();
    const items = await menu.getByRole('link').allTextContents();
    expect(items).toEqual([
      'Dashboard',
      'Bots',
      'Knowledge',
      'Handoff inbox',
      'Guard',
      'Model gateway',
      'People and keys',
      'Document assistant',
      'Audit',
      'Governance',
      'Data governance',
    ]);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip.evaluate(isFocused)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'shell-en');
  });

  it('switches the whole frame to 繁體中文 in place and keeps the choice across a reload', async () => {
    await chooseLanguage(page, 'zh-Hant');
    const menu = page.getByRole('navigation', { name: '主選單' });
    await expect(menu.getByRole('link').first().textContent()).resolves.toBe('主頁');
    await page.reload();
    await page.getByRole('navigation', { name: '主選單' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant-HK');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('opens a bookmarked page after sign-in where the officer was going', async () => {
    const visitor = await harness.browser.newContext();
    const other = await visitor.newPage();
    await other.goto(`${harness.base}/console/audit`);
    await other.waitForURL(/sign-in\?returnTo=%2Fconsole%2Faudit/);
    await chooseLanguage(other, 'en');
    await other.getByLabel('API key', { exact: true }).fill(harness.adminKey);
    await other.getByRole('button', { name: 'Sign in', exact: true }).click();
    await other.waitForURL(/\/console\/audit$/);
    await visitor.close();
  });

  it('reflows at 320 CSS pixels (a phone, or 400% zoom): no page scrolls sideways, in either language', async () => {
    const phone = await harness.browser.newContext({ viewport: { width: 320, height: 640 } });
    const small = await phone.newPage();
    await signInWithKey(small, harness, harness.adminKey);
    const paths = [
      ...['', 'bots', 'bots/demo-1823', 'knowledge', 'handoffs', 'guard', 'gateway', 'people', 'audit'],
      ...['governance', 'data', 'data/open-data', 'assistant'],
    ];
    const sideways: string[] = [];
    for (const language of ['zh-Hant', 'en'] as const) {
      await chooseLanguage(small, language);
      for (const path of paths) {
        await small.goto(`${harness.base}/console/${path}`);
        await small.locator('main h1').waitFor();
        await expect.poll(() => small.locator('[data-loading]').count()).toBe(0);
        // Wide tables scroll inside the box that holds them (WCAG 2.1 SC 1.4.10 allows it for data tables).
        const overflow = Number(
          await small.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'),
        );
        if (overflow > 0) sideways.push(`${language} /console/${path}: ${overflow} px`);
        expect(await seriousAxeViolations(small), `${language} /console/${path}`).toEqual([]);
      }
    }
    await keepScreenshot(small, 'reflow-320-assistant-en');
    expect(sideways).toEqual([]);
    // A wide table of plain text: its box is a tab stop while it scrolls, and no longer once the table fits.
    await small.goto(`${harness.base}/console/data/open-data`);
    const catalogues = small.locator('section[aria-labelledby="catalogues-title"]');
    await expect.poll(() => catalogues.getAttribute('tabindex')).toBe('0');
    await small.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => catalogues.getAttribute('tabindex')).toBeNull();
    await phone.close();
  });

  it('opens the dashboard and the handoff inbox with the answers their page carried: no API call on a first visit', async () => {
    const calls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) calls.push(request.url());
    });
    for (const path of ['/console/', '/console/handoffs?view=overdue']) {
      await page.goto(`${harness.base}${path}`);
      await page.locator('main h1').waitFor();
      await expect.poll(() => page.locator('[data-loading]').count()).toBe(0);
    }
    // The server made the session check and each page's first reads while the scripts loaded
    // (src/web/console-first-screen.ts); the console asked for them the same way and was answered at once.
    expect(calls).toEqual([]);
    page.removeAllListeners('request');
  });

  it('starts the inbox’s reads when its menu entry gets focus, so the page opens on answers already asked for', async () => {
    await page.goto(`${harness.base}/console/audit`);
    await page.locator('main h1').waitFor();
    const reads: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/v1/handoff-cases')) reads.push(pathname);
    });
    const entry = page.locator('nav a[href="/console/handoffs"]');
    await entry.focus();
    // Tabbing to the entry (or pointing at it) asks for the queue and the agents' names…
    await expect.poll(() => [...reads].sort()).toEqual(['/api/v1/handoff-cases', '/api/v1/handoff-cases/agents']);
    await entry.press('Enter');
    await page.waitForURL(/\/console\/handoffs$/);
    await page.locator('#handoff-cases-title').waitFor();
    await expect.poll(() => page.locator('[data-loading]').count()).toBe(0);
    // …and choosing it asks for nothing again: the page drew what was already fetched.
    expect([...reads].sort()).toEqual(['/api/v1/handoff-cases', '/api/v1/handoff-cases/agents']);
    page.removeAllListeners('request');
  });

  it('draws the inbox ahead, hidden, while its menu entry has focus: choosing it shows that very page; leaving the entry drops it', async () => {
    await page.goto(`${harness.base}/console/audit`);
    const auditTitle = await page.locator('main h1').textContent();
    const title = await page.title();
    const entry = page.locator('nav a[href="/console/handoffs"]');
    await entry.focus();
    // The inbox is drawn once its reads have answered, out of sight and out of the accessibility tree…
    const ahead = page.locator('#handoff-cases-title');
    await expect.poll(() => ahead.count()).toBe(1);
    expect(await ahead.isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([auditTitle]);
    // …and runs nothing a shown page runs: the title and the focus stay the audit page's.
    expect(await page.title()).toBe(title);
    expect(await entry.evaluate(isFocused)).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await ahead.evaluate(mark);
    await entry.press('Enter');
    await page.waitForURL(/\/console\/handoffs$/);
    // Choosing it shows the tree drawn ahead (the mark is still on its heading), focused on the page heading.
    await expect.poll(() => ahead.isVisible()).toBe(true);
    expect(await ahead.getAttribute('data-drawn-ahead')).toBe('');
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.evaluate(isFocused)).toBe(true);
    expect(await page.title()).not.toBe(title);
    // An entry left before it is chosen leaves nothing behind.
    await page.locator('nav a[href="/console"]').focus();
    await expect.poll(() => page.locator('main h1').count()).toBe(2);
    await heading.focus();
    await expect.poll(() => page.locator('main h1').count()).toBe(1);
    expect(await heading.textContent()).not.toBe(auditTitle);
  });

  it('says so where the page would be when its code cannot be fetched, and draws it on “try again”', async () => {
    await page.goto(`${harness.base}/console/audit`);
    await page.locator('main h1').waitFor();
    // The network drops the guard page's code (a flaky proxy, a deployment mid-way).
    const guardCode = /\/console\/assets\/guard-routes-[^/]+\.js$/;
    await page.route(guardCode, (route) => route.abort('connectionreset'));
    await page.getByRole('navigation').locator('a[href="/console/guard"]').press('Enter');
    const alert = page.getByRole('main').getByRole('alert');
    await alert.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.unroute(guardCode);
    await alert.getByRole('button').press('Enter');
    await expect.poll(() => page.locator('main h1').textContent()).not.toBe(null);
    await expect.poll(() => page.getByRole('main').getByRole('alert').count()).toBe(0);
  });

  it("says a record is not there (a mistyped, old or other department's address) on a page with a heading and a way back, and offers no retry", async () => {
    // The page is in 繁體中文 by now (the language test above).
    for (const path of [
      '/governance/applications/00000000-0000-4000-8000-000000000000',
      '/knowledge/versions/00000000-0000-4000-8000-000000000000',
      '/handoffs/00000000-0000-4000-8000-000000000000',
      '/governance/applications/abc',
      '/assistant/jobs/abc',
    ]) {
      await page.goto(`${harness.base}/console${path}`);
      const main = page.getByRole('main');
      await main.getByText('此地址沒有任何記錄').waitFor();
      expect(await main.locator('h1').count(), path).toBe(1);
      expect(await main.getByRole('button', { name: '再試一次' }).count(), path).toBe(0);
      expect(await main.getByText('params.id').count(), path).toBe(0);
    }
    expect(await page.getByRole('main').getByRole('link', { name: '返回主頁' }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    // …and asks nothing more: a task address with no task was asked for again every second.
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) asked.push(request.url());
    });
    await page.waitForTimeout(2_500);
    page.removeAllListeners('request');
    expect(asked).toEqual([]);
  });

  it('sends the officer back to sign in, saying why, when the session times out while the page is open', async () => {
    // Idle past the timeout: the server's clock says so, not the browser's.
    await harness.store.db.execute(sql`update sessions set last_seen_at = now() - interval '1 day'`);
    await page.getByRole('navigation', { name: '主選單' }).getByRole('link', { name: '審計' }).click();
    await page.waitForURL(/\/console\/sign-in\?returnTo=%2Fconsole%2Faudit&expired=1/).catch(async (error) => {
      await keepScreenshot(page, 'debug-expiry');
      throw new Error(`${page.url()} ${error}`);
    });
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('你一段時間沒有操作，登入已結束。請重新登入。');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('signs out: the cookie is httpOnly and SameSite, and after sign-out the console asks to sign in again', async () => {
    await signInWithKey(page, harness, harness.adminKey, 'zh-Hant');
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'lr_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await page.getByRole('button', { name: '登出' }).click();
    await page.waitForURL(/\/console\/sign-in\?signedOut=1/);
    await expect.poll(() => page.getByRole('status').textContent()).toBe('你已登出。');
    await page.goto(`${harness.base}/console/`);
    await page.waitForURL(/\/console\/sign-in/);
  });

  it('raised no page error and no Content-Security-Policy violation', () => {
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
