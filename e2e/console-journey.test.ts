import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestOidcProvider } from '../src/api/testing/oidc-test-provider.ts';
import { makePdf } from '../src/knowledge/testing/make-files.ts';
import {
  type ConsoleHarness,
  chooseLanguage,
  HARNESS_START_TIMEOUT,
  keepScreenshot,
  seriousAxeViolations,
  startConsoleHarness,
} from './support/console-harness.ts';
import { satisfyGoLiveGateViaApi } from './support/go-live-gate.ts';

/**
 * The whole journey of issue 15 in real Chromium, each person in their own browser context, every
 * officer signed in through a real OpenID Connect provider: the administrator creates a department
 * and two officers; the editor uploads an FAQ sheet and a PDF; the approver reviews and approves
 * them; the editor configures a bot and previews a Cantonese question; the approver publishes it; a
 * citizen on the department's portal asks the widget, gets a cited answer, asks for a person; the
 * editor (also a handoff officer) takes the case, replies and teaches the answer; the citizen sees
 * the reply; the dashboard counts the conversation and the case. Bot pages and the inbox are checked
 * in 繁體中文 and again in English; axe on every page state; a screenshot per step.
 */

const PORTAL = 'http://portal.example.gov.hk';
/** The public name the citizen's browser reaches LionRock at (routed to the harness). */
const LIONROCK = 'http://lionrock.example.gov.hk';
const BOT_ID = 'library-card';
const PDF_TITLE = 'Library opening hours';
const ADMIN = { sub: 'admin-1', email: 'platform.admin@lionrock.example.gov.hk', name: 'Platform Admin' };
const EDITOR = { sub: 'editor-1', email: 'ka.lee@lcsd.example.gov.hk', name: 'Lee Ka Yan' };
const APPROVER = { sub: 'approver-1', email: 'wk.ho@lcsd.example.gov.hk', name: 'Ho Wing Kei' };

// Bilingual FAQ sheet: the citizen's Cantonese question is answered from its first entry.
const FAQ = [
  'id,question,answer',
  'apply-zh,點樣申請圖書證？,帶同香港身份證到任何公共圖書館櫃枱，即可免費申請圖書證。',
  'apply-en,How do I apply for a library card?,Bring your Hong Kong identity card to any public library counter; the card is free.',
  'lost-zh,圖書證唔見咗點算？,請盡快到任何公共圖書館報失，補領圖書證收費港幣二十元。',
  'loan-zh,每次可以借幾多本書？,每張圖書證最多可借八項圖書館資料，借期為十四日。',
].join('\n');

