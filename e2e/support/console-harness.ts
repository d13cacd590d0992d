import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { seedDemo } from '../../src/access/index.ts';
import { buildApp } from '../../src/api/index.ts';
import { seedDemoBots } from '../../src/chat/index.ts';
import { type Config, configSchema } from '../../src/core/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/knowledge/testing/render-text-image.ts';
import { openTestStore, type Store } from '../../src/store/index.ts';
import { ensureConsoleBuilt } from '../../src/web/index.ts';

/** Where end-to-end screenshots are kept (CI artefacts; gitignored). */
export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');

/**
 * For the `beforeAll` that starts the harness: importing the demo FAQs and building the console take
 * seconds alone and a minute on a loaded two-core machine. Give each browser test `{ timeout: 90_000 }`.
 */
export const HARNESS_START_TIMEOUT = 180_000;

export interface ConsoleHarness {
  store: Store;
  app: FastifyInstance;
  browser: Browser;
  /** http://127.0.0.1:PORT */
  base: string;
  /** The seeded platform admin's API key (the one `npm start` prints). */
  adminKey: string;
  close(): Promise<void>;
}

/**
 * The real server (built console, demo department, demo bots) listening on a free port, and Debian's
 * Chromium through playwright-core. Pass `config` for extra settings (OIDC issuer, ...).
 *
 * @example const h = await startConsoleHarness(); const page = await h.browser.newPage(); await signInWithKey(page, h);
 */
