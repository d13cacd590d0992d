import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/access/index.ts';
import { buildApp } from '../src/api/index.ts';
import { DEMO_BOTS, seedDemoBots } from '../src/chat/index.ts';
import { configSchema } from '../src/core/index.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/knowledge/testing/render-text-image.ts';
import { openTestStore, type Store } from '../src/store/index.ts';
import { chineseSpacingFaults } from './support/console-harness.ts';

/**
 * The citizen's path through the real server and real Chromium: open /demo, ask the dog-licence bot
 * in Cantonese and in English, follow a citation, give feedback, switch 繁/EN, and get a handoff
 * reference for a question no FAQ answers. Elements are found by role and accessible name, as a
 * screen reader would find them.
 */
describe('chat widget in headless Chromium', () => {
  let store: Store;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base: string;
  const requests: string[] = [];
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  const dogBot = () => page.locator('#bot-demo-dog-licence lionrock-chat');
  const hotlineBot = () => page.locator('#bot-demo-1823 lionrock-chat');
  const botName = (id: string, language: 'zh' | 'en') => {
    const bot = DEMO_BOTS.find((spec) => spec.id === id);
    if (!bot) throw new Error(`no demo bot ${id}`);
    return bot.config.name[language];
  };
  /** Types into the labelled question box and sends with Enter, as a keyboard user would. */
  const ask = async (widget: Locator, label: string, question: string) => {
    const box = widget.getByRole('textbox', { name: label });
    await box.fill(question);
    await box.press('Enter');
  };
  const answers = (widget: Locator) => widget.getByRole('log').getByRole('article');

  beforeAll(async () => {
    const config = configSchema.parse({ logLevel: 'silent', runJobs: false });
    store = await openTestStore();
    await seedDemo(store.db, { keyLifetimeDays: 1 });
    await seedDemoBots(store.db);
    app = await buildApp({ store, config, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${base}/demo`);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it('shows every demo bot as a labelled region with its AI disclosure and greeting', async () => {
    for (const spec of DEMO_BOTS) {
      const widget = page.locator(`#bot-${spec.id} lionrock-chat`);
      const region = widget.getByRole('region', { name: spec.config.name.zh });
      await expect(region.getByRole('heading', { level: 2, name: spec.config.name.zh }).isVisible()).resolves.toBe(
        true,
      );
      await expect(region.getByText(spec.config.disclosure.zh).isVisible()).resolves.toBe(true);
      await expect(region.getByText(spec.config.greeting.zh).isVisible()).resolves.toBe(true);
      await expect(region.getByRole('textbox', { name: '你的問題' }).isVisible()).resolves.toBe(true);
    }
  });

  it('answers a Cantonese question in Traditional Chinese with a citation linking to its source', async () => {
    await ask(dogBot(), '你的問題', '我隻狗要唔要領牌㗎？');
    const answer = answers(dogBot()).first();
    await answer.getByRole('link', { name: /^\[1\] 來源 1：/ }).waitFor();
    await expect(answer.getAttribute('data-outcome')).resolves.toBe('answered');
    await expect(answer.textContent()).resolves.toContain('五個月');
    const href = await answer.getByRole('link', { name: /^\[1\] 來源 1：/ }).getAttribute('href');
    expect(href).toMatch(/^https?:\/\/[^/]*(gov\.hk|pets\.gov\.hk)\//);
    await expect(answer.getByRole('list', { name: '資料來源' }).getByRole('listitem').count()).resolves.toBeGreaterThan(
      0,
    );
    // The new answer lands in a polite live region, so screen readers announce it.
    await expect(dogBot().getByRole('log').getAttribute('aria-live')).resolves.toBe('polite');
  });

  it('records thumbs-down feedback with reasons and confirms it', async () => {
    const feedback = answers(dogBot()).first().getByRole('group', { name: '這個回覆有幫助嗎？' });
    const notHelpful = feedback.getByRole('button', { name: '沒有幫助' });
    await expect(notHelpful.getAttribute('aria-expanded')).resolves.toBe('false');
    await notHelpful.click();
    await expect(notHelpful.getAttribute('aria-expanded')).resolves.toBe('true');
    await feedback.getByRole('checkbox', { name: '不正確' }).check();
    await feedback.getByRole('checkbox', { name: '過時' }).check();
    await feedback.getByRole('textbox', { name: '其他意見（可選）' }).fill('費用好似改咗');
    const sent = page.waitForResponse((response) => response.url().endsWith('/feedback'));
    await feedback.getByRole('button', { name: '提交意見' }).click();
    const response = await sent;
    expect(response.status()).toBe(200);
    expect(response.request().postDataJSON()).toMatchObject({ rating: 'down', reasons: ['incorrect', 'outdated'] });
    await feedback.getByRole('status').getByText('多謝你的意見。').waitFor();
  });

  it('switches to English in place, keeping the conversation, and answers an English question in English', async () => {
    const widget = dogBot();
    await expect(widget.locator('p.status').textContent()).resolves.toBe('已收到回覆。');
    await widget.getByRole('button', { name: 'English' }).click();
    // Everything the widget says follows the switch, the status line under the question box too.
    await expect(widget.locator('p.status').textContent()).resolves.toBe('Answer received.');
    await expect(widget.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await widget.getByRole('heading', { level: 2, name: botName('demo-dog-licence', 'en') }).waitFor();
    await expect(widget.getAttribute('lang')).resolves.toBe('en');
    await expect(answers(widget).count()).resolves.toBe(1);
    await expect(answers(widget).first().getByText('Thank you for your feedback.').isVisible()).resolves.toBe(true);

    await ask(widget, 'Your question', 'How long is a dog licence valid?');
    const answer = answers(widget).nth(1);
    await answer.getByRole('link', { name: /^\[1\] Source 1: .*\(opens in a new window\)$/ }).waitFor();
    await expect(answer.getAttribute('data-outcome')).resolves.toBe('answered');
    await expect(answer.textContent()).resolves.toMatch(/three years/i);
    const helpful = answer.getByRole('button', { name: 'Helpful', exact: true });
    await helpful.click();
    await answer.getByText('Thank you for your feedback.').waitFor();
    await expect(helpful.getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('offers a person for an unanswerable question; on "好" shows the reference and its status', async () => {
    const widget = hotlineBot();
    await ask(widget, '你的問題', '我想喺天台升降私人直升機，要申請乜嘢？');
    await answers(widget).first().getByText('請回覆「好」').waitFor();
    await ask(widget, '你的問題', '好');
    const answer = answers(widget).nth(1);
    await answer.getByText('已轉交職員跟進').waitFor();
    await expect(answer.getAttribute('data-outcome')).resolves.not.toBe('answered');
    // The reference and the handover are said once (the answer states them; the widget does not repeat them).
    const text = (await answer.textContent()) ?? '';
    const reference = /參考編號：\s*([\w-]{4,})/.exec(text)?.[1] ?? '';
    expect(reference.length).toBeGreaterThan(3);
    expect(text.split(reference).length - 1).toBe(1);
    expect(text.split('請記下參考編號').length - 1).toBe(0);
    // A Chinese label's full-width colon carries its own space: none follows it.
    expect(await answer.locator('p.fallback').textContent()).toMatch(/^其他查詢途徑：\S/);
    await answer.getByRole('button', { name: '查看職員回覆' }).click();
    await answer.getByText(/處理進度：/).waitFor();
    expect(await answer.getByText(/處理進度：/).textContent()).toMatch(/^處理進度：\S/);
    expect(await page.evaluate(chineseSpacingFaults)).toEqual([]);
    await expect(answer.textContent()).resolves.toContain('職員尚未回覆');
  });

  it('shows which language is selected (aria-pressed and a visible difference), with names that match the labels', async () => {
    const widget = hotlineBot();
    const chinese = widget.getByRole('button', { name: '繁體中文' });
    const english = widget.getByRole('button', { name: 'English' });
    await expect(chinese.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(english.getAttribute('aria-pressed')).resolves.toBe('false');
    const look = (button: Locator) =>
      button.evaluate((element) => {
        // The test program has no DOM typings: the browser's own getComputedStyle, typed by hand.
        const view = globalThis as unknown as { getComputedStyle(target: unknown): Record<string, string> };
        const style = view.getComputedStyle(element);
        return [style.backgroundColor, style.color, style.fontWeight, style.textDecorationLine].join(' ');
      });
    expect(await look(chinese)).not.toBe(await look(english));
    // WCAG 2.5.3: a control's accessible name holds its visible words; aria-label only where a role reads it.
    const mislabelled = await page.evaluate(`[...document.querySelectorAll('lionrock-chat')].flatMap((host) =>
      [...host.shadowRoot.querySelectorAll('[aria-label]')]
        .filter((element) => {
          const label = element.getAttribute('aria-label');
          const roleless = ['SPAN', 'DIV', 'P'].includes(element.tagName) && !element.hasAttribute('role');
          const seen = (element.textContent ?? '').trim();
          return roleless || (element.matches('button, a') && seen !== '' && !label.includes(seen));
        })
        .map((element) => element.outerHTML.slice(0, 120)))`);
    expect(mislabelled).toEqual([]);
  });

  it('cuts long citation excerpts at a sentence or word boundary, with an ellipsis', async () => {
    const excerpts = await page.locator('lionrock-chat .excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts.filter((text) => text.length >= 190)) {
      expect(excerpt).toMatch(/(^|[\s。！？，、；.!?,;])…$|[\u3400-\u9fff]…$/);
    }
  });

  it('works by keyboard alone, in a sensible focus order, with a visible focus ring', async () => {
    const widget = page.locator('#bot-demo-forms lionrock-chat');
    /** What has focus inside the widget's shadow root, and whether its outline is visible. */
    const focused = () =>
      widget.evaluate(`(() => {
        const active = document.querySelector('#bot-demo-forms lionrock-chat').shadowRoot.activeElement;
        const style = active ? getComputedStyle(active) : null;
        return {
          name: active?.getAttribute('aria-label') ?? active?.textContent ?? '',
          tag: active?.tagName.toLowerCase() ?? '',
          outline: style ? style.outlineStyle + ' ' + style.outlineWidth : '',
        };
      })()`) as Promise<{ name: string; tag: string; outline: string }>;
    await widget.getByRole('button', { name: '繁體中文' }).focus();
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ name: 'English', outline: 'solid 3px' });
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ tag: 'textarea', outline: 'solid 3px' });
    await page.keyboard.type('點樣搵政府表格？');
    await page.keyboard.press('Enter');
    const answer = answers(widget).first();
    await answer.getByRole('link', { name: /^\[1\] 來源 1：/ }).waitFor();
    // Focus stays in the question box after sending, ready for the next question.
    await expect(focused()).resolves.toMatchObject({ tag: 'textarea' });
    await page.keyboard.press('Tab');
    await expect(focused()).resolves.toMatchObject({ name: '發送', outline: 'solid 3px' });
  });

  it('reflows without horizontal scrolling at 200% zoom (a 640 px wide viewport)', async () => {
    await page.setViewportSize({ width: 640, height: 900 });
    const overflow = await page.evaluate(`({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      widgets: [...document.querySelectorAll('lionrock-chat')].map((host) => {
        const panel = host.shadowRoot?.querySelector('section');
        return panel ? panel.scrollWidth - panel.clientWidth : -1;
      }),
    })`);
    expect(overflow).toEqual({ page: 0, widgets: DEMO_BOTS.map(() => 0) });
    await page.setViewportSize({ width: 1280, height: 1000 });
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    // axe-core from node_modules, evaluated in the page through the DevTools protocol: an inline
    // <script> (addScriptTag) would be refused by the demo page's own CSP (script-src 'self').
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const violations = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((result) =>
      result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`)) as {
      impact: string;
    }[];
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  it('on a page whose origin is not allowed, tells the integrator why and the citizen plainly', async () => {
    const other = await browser.newPage();
    const messages: string[] = [];
    other.on('console', (message) => messages.push(message.text()));
    // Another origin (another port) that no department allows: a page served by the test itself.
    const html = `<!doctype html><html lang="en"><title>Embedder</title><main><lionrock-chat bot="demo-1823" lang="en"></lionrock-chat></main><script src="${base}/widget.js"></script>`;
    const embedderServer = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    await new Promise<void>((resolve) => embedderServer.listen(0, '127.0.0.1', resolve));
    const embedder = `http://127.0.0.1:${(embedderServer.address() as AddressInfo).port}`;
    await other.goto(`${embedder}/`);
    const alert = other.locator('lionrock-chat').getByRole('alert');
    await alert.getByText('This chat service is not available on this page.').waitFor();
    await expect(alert.textContent()).resolves.toContain('這個聊天服務未能在此網頁使用。');
    await expect.poll(() => messages.find((text) => text.includes('corsOrigins')) ?? '').toContain(embedder);
    await other.close();
    embedderServer.close();
  });

  it('makes no request outside its own server and breaks no Content-Security-Policy rule', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(base) && !url.startsWith('data:'))).toEqual([]);
    expect(cspViolations).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
