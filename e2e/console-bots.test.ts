import { readFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../src/access/index.ts';
import { extractSource, importIntoKnowledge, reviewVersion } from '../src/knowledge/index.ts';
import { departments, users } from '../src/store/index.ts';
import {
  apiCaller,
  type ConsoleHarness,
  keepScreenshot,
  seriousAxeViolations,
  signInWithKey,
  startConsoleHarness,
} from './support/console-harness.ts';
import { satisfyGoLiveGateViaApi } from './support/go-live-gate.ts';

/**
 * The bots pages in real Chromium, once in English and once in 繁體中文: an administrator creates a
 * bot from the form by keyboard, sees the server refuse a bad threshold beside the field, fixes it,
 * previews a Cantonese question (passages, confidence, guard verdicts), publishes and unpublishes.
 */

const SHARED_SOURCE = 'Dog licence FAQ (all bots)';

const WORDS = {
  en: {
    list: 'Bots',
    newBot: 'New bot',
    botId: 'Bot id',
    name: 'Name',
    greeting: 'Greeting',
    threshold: 'Confidence threshold',
    create: 'Create bot',
    editTitle: (id: string) => `Edit bot ${id}`,
    question: 'Question',
    ask: 'Ask',
    passages: 'Passages retrieval found, best first',
    verdicts: 'Guard findings by stage',
    inputStage: 'Question (input)',
    publish: 'Publish version 1',
    published: 'Version 1 is published',
    unpublish: 'Unpublish',
    unpublished: 'The bot is unpublished',
    filter: 'Filter bots',
    meets: 'meets the threshold',
    piiFinding: 'Personal data',
    questionBlank: 'Type a question to ask the bot.',
  },
  'zh-Hant': {
    list: '聊天機械人',
    newBot: '新增聊天機械人',
    botId: '聊天機械人編號',
    name: '名稱',
    greeting: '問候語',
    threshold: '信心門檻',
    create: '建立聊天機械人',
    editTitle: (id: string) => `編輯聊天機械人 ${id}`,
    question: '問題',
    ask: '提問',
    passages: '檢索到的段落（最相關的排先）',
    verdicts: '各階段的防護發現',
    inputStage: '提問（輸入）',
    publish: '發佈第 1 版',
    published: '第 1 版已發佈',
    unpublish: '取消發佈',
    unpublished: '已取消發佈',
    filter: '篩選聊天機械人',
    meets: '達到門檻',
    piiFinding: '個人資料',
    questionBlank: '請輸入要問聊天機械人的問題。',
  },
} as const;

describe('console: bots pages', () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsoleHarness();
    // A FAQ shared by all the department's bots (the demo FAQs each belong to their demo bot).
    const [department] = await h.store.db.select().from(departments);
    const [approver] = await h.store.db.select().from(users).where(eq(users.email, 'demo.approver@lionrock.invalid'));
    if (!department || !approver) throw new Error('demo seed missing');
    const bytes = await readFile(new URL('../src/chat/demo/faq-dog-licence.jsonl', import.meta.url));
    const content = await extractSource({ type: 'file', file: { fileName: 'shared-dog.jsonl', bytes } });
    const cli = { principal: CLI_PRINCIPAL, requestId: 'e2e' };
    const imported = await importIntoKnowledge(h.store.db, cli, content, {
      departmentId: department.id,
      title: SHARED_SOURCE,
    });
    const principal = { id: approver.id, roles: approver.roles, departmentId: department.id, keyId: null };
    await reviewVersion(h.store.db, { principal, requestId: 'e2e' }, imported.version.id, {
      approve: true,
      override: { reason: 'Demo content reviewed for the end-to-end test' },
    });
    await h.app.lionrock.knowledgeIndex.refresh();
  }, 180_000);
  afterAll(async () => h?.close());

  /** Types into a labelled control from the keyboard (select what is there, then type). */
  const typeInto = async (page: Page, name: string, text: string, role: 'textbox' | 'searchbox' = 'textbox') => {
    const box = page.getByRole(role, { name, exact: true });
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  };
  const press = async (page: Page, role: 'button' | 'link', name: string, key = 'Enter') => {
    const control = page.getByRole(role, { name, exact: true });
    await control.focus();
    await page.keyboard.press(key);
  };

  for (const language of ['en', 'zh-Hant'] as const) {
    it(`creates, previews, publishes and unpublishes a bot by keyboard (${language})`, async () => {
      const w = WORDS[language];
      const botId = `keyboard-bot-${language === 'en' ? 'en' : 'zh'}`;
      const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await signInWithKey(page, h, h.adminKey, language);

      await page.goto(`${h.base}/console/bots`);
      await page.getByRole('heading', { level: 1, name: w.list }).waitFor();
      await page.getByRole('cell', { name: '狗隻牌照示範助手' }).waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      if (language === 'en') await keepScreenshot(page, 'bots-list-en');
      await typeInto(page, w.filter, 'dog licence', 'searchbox');
      await page.getByRole('row').filter({ hasText: 'demo-1823' }).waitFor({ state: 'detached' });

      await press(page, 'link', w.newBot);
      await page.getByRole('heading', { level: 1, name: w.newBot }).waitFor();
      await typeInto(page, w.botId, botId);
      await typeInto(page, `${w.name}: 繁體中文`, '狗牌小幫手');
      await typeInto(page, `${w.name}: English`, 'Dog licence helper');
      await typeInto(page, `${w.greeting}: 繁體中文`, '你好，有咩可以幫你？');
      await typeInto(page, `${w.greeting}: English`, 'Hello, how can I help?');
      const source = page.getByRole('checkbox', { name: new RegExp(`^${SHARED_SOURCE.replace(/[()]/g, '\\$&')}`) });
      await source.focus();
      await page.keyboard.press('Space');
      expect(await source.isChecked()).toBe(true);
      await typeInto(page, w.threshold, '2');
      await press(page, 'button', w.create);

      // The server refuses the threshold; its reason is tied to the field.
      const threshold = page.getByRole('textbox', { name: w.threshold, exact: true });
      await page.locator('[aria-invalid="true"]').first().waitFor();
      // The keyboard user is still on the button they pressed, not thrown back to the top of the page.
      expect(await page.locator(':focus').textContent()).toBe(w.create);
      expect(await threshold.getAttribute('aria-invalid')).toBe('true');
      const describedBy = ((await threshold.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
      const reason = descriptions.join(' | ');
      expect(reason).toMatch(/1/);
      // The problem summary names the field the server refused as the form does, not by its request path.
      await page.getByRole('alert').filter({ hasText: w.threshold }).waitFor();
      expect(await page.getByText('body.config.threshold').count()).toBe(0);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Reloaded (as after signing in again when the session idled out): what was typed is still there.
      await page.reload();
      await page.getByRole('heading', { level: 1, name: w.newBot }).waitFor();
      await expect.poll(() => page.getByRole('textbox', { name: w.botId, exact: true }).inputValue()).toBe(botId);
      expect(await page.getByRole('textbox', { name: `${w.name}: English`, exact: true }).inputValue()).toBe(
        'Dog licence helper',
      );
      expect(await source.isChecked()).toBe(true);
      await typeInto(page, w.threshold, '0.3');
      await press(page, 'button', w.create);
      await page.getByRole('heading', { level: 1, name: w.editTitle(botId) }).waitFor();
      expect(page.url()).toContain(`/console/bots/${botId}`);
      expect(await seriousAxeViolations(page)).toEqual([]);

      // Asked with nothing typed: said beside the box, not silently ignored.
      await page.getByRole('textbox', { name: w.question, exact: true }).press('Enter');
      await page.getByText(w.questionBlank).waitFor();
      // A Cantonese question with a phone number in it: answered from the shared FAQ, the number found at input.
      await typeInto(page, w.question, '我電話係 9123 4567，請問狗隻幾大要領牌？');
      await page.keyboard.press('Enter');
      const passages = page.getByRole('table', { name: w.passages });
      await passages.waitFor();
      expect(await passages.getByRole('row').count()).toBeGreaterThan(1);
      expect(await passages.textContent()).toContain(w.meets);
      const verdicts = page.getByRole('table', { name: w.verdicts });
      await verdicts.waitFor();
      expect(
        await verdicts.getByRole('row', { name: new RegExp(w.inputStage.replace(/[()（）]/g, '.')) }).count(),
      ).toBe(1);
      // The finding in words, not its code.
      expect(await verdicts.textContent()).toContain(w.piiFinding);
      expect(await verdicts.textContent()).not.toContain('pii_found');
      expect(await seriousAxeViolations(page)).toEqual([]);
      await keepScreenshot(page, `bots-editor-preview-${language === 'en' ? 'en' : 'zh'}`);

      // The go-live gate is met through the API (assessment, endorsements, evaluations), then the console publishes.
      await satisfyGoLiveGateViaApi(h, botId);
      await page.reload();
      await page.getByRole('heading', { level: 1, name: w.editTitle(botId) }).waitFor();
      await press(page, 'button', w.publish);
      await page.getByRole('status').filter({ hasText: w.published }).waitFor();
      expect((await fetch(`${h.base}/api/v1/bots/${botId}/public`)).status).toBe(200);
      await press(page, 'button', w.unpublish);
      await page.getByRole('status').filter({ hasText: w.unpublished }).waitFor();
      expect((await fetch(`${h.base}/api/v1/bots/${botId}/public`)).status).toBe(404);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 180_000);
  }
  /** An administrator's API call, as another officer or a script makes it. */
  const api = (method: string, path: string, body?: object) => apiCaller(h.base)(h.adminKey, method, path, body);
  /** A bot made through the API with the least configuration, opened in its editor in English. */
  const openNewBot = async (id: string, name: { zh: string; en: string }) => {
    await api('POST', '/api/v1/bots', {
      id,
      config: {
        name,
        greeting: { zh: '你好', en: 'Hello' },
        disclosure: { zh: '你正與人工智能對話。', en: 'You are talking to AI.' },
        fallback: { zh: '請致電 1823。', en: 'Please call 1823.' },
      },
    });
    const page = await h.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInWithKey(page, h, h.adminKey, 'en');
    await page.goto(`${h.base}/console/bots/${id}`);
    await page.getByRole('heading', { level: 1, name: `Edit bot ${id}` }).waitFor();
    return { page, pageErrors };
  };

  it("keeps another officer's changes saved meanwhile, and lets the officer choose where both changed a field", async () => {
    const { page, pageErrors } = await openNewBot('shared-bot', { zh: '共用助手', en: 'Shared helper' });
    type View = { publishedVersion: number | null; latest: { version: number; config: object } };
    const bot = async () => (await api('GET', '/api/v1/bots/shared-bot')) as unknown as View;
    const latest = async () => (await bot()).latest;
    const field = (name: string) => page.getByRole('textbox', { name, exact: true });

    // Another officer saves version 2 while this one is typing: the English greeting and the rate.
    const theirs = { greeting: { zh: '你好', en: 'Good morning' }, publicRatePerMinute: 45, baseVersion: 1 };
    await api('PATCH', '/api/v1/bots/shared-bot', theirs);
    await typeInto(page, 'Greeting: English', 'Good afternoon');
    await typeInto(page, 'Confidence threshold', '0.5');
    await press(page, 'button', 'Save draft');

    // Nothing is saved, nothing is lost: their rate is in the form, the officer's greeting and threshold kept.
    await page.getByRole('alert').filter({ hasText: 'Someone else saved version 2 of this bot' }).waitFor();
    expect(await field('Anonymous questions per minute').inputValue()).toBe('45');
    await keepScreenshot(page, 'bots-editor-others-saved');
    expect(await field('Greeting: English').inputValue()).toBe('Good afternoon');
    expect(await field('Confidence threshold').inputValue()).toBe('0.5');
    expect((await latest()).version).toBe(2);
    // Beside the pair, and read with it.
    const greeting = page.getByRole('group', { name: 'Greeting', exact: true });
    const describedBy = ((await greeting.getAttribute('aria-describedby')) ?? '').split(' ');
    const descriptions = await Promise.all(
      describedBy.filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions.join(' | ')).toContain('Someone else changed this after you opened the bot');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Reloaded (as after signing in again when the session idled out): all of that is still there.
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'Someone else saved version 2 of this bot' }).waitFor();
    expect(await field('Greeting: English').inputValue()).toBe('Good afternoon');
    expect(await field('Confidence threshold').inputValue()).toBe('0.5');
    expect(await field('Anonymous questions per minute').inputValue()).toBe('45');

    // The officer takes their greeting, and saves: version 3 has theirs and the officer's threshold.
    await press(page, 'button', 'Use theirs: Greeting');
    expect(await field('Greeting: English').inputValue()).toBe('Good morning');
    await press(page, 'button', 'Save draft');
    await page.getByRole('status').filter({ hasText: 'Saved as draft version 3.' }).waitFor();
    expect(await latest()).toMatchObject({
      version: 3,
      config: { greeting: { en: 'Good morning' }, publicRatePerMinute: 45, threshold: 0.5 },
    });

    // A change meanwhile to a field the officer left alone is simply kept, and said so.
    await api('PATCH', '/api/v1/bots/shared-bot', {
      disclosure: { zh: '人工智能回答', en: 'AI answers here.' },
      baseVersion: 3,
    });
    await typeInto(page, 'Confidence threshold', '0.6');
    await press(page, 'button', 'Save draft');
    await page
      .getByRole('status')
      .filter({ hasText: 'Saved as draft version 5, with the changes someone else saved meanwhile.' })
      .waitFor();
    expect(await field('AI disclosure: English').inputValue()).toBe('AI answers here.');
    expect((await latest()).config).toMatchObject({ disclosure: { en: 'AI answers here.' }, threshold: 0.6 });

    // Publishing what the officer was shown: a version saved since is not published unseen.
    await api('PATCH', '/api/v1/bots/shared-bot', { greeting: { zh: '你好', en: 'Hi' }, baseVersion: 5 });
    await press(page, 'button', 'Publish version 5');
    await page
      .getByRole('alert')
      .filter({ hasText: 'This changed after you opened the page: it has a newer version saved.' })
      .waitFor();
    expect((await bot()).publishedVersion).toBeNull();
    await press(page, 'button', 'Show it as it is now');
    await page.getByRole('button', { name: 'Publish version 6', exact: true }).waitFor();
    // The form, which had no unsaved change, now shows that version too.
    await expect.poll(() => field('Greeting: English').inputValue()).toBe('Hi');

    // Changes the officer no longer wants are put back in one press.
    await typeInto(page, 'Confidence threshold', '0.9');
    await press(page, 'button', 'Discard my changes');
    await page
      .getByRole('status')
      .filter({ hasText: 'Your changes were discarded: the form shows version 6.' })
      .waitFor();
    expect(await field('Confidence threshold').inputValue()).toBe('0.6');
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);

  it('overrides the guard for one bot, its settings in fields; a score the server refuses is named beside it', async () => {
    const { page, pageErrors } = await openNewBot('guarded-bot', { zh: '防護助手', en: 'Guarded helper' });

    const action = page.getByRole('combobox', { name: 'Prompt injection, Question (input)' });
    await action.focus();
    await action.selectOption('block');
    const score = page
      .getByRole('group', { name: 'Prompt injection, Question (input)' })
      .getByRole('spinbutton', { name: 'Act from injection score (0 to 1)' });
    await score.focus();
    await page.keyboard.type('1.5');
    await press(page, 'button', 'Save draft');
    // The server's reason is tied to the setting, and not repeated under the table.
    await expect.poll(() => score.getAttribute('aria-invalid')).toBe('true');
    const reasonOf = async () => {
      const ids = ((await score.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
      return (await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(' | ');
    };
    await expect.poll(reasonOf).toContain('must be at most 1');
    expect(await page.locator('.field-error').filter({ hasText: 'must be at most 1' }).count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await score.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('0.3');
    await press(page, 'button', 'Save draft');
    await page.getByRole('status').filter({ hasText: 'Saved as draft version 2.' }).waitFor();
    const saved = (await api('GET', '/api/v1/bots/guarded-bot')) as unknown as { latest: { config: object } };
    expect(saved.latest.config).toMatchObject({
      guardPolicy: { input: { injection: { action: 'block', threshold: 0.3 } } },
    });
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