export async function startConsoleHarness(config: Partial<Config> = {}): Promise<ConsoleHarness> {
  await ensureConsoleBuilt();
  const store = await openTestStore();
  const seed = await seedDemo(store.db, { keyLifetimeDays: 1 });
  if (!seed.adminKey) throw new Error('demo seed gave no admin key');
  await seedDemoBots(store.db);
  const app = await buildApp({
    store,
    config: { ...configSchema.parse({ logLevel: 'silent', runJobs: true }), ...config },
    logger: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    store,
    app,
    browser,
    base,
    adminKey: seed.adminKey,
    async close() {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}

/** Signs in through the sign-in page's API-key form, as the first administrator does. */
export async function signInWithKey(
  page: Page,
  harness: Pick<ConsoleHarness, 'base'>,
  key: string,
  language: 'en' | 'zh-Hant' = 'en',
) {
  await page.goto(`${harness.base}/console/sign-in`);
  // The page is an app: wait until it has drawn its form before touching it.
  await page.locator('input[name="apiKey"]').waitFor();
  await chooseLanguage(page, language);
  const label = language === 'en' ? 'API key' : 'API 金鑰';
  await page.getByLabel(label, { exact: true }).fill(key);
  await page.getByRole('button', { name: language === 'en' ? 'Sign in' : '登入', exact: true }).click();
  await page.getByRole('navigation', { name: language === 'en' ? 'Main navigation' : '主選單' }).waitFor();
}

/** Presses the 繁體中文 / English switch (present on every page). */
export async function chooseLanguage(page: Page, language: 'en' | 'zh-Hant'): Promise<void> {
  const option = page.getByRole('radiogroup', { name: /^(Language|語言)$/ }).getByRole('radio', {
    name: language === 'en' ? 'English' : '繁體中文',
  });
  await option.click();
  await page.locator(`html[lang="${language === 'en' ? 'en-HK' : 'zh-Hant-HK'}"]`).waitFor();
}

/**
 * Keyboard: focus a radio button or checkbox and press Space (react-aria draws the box over the input). Waits until it
 * is checked: a choice kept in the address is a navigation, so the state follows the key a moment later.
 */
export async function chooseByKeyboard(control: Locator): Promise<void> {
  await control.focus();
  await control.press('Space');
  await control.and(control.page().locator(':checked')).waitFor();
}

/** The keyboard path: focus a control and press a key on it. */
export async function pressOn(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.page().keyboard.press(key);
}

/** Replaces a text box's content by typing, as a person does. */
export async function typeInto(box: Locator, text: string): Promise<void> {
  await box.focus();
  await box.page().keyboard.press('ControlOrMeta+A');
  await box.page().keyboard.type(text);
}

/** Waits until a page is usable: its h1 is shown and nothing is still loading. */
export async function untilUsable(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.locator('[data-loading]').first().waitFor({ state: 'detached' });
}

/**
 * The people of one test file, each signed in with a key in a browser context of their own; the
 * page errors of all of them are kept, for the test to assert there were none.
 */
export class ConsoleSessions {
  readonly pageErrors: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  constructor(private readonly harness: () => ConsoleHarness) {}

  async signedIn(key: string, language: 'en' | 'zh-Hant', options: { acceptDownloads?: boolean } = {}): Promise<Page> {
    const context = await this.harness().browser.newContext({ viewport: { width: 1280, height: 1000 }, ...options });
    context.setDefaultTimeout(30_000);
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(error.message));
    await signInWithKey(page, this.harness(), key, language);
    return page;
  }

  /** Opens a console address (below /console) and waits until the page is usable. */
  async open(page: Page, path: string, heading: string | RegExp): Promise<void> {
    await page.goto(`${this.harness().base}/console${path}`);
    await untilUsable(page, heading);
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close();
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is now and returns its serious or
 * critical violations. axe is evaluated through the DevTools protocol: an inline script would be
 * refused by the console's CSP (script-src 'self').
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Inside a function: evaluated as a bare expression, the UMD bundle is refused on some pages.
  await page.evaluate(`(() => {\n${axeSource}\n})()`);
  // Not react-aria's live announcer: a pending button announces itself there by reference to its own
  // id (a bare role="img" labelled by the button), left for 7 s after the button may have gone.
  const violations = (await page.evaluate(`axe.run({ exclude: [['[data-live-announcer]']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }).then((result) => result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')),
    })))`)) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Runs in the page: Chinese text where a full-width mark (：。，；！？) is followed by a space and
 * more Chinese ("改動： 新增"): the mark carries its own space. Read from the rendered text, the
 * widget's shadow roots included, so a label and its value in two elements are read together.
 */
export function chineseSpacingFaults(): string[] {
  type Root = { innerText?: string; children: Iterable<Root>; shadowRoot?: Root | null };
  const { document } = globalThis as unknown as {
    document: { body: Root; querySelectorAll(selector: string): Iterable<Root> };
  };
  const texts = [document.body.innerText ?? ''];
  for (const host of document.querySelectorAll('*')) {
    for (const child of host.shadowRoot?.children ?? []) texts.push(child.innerText ?? '');
  }
  const fault = /.{0,12}[：。，；！？] +[\u3400-\u9fff].{0,12}/gu;
  return texts.flatMap((text) => text.match(fault) ?? []);
}

/**
 * Saves a full-page screenshot as a test artefact: e2e/artifacts/<name>.png. The page is read
 * for a space after a full-width mark first: the tests keep one of every Chinese page.
 */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  const faults = await page.evaluate(chineseSpacingFaults);
  if (faults.length > 0) throw new Error(`${name}: a space after a full-width mark: ${faults.join(' | ')}`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A JSON call to the harness's API with an API key, as a script or another system makes it:
 * the parsed body, or an error naming the call and the server's answer.
 */
export function apiCaller(base: string) {
  return async (key: string, method: string, path: string, body?: unknown): Promise<Record<string, unknown>> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
}

/**
 * A person of the demo department with one role and an API key, made by `adminKey` through the API:
 * their id and key.
 */
export async function officerWithKey(
  base: string,
  adminKey: string,
  displayName: string,
  role: string,
): Promise<{ id: string; key: string }> {
  const call = apiCaller(base);
  const user = await call(adminKey, 'POST', '/api/v1/users', { displayName, roles: [role] });
  const key = await call(adminKey, 'POST', '/api/v1/keys', { name: `${role} console`, userId: user.id });
  return { id: String(user.id), key: String(key.key) };
}

/** A file imported into knowledge through the API by `key`'s officer: its source and its draft version. */
export async function importThroughApi(
  base: string,
  key: string,
  fileName: string,
  content: string | Blob,
): Promise<{ source: { id: string }; version: { id: string } }> {
  const form = new FormData();
  form.append('file', typeof content === 'string' ? new Blob([content]) : content, fileName);
  const response = await fetch(`${base}/api/v1/knowledge/sources`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}` },
    body: form,
  });
  if (response.status !== 201) throw new Error(`import ${fileName}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { source: { id: string }; version: { id: string } };
}