describe('console: the end-to-end journey, from OIDC sign-in to a citizen’s answered handoff', {
  timeout: 120_000,
}, () => {
  let idp: TestOidcProvider;
  let h: ConsoleHarness;
  const contexts: BrowserContext[] = [];
  let admin: Page;
  let editor: Page;
  let approver: Page;
  let citizen: Page;
  let departmentId = '';
  let reference = '';
  const pageErrors: string[] = [];

  const noSeriousViolations = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await h.app.inject({
      method: method as 'GET' | 'POST' | 'PATCH',
      url: path,
      headers: { authorization: `Bearer ${h.adminKey}` },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
    if (response.statusCode >= 300) throw new Error(`${method} ${path}: ${response.statusCode} ${response.body}`);
    return response.json() as Record<string, unknown>;
  };
  const newPage = async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 1000 } });
    // The provider's dev pages import a web font; nothing here may leave the machine.
    await context.route(/fonts\.googleapis\.com/, (route) => route.abort());
    context.setDefaultTimeout(30_000);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };
  /**
   * Signs in from the console's sign-in page with "Sign in with your organisation": the provider's
   * login form (its dev login takes the account's `sub`, any password), then its consent page.
   */
  const signInWithOrganisation = async (page: Page, sub: string, language: 'en' | 'zh-Hant') => {
    await page.goto(`${h.base}/console/sign-in`);
    await page.getByRole('radiogroup', { name: /^(Language|語言)$/ }).waitFor();
    await chooseLanguage(page, language);
    const button = page.getByRole('link', {
      name: language === 'en' ? 'Sign in with your organisation account' : /機構帳戶/,
    });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.getByPlaceholder('Enter any login').fill(sub);
    await page.getByPlaceholder('and password').fill('any');
    await page.getByRole('button', { name: 'Sign-in' }).press('Enter');
    await page.getByRole('button', { name: 'Continue' }).press('Enter');
    await page.getByRole('navigation', { name: language === 'en' ? 'Main navigation' : '主選單' }).waitFor();
    expect(new URL(page.url()).origin).toBe(h.base);
  };
  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: /^(Main navigation|主選單)$/ }).getByRole('link', { name, exact: true });
  const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
  /** Types into a labelled control from the keyboard (select what is there, then type). */
  const typeInto = async (page: Page, name: string, text: string) => {
    await page.getByRole('textbox', { name, exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  };
  const press = async (control: Locator) => {
    await control.focus();
    await control.press('Enter');
  };
  const widget = () => citizen.locator('lionrock-chat');
  const answers = () => widget().getByRole('log').getByRole('article');

  beforeAll(async () => {
    // Loopback redirect URLs match on any port, so the provider can start before the console has one.
    idp = await startOidcProvider({
      accounts: [ADMIN, EDITOR, APPROVER],
      redirectUris: ['http://127.0.0.1/auth/oidc/callback'],
    });
    // No publicUrl: the redirect URL is taken from the request's host, the harness's own address.
    h = await startConsoleHarness({
      oidcIssuer: idp.issuer,
      oidcClientId: idp.clientId,
      ...(idp.clientSecret ? { oidcClientSecret: idp.clientSecret } : {}),
    });
    // 1. Bootstrap (not the journey): the seeded platform admin gets the e-mail the provider vouches for.
    const me = (await api('GET', '/api/v1/me')) as { user: { id: string } };
    await api('PATCH', `/api/v1/users/${me.user.id}`, { email: ADMIN.email });
    admin = await newPage();
  }, HARNESS_START_TIMEOUT);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await h?.close();
    await idp?.close();
  });

  it('2. the admin signs in through OIDC, creates a department and two officers with e-mails', async () => {
    await signInWithOrganisation(admin, ADMIN.sub, 'en');
    await admin.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await noSeriousViolations(admin);
    await keepScreenshot(admin, 'journey-02-admin-signed-in-en');

    await press(nav(admin, 'People and keys'));
    await admin.getByRole('heading', { level: 1, name: 'People and keys' }).waitFor();
    // Tabs by arrow keys, as a keyboard user moves between them.
    await admin.getByRole('tab', { name: 'People', exact: true }).press('ArrowRight');
    await admin.getByRole('tab', { name: 'API keys' }).press('ArrowRight');
    await expect.poll(() => admin.getByRole('tab', { name: 'Departments' }).getAttribute('aria-selected')).toBe('true');
    await press(admin.getByRole('button', { name: 'Create a department' }));
    const departmentDialog = admin.getByRole('dialog', { name: 'Create a department' });
    await departmentDialog.getByRole('textbox', { name: 'Code' }).fill('lcsd');
    await departmentDialog.getByRole('textbox', { name: 'Name in English' }).fill('Leisure and Cultural Services');
    await departmentDialog.getByRole('textbox', { name: 'Name in Chinese' }).fill('康樂及文化事務署');
    // The department's portal embeds the chat widget: the widget answers only on the sites listed here.
    await departmentDialog.getByRole('textbox', { name: 'Web sites that may embed the chatbot' }).fill(PORTAL);
    await departmentDialog.getByRole('spinbutton', { name: /Handoff reply time/ }).fill('24');
    await noSeriousViolations(admin);
    await admin.keyboard.press('Enter');
    await departmentDialog.waitFor({ state: 'detached' });
    await status(admin, 'The department Leisure and Cultural Services was created.').waitFor();

    await admin.getByRole('tab', { name: 'Departments' }).press('ArrowLeft');
    await admin.getByRole('tab', { name: 'API keys' }).press('ArrowLeft');
    await press(admin.getByRole('button', { name: /Department shown/ }));
    await admin.getByRole('option', { name: 'Leisure and Cultural Services', exact: true }).click();
    await admin.getByRole('table', { name: 'People in Leisure and Cultural Services' }).waitFor();
    // The editor also works the handoff inbox; the approver also administers the department (its
    // dashboard needs usage:read, which approvers alone do not have).
    for (const officer of [
      { ...EDITOR, roles: ['Editor', 'Handoff officer'] },
      { ...APPROVER, roles: ['Approver', 'Department administrator'] },
    ]) {
      await press(admin.getByRole('button', { name: 'Add a person' }));
      const dialog = admin.getByRole('dialog', { name: 'Add a person to Leisure and Cultural Services' });
      await dialog.getByRole('textbox', { name: 'Full name' }).fill(officer.name);
      const email = dialog.getByRole('textbox', { name: 'E-mail' });
      await email.fill(officer.email);
      for (const role of officer.roles) {
        await dialog.getByRole('checkbox', { name: role, exact: true }).focus();
        await admin.keyboard.press('Space');
      }
      await email.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await status(admin, `${officer.name} was added.`).waitFor();
    }
    const people = admin.getByRole('table', { name: 'People in Leisure and Cultural Services' });
    await expect(people.getByRole('row', { name: new RegExp(EDITOR.name) }).textContent()).resolves.toContain(
      'Handoff officer',
    );
    await noSeriousViolations(admin);
    await keepScreenshot(admin, 'journey-02-department-and-officers-en');

    const departments = (await api('GET', '/api/v1/departments')) as { items: Array<{ id: string; code: string }> };
    departmentId = departments.items.find((d) => d.code === 'lcsd')?.id ?? '';
    expect(departmentId).not.toBe('');
    const created = (await api('GET', `/api/v1/departments/${departmentId}`)) as { corsOrigins: string[] };
    expect(created.corsOrigins).toEqual([PORTAL]);
  });

  it('3. the editor signs in through OIDC and uploads an FAQ sheet and a PDF', async () => {
    editor = await newPage();
    await signInWithOrganisation(editor, EDITOR.sub, 'en');
    await press(nav(editor, 'Knowledge'));
    await editor.getByRole('heading', { level: 1, name: 'Knowledge sources' }).waitFor();
    await noSeriousViolations(editor);

    const input = editor.getByLabel('File to import');
    let chooser = editor.waitForEvent('filechooser');
    await input.press('Space');
    await (await chooser).setFiles({ name: 'library-card-faq.csv', mimeType: 'text/csv', buffer: Buffer.from(FAQ) });
    await editor.getByText('Chosen: library-card-faq.csv').waitFor();
    await press(editor.getByRole('button', { name: 'Upload and scan' }));
    await status(editor, 'library-card-faq: version 1 is a draft (findings: 0)').waitFor();

    // The PDF maker's standard font has no CJK glyphs: an English document.
    const pdf = await makePdf([
      {
        heading: 'Library opening hours',
        paragraphs: ['Major libraries open from 10 am to 9 pm every day except public holidays.'],
      },
    ]);
    chooser = editor.waitForEvent('filechooser');
    await input.press('Space');
    await (await chooser).setFiles({ name: 'opening-hours.pdf', mimeType: 'application/pdf', buffer: pdf });
    await editor.getByText('Chosen: opening-hours.pdf').waitFor();
    await editor.getByRole('form', { name: 'Upload a file' }).getByLabel('Title (optional)').fill(PDF_TITLE);
    await press(editor.getByRole('button', { name: 'Upload and scan' }));
    await status(editor, `${PDF_TITLE}: version 1 is a draft (findings: 0)`).waitFor();
    for (const title of ['library-card-faq', PDF_TITLE])
      await editor.getByRole('row').filter({ hasText: title }).getByText('In review').waitFor();
    await noSeriousViolations(editor);
    await keepScreenshot(editor, 'journey-03-editor-uploaded-en');
  });

  it('4. the approver signs in through OIDC, reads the findings and the diff, approves both', async () => {
    approver = await newPage();
    await signInWithOrganisation(approver, APPROVER.sub, 'en');
    for (const title of ['library-card-faq', PDF_TITLE]) {
      await press(nav(approver, 'Knowledge'));
      await approver.getByRole('heading', { level: 1, name: 'Knowledge sources' }).waitFor();
      await press(approver.getByRole('row').filter({ hasText: title }).getByRole('link').first());
      await press(approver.getByRole('link', { name: 'Review version 1' }));
      await approver.getByRole('heading', { level: 1, name: `Review: ${title}, version 1` }).waitFor();
      await approver
        .getByRole('region', { name: 'Changes' })
        .getByText('First version of this source: every entry below is new.')
        .waitFor();
      await approver.getByText('The import scan found no personal data, hidden instructions or risky links.').waitFor();
      await noSeriousViolations(approver);
      await keepScreenshot(approver, `journey-04-review-${title.replaceAll(' ', '-')}-en`);
      await press(approver.getByRole('button', { name: 'Approve and publish' }));
      await status(approver, 'Version 1 is published.').waitFor();
      await noSeriousViolations(approver);
    }
  });

  it('5. the editor configures a bot on those sources and previews a Cantonese question (繁體中文, then English); the approver publishes', async () => {
    await chooseLanguage(editor, 'zh-Hant');
    await press(nav(editor, '聊天機械人'));
    await editor.getByRole('heading', { level: 1, name: '聊天機械人' }).waitFor();
    await press(editor.getByRole('link', { name: '新增聊天機械人', exact: true }));
    await editor.getByRole('heading', { level: 1, name: '新增聊天機械人' }).waitFor();
    await typeInto(editor, '聊天機械人編號', BOT_ID);
    await typeInto(editor, '名稱: 繁體中文', '圖書證小幫手');
    await typeInto(editor, '名稱: English', 'Library card helper');
    await typeInto(editor, '問候語: 繁體中文', '你好，有咩關於圖書證可以幫你？');
    await typeInto(editor, '問候語: English', 'Hello, what would you like to know about library cards?');
    for (const title of ['library-card-faq', PDF_TITLE]) {
      const source = editor.getByRole('checkbox', { name: new RegExp(`^${title}`) });
      await source.focus();
      await editor.keyboard.press('Space');
      expect(await source.isChecked()).toBe(true);
    }
    await noSeriousViolations(editor);
    await press(editor.getByRole('button', { name: '建立聊天機械人', exact: true }));
    await editor.getByRole('heading', { level: 1, name: `編輯聊天機械人 ${BOT_ID}` }).waitFor();

    // With a phone number in it, so the guard has a verdict to show (personal data found at input).
    await typeInto(editor, '問題', '我電話係 9123 4567，請問申請圖書證要帶啲咩？');
    await editor.keyboard.press('Enter');
    const passages = editor.getByRole('table', { name: '檢索到的段落（最相關的排先）' });
    await passages.waitFor();
    await expect(passages.textContent()).resolves.toContain('身份證');
    await expect(passages.textContent()).resolves.toContain('達到門檻');
    await editor.getByText(/信心 /).first().waitFor();
    await editor.getByRole('heading', { name: '防護裁定' }).waitFor();
    await expect(editor.getByRole('table', { name: '各階段的防護發現' }).textContent()).resolves.toContain('個人資料');
    // Editors configure; publishing is the approver's (maker-checker: editors lack bot:publish).
    await editor.getByText('此聊天機械人由另一位具審批角色的人員發佈（雙人覆核）。').waitFor();
    expect(await editor.getByRole('button', { name: /^發佈第 \d+ 版$/ }).count()).toBe(0);
    await noSeriousViolations(editor);
    await keepScreenshot(editor, 'journey-05-bot-preview-zh');

    await chooseLanguage(editor, 'en');
    await editor.getByRole('heading', { level: 1, name: `Edit bot ${BOT_ID}` }).waitFor();
    await editor.getByRole('table', { name: 'Passages retrieval found, best first' }).waitFor();
    await editor.getByText('Another person with the approver role publishes this bot (maker-checker).').waitFor();
    await noSeriousViolations(editor);
    await keepScreenshot(editor, 'journey-05-bot-preview-en');

    // The go-live gate is met through the API first (assessment, endorsements, evaluations); the
    // journey will do this in the console's governance pages.
    await satisfyGoLiveGateViaApi(h, BOT_ID);
    // The approver publishes: approvers and department administrators hold bot:publish, editors do not.
    await press(nav(approver, 'Bots'));
    await approver.getByRole('heading', { level: 1, name: 'Bots' }).waitFor();
    await press(approver.getByRole('link', { name: new RegExp(BOT_ID) }).first());
    await approver.getByRole('heading', { level: 1, name: `Edit bot ${BOT_ID}` }).waitFor();
    await press(approver.getByRole('button', { name: 'Publish version 1' }));
    await status(approver, 'Version 1 is published').waitFor();
    await noSeriousViolations(approver);
    await keepScreenshot(approver, 'journey-05-bot-published-en');
    expect((await fetch(`${h.base}/api/v1/bots/${BOT_ID}/public`)).status).toBe(200);
  });

  it('6. a citizen on the department’s portal asks the widget in Cantonese, gets a cited answer, then asks for a person', async () => {
    citizen = await newPage();
    // The citizen reaches LionRock at a public name, as in production: a page on a public origin
    // may not load from a loopback address (Chromium's Private Network Access), so requests to
    // that name are passed on to the harness. CORS stays real: the server's response decides.
    await citizen.context().route(`${LIONROCK}/**`, async (route) => {
      const url = route.request().url().replace(LIONROCK, h.base);
      await route.fulfill({ response: await route.fetch({ url }) });
    });
    await citizen.context().route(`${PORTAL}/**`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-Hant-HK"><head><title>康文署入口網站</title></head><body><main>
<h1>圖書館服務</h1><lionrock-chat bot="${BOT_ID}" lang="zh-Hant"></lionrock-chat></main>
<script src="${LIONROCK}/widget.js"></script></body></html>`,
      }),
    );
    await citizen.goto(`${PORTAL}/library.html`);
    const box = widget().getByRole('textbox', { name: '你的問題' });
    await box.fill('我想申請圖書證，要帶啲咩？');
    await box.press('Enter');
    const answer = answers().first();
    await answer.getByRole('list', { name: '資料來源' }).getByRole('listitem').first().waitFor();
    await expect(answer.getAttribute('data-outcome')).resolves.toBe('answered');
    await expect(answer.textContent()).resolves.toMatch(/身份證.*\[1\]/);
    await noSeriousViolations(citizen);
    await keepScreenshot(citizen, 'journey-06-citizen-answer-zh');

    await box.fill('我想搵真人職員跟進');
    await box.press('Enter');
    const handoff = answers().nth(1);
    await handoff.getByText('已轉交職員跟進').waitFor();
    reference = /參考編號：\s*([\w-]{4,})/.exec((await handoff.textContent()) ?? '')?.[1] ?? '';
    expect(reference.length).toBeGreaterThan(3);
    await noSeriousViolations(citizen);
    await keepScreenshot(citizen, 'journey-06-citizen-handoff-zh');
  });

  it('7. the editor (handoff officer) takes the case, replies and teaches the answer (繁體中文, then English)', async () => {
    await chooseLanguage(editor, 'zh-Hant');
    await press(nav(editor, '轉介收件匣'));
    await editor.getByRole('heading', { level: 1, name: '轉介收件匣' }).waitFor();
    const table = editor.getByRole('table', { name: /轉介個案：未完成/ });
    await table.getByRole('link', { name: reference }).waitFor();
    await noSeriousViolations(editor);
    await keepScreenshot(editor, 'journey-07-inbox-zh');

    await press(table.getByRole('link', { name: reference }));
    await editor.getByRole('heading', { level: 1, name: `個案 ${reference}` }).waitFor();
    await press(editor.getByRole('button', { name: '由我處理' }));
    await status(editor, '你已接手此個案。').waitFor();
    await editor
      .getByRole('textbox', { name: '回覆', exact: true })
      .fill('你可帶同香港身份證到任何公共圖書館櫃枱即時辦理，不收費用。');
    await press(editor.getByRole('button', { name: '發送回覆' }));
    await editor.getByText('已發送回覆，市民現在可以看到。').waitFor();
    // The entry is about what the citizen asked before asking for a person, not the request itself.
    await expect(editor.getByRole('textbox', { name: '條目問題' }).inputValue()).resolves.toBe(
      '我想申請圖書證，要帶啲咩？',
    );
    await press(editor.getByRole('button', { name: '建立草稿條目' }));
    await editor.getByText(/已建立草稿條目（第 \d+ 版），正等候審批人員審批。/).waitFor();
    await noSeriousViolations(editor);
    await keepScreenshot(editor, 'journey-07-case-zh');

    await chooseLanguage(editor, 'en');
    await editor.getByRole('heading', { level: 1, name: `Case ${reference}` }).waitFor();
    await editor
      .getByRole('list', { name: 'Turns of the conversation, oldest first' })
      .getByRole('listitem')
      .filter({ hasText: /^Agent/ })
      .waitFor();
    await noSeriousViolations(editor);
    await keepScreenshot(editor, 'journey-07-case-en');
    await press(editor.getByRole('link', { name: 'Back to the inbox' }));
    await editor.getByRole('heading', { level: 1, name: 'Handoff inbox' }).waitFor();
    // The views are a radio group: arrow keys move from Open to Overdue to Mine.
    await editor.getByRole('radio', { name: 'Open' }).press('ArrowRight');
    await editor.getByRole('radio', { name: 'Overdue' }).press('ArrowRight');
    await expect.poll(() => editor.getByRole('radio', { name: 'Mine' }).isChecked()).toBe(true);
    const mine = editor.getByRole('table', { name: /Handoff cases: Mine/ });
    // Polled: the view may first show what the officer saw before the reply while it reads the queue again.
    await expect.poll(() => mine.getByRole('row').filter({ hasText: reference }).textContent()).toContain('Replied');
    await noSeriousViolations(editor);
    await keepScreenshot(editor, 'journey-07-inbox-en');
  });

  it('8. the citizen sees the reply in the widget', async () => {
    const handoff = answers().nth(1);
    await press(handoff.getByRole('button', { name: '查看職員回覆' }));
    await handoff.getByText(/處理進度：/).waitFor();
    await handoff.getByText(/香港身份證到任何公共圖書館櫃枱即時辦理/).waitFor();
    await noSeriousViolations(citizen);
    await keepScreenshot(citizen, 'journey-08-citizen-reply-zh');
  });

  it('9. the dashboard shows the conversation and the handoff in its numbers', async () => {
    await press(nav(approver, 'Dashboard'));
    await approver.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const figure = (name: string) => approver.locator(`[data-figure="${name}"] dd`);
    // The citizen's two questions: one answered, one a request for a person (previews are not counted).
    await expect.poll(() => figure('questions').textContent(), { timeout: 15_000 }).toBe('2');
    await expect(approver.locator('tr[data-outcome="answered"] td').first().textContent()).resolves.toBe('1');
    await expect(approver.locator('tr[data-outcome="handoff"] td').first().textContent()).resolves.toBe('1');
    await expect(figure('conversations').textContent()).resolves.toBe('1');
    await expect(approver.locator('tr[data-handoffs="opened"] td').textContent()).resolves.toBe('1');
    // The chart of questions per day counts the question handed to staff too (its bars add up to 2).
    await approver.getByRole('img', { name: /2 questions in all, 1 answered, .*1 handed to staff/ }).waitFor();
    await noSeriousViolations(approver);
    await keepScreenshot(approver, 'journey-09-dashboard-en');
    expect(pageErrors).toEqual([]);
  });
});
