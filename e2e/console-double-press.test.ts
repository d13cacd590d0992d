import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  importThroughApi,
  officerWithKey,
  apiCaller,
  type ConsoleHarness,
  ConsoleSessions,
  HARNESS_START_TIMEOUT,
  startConsoleHarness,
  typeInto,
} from './support/console-harness.ts';
import { satisfyGoLiveGateViaApi } from './support/go-live-gate.ts';

/**
 * A form that creates a record or takes a step, pressed twice at once (a double-click, a script, a
 * bouncing key), sends once: the button's pending state reaches the page only after React draws again, so a second press in
 * the same tick would otherwise send again. A bot's id is unique, so its second request was refused and
 * the officer saw "is already used" for the bot just made; an API key has no unique name, so a second,
 * never-shown key was made; a case's second reply was refused as "already replied"; a bot's second
 * publication was refused ("it is published already") and a knowledge draft's second approval ("it
 * has already been approved"), each refusal shown in place of the step just taken.
 */
describe('console: a form pressed twice at once', { timeout: 90_000 }, () => {
  let h: ConsoleHarness;
  const sessions = new ConsoleSessions(() => h);
  const { pageErrors } = sessions;
  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(h.base)(...args);

  beforeAll(async () => {
    h = await startConsoleHarness();
  }, HARNESS_START_TIMEOUT);
  afterAll(async () => {
    await sessions.close();
    await h?.close();
  });

  /** Two clicks in one task, with nothing drawn between them: faster than any person, as a script clicks. */
  const pressTwiceAtOnce = (button: Locator) =>
    // Typed without the DOM library: the e2e files compile for Node.
    button.evaluate((element) => {
      const clickable = element as unknown as { click(): void };
      clickable.click();
      clickable.click();
    });
  /** The requests the page sends to one API path with one method, counted from now on. */
  const countRequests = (page: Page, method: string, path: string) => {
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.method() === method && new URL(request.url()).pathname === path) sent.push(request.url());
    });
    return sent;
  };

  it('creates one bot and opens its editor with the created notice, not "is already used"', async () => {
    const page = await sessions.signedIn(h.adminKey, 'en');
    await sessions.open(page, '/bots/new', 'New bot');
    await typeInto(page.getByRole('textbox', { name: 'Bot id', exact: true }), 'double-pressed-bot');
    await typeInto(page.getByRole('textbox', { name: 'Name: 繁體中文', exact: true }), '雙擊助手');
    await typeInto(page.getByRole('textbox', { name: 'Name: English', exact: true }), 'Double-pressed helper');
    await typeInto(page.getByRole('textbox', { name: 'Greeting: 繁體中文', exact: true }), '你好');
    await typeInto(page.getByRole('textbox', { name: 'Greeting: English', exact: true }), 'Hello');
    const posts = countRequests(page, 'POST', '/api/v1/bots');

    await pressTwiceAtOnce(page.getByRole('button', { name: 'Create bot', exact: true }));
    const editor = page.getByRole('heading', { level: 1, name: 'Edit bot double-pressed-bot' });
    const taken = page.getByText('is already used');
    await editor.or(taken).first().waitFor();
    expect(await taken.count()).toBe(0);
    await editor.waitFor();
    await page.getByRole('status').filter({ hasText: 'Bot double-pressed-bot created as draft version 1.' }).waitFor();
    expect(posts).toHaveLength(1);
    const bots = (await call(h.adminKey, 'GET', '/api/v1/bots')).items as { id: string }[];
    expect(bots.filter((bot) => bot.id === 'double-pressed-bot')).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('creates one API key, the one shown', async () => {
    const page = await sessions.signedIn(h.adminKey, 'en');
    await sessions.open(page, '/people?tab=keys', 'People and keys');
    await page.getByRole('button', { name: 'Create a key', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an API key' });
    await typeInto(dialog.getByRole('textbox', { name: 'Key name' }), 'double-pressed');
    const posts = countRequests(page, 'POST', '/api/v1/keys');

    await pressTwiceAtOnce(dialog.getByRole('button', { name: 'Create', exact: true }));
    const shownOnce = page.getByRole('alertdialog', { name: 'Copy the new key now' });
    const shown = await shownOnce.getByRole('textbox', { name: 'New API key “double-pressed”' }).inputValue();
    expect(posts).toHaveLength(1);
    const keys = (await call(h.adminKey, 'GET', '/api/v1/keys')).items as { name: string; prefix: string }[];
    const made = keys.filter((key) => key.name === 'double-pressed');
    expect(made).toHaveLength(1);
    expect(shown.startsWith(made[0]?.prefix ?? '-')).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('sends one reply to a case, and says it was sent, not "already replied"', async () => {
    // A citizen asks what the demo bot cannot answer and accepts a person; the officer takes the case.
    const unknown = await call('public', 'POST', '/api/v1/bots/demo-1823/ask', {
      question: '我想喺天台升降私人直升機，要點申請？',
    });
    const accepted = await call('public', 'POST', '/api/v1/bots/demo-1823/ask', {
      question: '好',
      sessionId: unknown.sessionId,
    });
    const reference = (accepted.handoff as { reference: string }).reference;
    const cases = (await call(h.adminKey, 'GET', '/api/v1/handoff-cases?limit=100')).items as {
      id: string;
      reference: string;
    }[];
    const id = cases.find((item) => item.reference === reference)?.id ?? '';
    await call(h.adminKey, 'POST', `/api/v1/handoff-cases/${id}/take`);
    const page = await sessions.signedIn(h.adminKey, 'en');
    await sessions.open(page, `/handoffs/${id}`, `Case ${reference}`);
    await typeInto(page.getByRole('textbox', { name: 'Reply', exact: true }), '請向民航處申請。');
    const posts = countRequests(page, 'POST', `/api/v1/handoff-cases/${id}/reply`);

    await pressTwiceAtOnce(page.getByRole('button', { name: 'Send reply', exact: true }));
    await page.getByRole('status').filter({ hasText: 'Reply sent. The citizen can now see it.' }).waitFor();
    expect(posts).toHaveLength(1);
    expect(await page.getByText('already been replied').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  const officerKey = async (displayName: string, role: string) =>
    (await officerWithKey(h.base, h.adminKey, displayName, role)).key;
  const importFile = (key: string, fileName: string, content: string | Blob) =>
    importThroughApi(h.base, key, fileName, content);

  it('publishes a bot once, and says it is published, not "published already"', async () => {
    // A bot answering from the demo dog-licence FAQ (what its golden questions ask), its go-live gate met.
    const editorKey = await officerKey('Editor Yip', 'editor');
    const faq = await readFile(new URL('../src/chat/demo/faq-dog-licence.jsonl', import.meta.url));
    const imported = await importFile(editorKey, 'double-press-dog.jsonl', new Blob([faq]));
    await call(h.adminKey, 'POST', `/api/v1/knowledge/versions/${imported.version.id}/approve`, {
      override: { reason: 'Demo content reviewed for the end-to-end test' },
    });
    await h.app.lionrock.knowledgeIndex.refresh();
    const botId = 'double-published-bot';
    await call(h.adminKey, 'POST', '/api/v1/bots', {
      id: botId,
      config: {
        name: { zh: '雙擊發佈', en: 'Double-published helper' },
        greeting: { zh: '你好', en: 'Hello' },
        disclosure: { zh: '你正與人工智能對話。', en: 'You are talking to AI.' },
        fallback: { zh: '請致電 1823。', en: 'Please call 1823.' },
        sourceIds: [imported.source.id],
      },
    });
    await satisfyGoLiveGateViaApi(h, botId);
    const publications = async () =>
      ((await call(h.adminKey, 'GET', `/api/v1/audit?action=bot.publish&entityId=${botId}`)).items as unknown[]).length;
    const page = await sessions.signedIn(h.adminKey, 'en');
    await sessions.open(page, `/bots/${botId}`, `Edit bot ${botId}`);
    const posts = countRequests(page, 'POST', `/api/v1/bots/${botId}/publish`);

    await pressTwiceAtOnce(page.getByRole('button', { name: 'Publish version 1', exact: true }));
    const published = page.getByRole('status').filter({ hasText: 'Version 1 is published' });
    await published.or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
    await published.waitFor();
    expect(posts).toHaveLength(1);
    expect(await publications()).toBe(1);
    expect(pageErrors).toEqual([]);
  });

  it('approves a knowledge draft once, and says it is published, not "already been approved"', async () => {
    // An editor imports an FAQ sheet with nothing for the scan to find; the administrator approves it.
    const sheet = ['id,question,answer', 'fee,How much is a fishing licence?,There is no fee.'].join('\n');
    const editorKey = await officerKey('Editor Ho', 'editor');
    const { version } = await importFile(editorKey, 'double-approved-faq.csv', new Blob([sheet]));
    const page = await sessions.signedIn(h.adminKey, 'en');
    await sessions.open(page, `/knowledge/versions/${version.id}`, 'Review: double-approved-faq, version 1');
    const posts = countRequests(page, 'POST', `/api/v1/knowledge/versions/${version.id}/approve`);

    await pressTwiceAtOnce(page.getByRole('button', { name: 'Approve and publish', exact: true }));
    const published = page.getByRole('status').filter({ hasText: 'Version 1 is published.' });
    await published.or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
    await published.waitFor();
    expect(posts).toHaveLength(1);
    const detail = await call(h.adminKey, 'GET', `/api/v1/knowledge/versions/${version.id}`);
    expect((detail.version as { status: string }).status).toBe('published');
    expect(pageErrors).toEqual([]);
  });
});
