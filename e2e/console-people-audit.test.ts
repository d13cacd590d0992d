import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsoleHarness,
  chooseLanguage,
  keepScreenshot,
  seriousAxeViolations,
  startConsoleHarness,
  pressOn,
} from './support/console-harness.ts';

/**
 * People and keys, then audit, as the first administrator does them in the browser: a department,
 * two officers, a key shown once and revoked, then the audit trail filtered to the officers'
 * creation, one entry opened, the chain verified. Controls are found by role and accessible name;
 * forms are filled and sent from the keyboard.
 */
describe('console: people and keys, audit', () => {
  let harness: ConsoleHarness;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const failedResponses: string[] = [];

  beforeAll(async () => {
    harness = await startConsoleHarness();
    context = await harness.browser.newContext({
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await harness?.close();
  });

  const noSeriousViolations = async () => expect(await seriousAxeViolations(page)).toEqual([]);
  const status = () => page.locator('main [role="status"].notice');
  /** The audit search's selects, by their label (a select's button is named by its value and its label). */
  const actionSelect = () =>
    page.locator('.select-field', { has: page.getByText(/^(Action|操作)$/) }).getByRole('button');
  const entityTypeSelect = () =>
    page.locator('.select-field', { has: page.getByText(/^(Entity type|對象類別)$/) }).getByRole('button');
  /** Chooses an option of a react-aria Select by keyboard: focus its button, open with Enter, type-select. */
  const choose = async (scope: Page | Locator, label: RegExp, option: string) => {
    await scope.getByRole('button', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  /** The text of everything an element's aria-describedby names: what a screen reader reads after its name. */
  const describedText = async (element: Locator) => {
    const ids = ((await element.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
    return texts.join(' ');
  };
  const apiAs = (key: string) => ({ authorization: `Bearer ${key}` });
  /** As another administrator would, through the API with the admin key: fails the test on a refusal. */
  const adminApi = async <Answer extends object = Record<string, unknown>>(
    method: string,
    path: string,
    body?: object,
  ) => {
    const response = await fetch(`${harness.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${harness.adminKey}`, 'content-type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(response.status, `${method} ${path}`).toBeLessThan(300);
    return (await response.json()) as Answer & { id: string };
  };
  /**
   * The harness's key sign-in, after the sign-in page has rendered: its language switch is looked up
   * without waiting (count()), which races the page's first render.
   */
  const signIn = async (page: Page, key: string) => {
    await page.goto(`${harness.base}/console/sign-in`);
    await page
      .getByRole('radiogroup', { name: /Language|語言/ })
      .waitFor()
      .catch((error: unknown) => {
        throw new Error(`sign-in page did not render: ${failedResponses.join(', ')} ${pageErrors.join(', ')}`, {
          cause: error,
        });
      });
    await chooseLanguage(page, 'en');
    await page.getByLabel('API key', { exact: true }).fill(key);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  };

  it('creates a department, two officers, and a key shown once then revoked (English)', async () => {
    await signIn(page, harness.adminKey);
    await page.getByRole('link', { name: 'People and keys' }).click();
    await page.getByRole('heading', { level: 1, name: 'People and keys' }).waitFor();
    await page.getByRole('table', { name: /People in Demo Department/ }).waitFor();
    await noSeriousViolations();

    // Departments tab, reached with the arrow keys as a keyboard user does.
    await page.getByRole('tab', { name: 'People', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Departments' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Create a department' }).click();
    const departmentDialog = page.getByRole('dialog', { name: 'Create a department' });
    await departmentDialog.waitFor();
    await noSeriousViolations();

    // A code the server refuses: its reason appears beside the field, the dialog stays open.
    await departmentDialog.getByRole('textbox', { name: 'Code' }).fill('Lands Dept');
    await departmentDialog.getByRole('textbox', { name: 'Name in English' }).fill('Lands Department');
    await departmentDialog.getByRole('textbox', { name: 'Name in Chinese' }).fill('地政總署');
    await departmentDialog.getByRole('spinbutton', { name: /Handoff reply time/ }).fill('24');
    await page.keyboard.press('Enter');
    const code = departmentDialog.getByRole('textbox', { name: 'Code' });
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    // The server's reason, shown beside the field and tied to it for assistive technology.
    expect(await describedText(code)).toMatch(/lower-case letters/);
    await noSeriousViolations();
    await code.fill('lands');
    await code.press('Enter');
    await departmentDialog.waitFor({ state: 'detached' });
    await expect.poll(() => status().textContent()).toBe('The department Lands Department was created.');
    const landsRow = page.getByRole('row', { name: /lands/ });
    expect(await landsRow.textContent()).toContain('24 h');

    // People of the new department: two officers with one role each.
    await page.getByRole('tab', { name: 'People', exact: true }).click();
    await choose(page, /Department shown/, 'Lands Department');
    await page.getByRole('table', { name: 'People in Lands Department' }).waitFor();
    for (const officer of [
      { name: 'Chan Tai Man', email: 'tm.chan@lands.example.gov.hk', role: 'Editor' },
      { name: 'Wong Siu Ming', email: 'sm.wong@lands.example.gov.hk', role: 'Approver' },
    ]) {
      await page.getByRole('button', { name: 'Add a person' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a person to Lands Department' });
      await dialog.waitFor();
      const email = dialog.getByRole('textbox', { name: 'E-mail' });
      expect(await dialog.textContent()).toContain('organisation sign-in');
      expect(await describedText(dialog.getByRole('checkbox', { name: 'Editor' }))).toMatch(
        /cannot approve their own drafts/,
      );
      expect(await dialog.getByRole('checkbox', { name: 'Platform administrator' }).count()).toBe(1);
      if (officer.role === 'Editor') {
        await noSeriousViolations();
        // Sent empty first: the server's reasons beside the name and the roles; filled in, it is sent again.
        await dialog.getByRole('button', { name: 'Create', exact: true }).click();
        await expect
          .poll(() => dialog.getByRole('textbox', { name: 'Full name' }).getAttribute('aria-invalid'))
          .toBe('true');
        await dialog.getByText('Choose at least one role.').or(dialog.locator('.field-error')).first().waitFor();
      }
      await dialog.getByRole('textbox', { name: 'Full name' }).fill(officer.name);
      await email.fill(officer.email);
      await dialog.getByRole('checkbox', { name: officer.role }).focus();
      await page.keyboard.press('Space');
      await email.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => status().textContent()).toBe(`${officer.name} was added.`);
    }
    const people = page.getByRole('table', { name: 'People in Lands Department' });
    expect(await people.getByRole('row', { name: /Chan Tai Man/ }).textContent()).toContain('Editor');
    expect(await people.getByRole('row', { name: /Wong Siu Ming/ }).textContent()).toContain('Approver');
    await noSeriousViolations();
    await keepScreenshot(page, 'people-en');

    // A key for the editor: shown once, with a warning and a copy button.
    await page.getByRole('tab', { name: 'API keys' }).click();
    await page.getByRole('button', { name: 'Create a key' }).click();
    const keyDialog = page.getByRole('dialog', { name: 'Create an API key' });
    await keyDialog.waitFor();
    await keyDialog.getByRole('textbox', { name: 'Key name' }).fill('laptop');
    await choose(keyDialog, /Key for/, 'Chan Tai Man');
    await noSeriousViolations();
    await keyDialog.getByRole('button', { name: 'Create', exact: true }).click();
    const shownOnce = page.getByRole('alertdialog', { name: 'Copy the new key now' });
    await shownOnce.waitFor();
    expect(await shownOnce.textContent()).toContain('This is the only time the key is shown');
    const key = await shownOnce.getByRole('textbox', { name: 'New API key “laptop”' }).inputValue();
    expect(key).toMatch(/^lr_/);
    await noSeriousViolations();
    await shownOnce.getByRole('button', { name: 'Copy the key' }).click();
    await expect.poll(() => shownOnce.getByRole('status').textContent()).toBe('The key was copied to the clipboard.');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(key);
    const me = await fetch(`${harness.base}/api/v1/me`, { headers: apiAs(key) });
    expect(((await me.json()) as { user: { displayName: string } }).user.displayName).toBe('Chan Tai Man');
    await shownOnce.getByRole('button', { name: 'I have stored the key' }).click();
    await shownOnce.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(key);

    // Revoke it, after confirming.
    const keys = page.getByRole('table', { name: /API keys of other people/ });
    await keys.getByRole('button', { name: 'Revoke key laptop' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Revoke the key “laptop”?' });
    await confirm.waitFor();
    await noSeriousViolations();
    await confirm.getByRole('button', { name: 'Revoke', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => status().textContent()).toBe('The key “laptop” was revoked.');
    expect(await keys.getByRole('row', { name: /laptop/ }).textContent()).toContain('Revoked');
    expect((await fetch(`${harness.base}/api/v1/me`, { headers: apiAs(key) })).status).toBe(401);
    await noSeriousViolations();
  }, 120_000);

  it('keeps a key whose creation is on its way: Escape and Cancel wait, then the key is shown once (English)', async () => {
    // Closing the dialog then would not take the request back, only lose the one time the key is shown.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sent = () => {};
    const seen = new Promise<void>((resolve) => {
      sent = resolve;
    });
    await page.route('**/api/v1/keys', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      sent();
      await held;
      await route.continue();
    });
    try {
      await page.getByRole('button', { name: 'Create a key' }).click();
      const keyDialog = page.getByRole('dialog', { name: 'Create an API key' });
      await keyDialog.getByRole('textbox', { name: 'Key name' }).fill('desktop');
      await keyDialog.getByRole('button', { name: 'Create', exact: true }).click();
      await seen;
      await keyDialog.getByRole('textbox', { name: 'Key name' }).press('Escape');
      // As a mouse user would press it, greyed out or not.
      await keyDialog.getByRole('button', { name: 'Cancel' }).click({ force: true });
      expect(await keyDialog.getByRole('button', { name: 'Cancel' }).isDisabled()).toBe(true);
      release();
      const shownOnce = page.getByRole('alertdialog', { name: 'Copy the new key now' });
      await shownOnce.waitFor({ timeout: 10_000 });
      expect(await shownOnce.getByRole('textbox', { name: 'New API key “desktop”' }).inputValue()).toMatch(/^lr_/);
      await shownOnce.getByRole('button', { name: 'I have stored the key' }).click();
      await shownOnce.waitFor({ state: 'detached' });
    } finally {
      release();
      await page.unroute('**/api/v1/keys');
    }
  });

  it('shows the people page in 繁體中文', async () => {
    await chooseLanguage(page, 'zh-Hant');
    await page.getByRole('tab', { name: '人員', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '人員及金鑰' }).waitFor();
    const people = page.getByRole('table', { name: '地政總署的人員' });
    await people.waitFor();
    expect(await people.getByRole('row', { name: /Chan Tai Man/ }).textContent()).toContain('編輯');
    expect(await people.getByRole('row', { name: /Wong Siu Ming/ }).textContent()).toContain('審批人');
    await noSeriousViolations();
    await keepScreenshot(page, 'people-zh');

    await page.getByRole('button', { name: '新增人員' }).click();
    const dialog = page.getByRole('dialog', { name: '新增人員至地政總署' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('機構帳戶登入時');
    expect(await dialog.getByRole('checkbox', { name: '轉介處理人員' }).count()).toBe(1);
    await noSeriousViolations();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await chooseLanguage(page, 'en');
  }, 60_000);

  it('finds the officers’ creation in the audit trail, opens an entry, and shows the chain verified', async () => {
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    const verdict = page.getByRole('status').filter({ hasText: 'Verified' });
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/Verified all \d+ entries are intact and linked\./);
    expect(await verdict.textContent()).toContain('Not anchored');
    await page.getByRole('table', { name: /Audit entries/ }).waitFor();
    await noSeriousViolations();

    // The action is chosen, not typed: the select offers the actions the trail holds, each in words with
    // its count and its code beneath. By keyboard: Enter opens it, typing the code's start moves to it,
    // Enter chooses it.
    const action = actionSelect();
    await action.focus();
    await page.keyboard.press('Enter');
    const listbox = page.getByRole('listbox');
    await listbox.waitFor();
    expect(await listbox.getByRole('option').first().textContent()).toBe('Any action');
    const revoked = listbox.getByRole('option', { name: 'Revoked an API key (1 entry) api_key.revoke', exact: true });
    expect(await revoked.count()).toBe(1);
    expect(await revoked.textContent()).toBe('Revoked an API key (1 entry) api_key.revoke');
    await noSeriousViolations();
    await page.keyboard.type('user.create');
    await expect
      .poll(() => page.locator('[role="option"][data-focused]').textContent())
      .toMatch(/^Added a person \(\d+ entries\) user\.create$/);
    await page.keyboard.press('Enter');
    await listbox.waitFor({ state: 'detached' });
    const chosen = (await action.textContent()) ?? '';
    const counted = Number(/^Added a person \((\d+) entries\) user\.create/.exec(chosen)?.[1]);
    expect(counted).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('action')).toBe('user.create');
    const table = page.getByRole('table', { name: /Audit entries/ });
    // Every row shown is a user.create, in words and by code, the two officers' among them, as many as the choice counted.
    const actionCells = () => table.locator('tbody tr td:nth-child(3)').allTextContents();
    await expect
      .poll(async () => {
        const actions = await actionCells();
        return actions.length === counted && actions.every((action) => action === 'Added a person user.create');
      })
      .toBe(true);
    // A day is typed in Hong Kong order (day, month, year), whatever the browser's own locale is.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong' }).format(new Date());
    const [year, month, day] = today.split('-');
    await page.getByRole('group', { name: 'From (date)' }).getByRole('spinbutton', { name: /^day/ }).click();
    await page.keyboard.type(`${day}${month}${year}`);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(today);
    await expect.poll(async () => (await actionCells()).length >= 2).toBe(true);
    await noSeriousViolations();
    await keepScreenshot(page, 'audit-en');

    // The newest user.create is Wong Siu Ming's, the approver: the entry names the person as it names who acted.
    const newest = table.locator('tbody tr').first();
    await expect(newest.locator('td').nth(2).textContent()).resolves.toMatch(
      /^Person Wong Siu Ming user [0-9a-f-]{36}$/,
    );
    const seq = (await newest.getByRole('rowheader').textContent())?.trim();
    await newest.getByRole('link', { name: `Open entry ${seq}` }).click();
    await page.getByRole('heading', { level: 1, name: `Audit entry ${seq}` }).waitFor();
    const changes = page.getByRole('table', { name: 'Fields before and after the change' });
    // The trail keeps names masked (personal data); the approver's role is there in clear.
    const rolesRow = changes.getByRole('row', { name: /roles\.0/ });
    expect(await rolesRow.textContent()).toContain('"approver"');
    expect(await rolesRow.textContent()).toContain('Added');
    expect(await changes.getByRole('row', { name: /displayName/ }).textContent()).toMatch(/"W\*+"/);
    const hashes = await page.locator('dl.audit-fields code.audit-hash').allTextContents();
    expect(hashes).toHaveLength(2);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Unchanged fields stay hidden until asked for: a switch, flipped with Space.
    const showUnchanged = page.getByRole('switch', { name: 'Show unchanged fields' });
    await showUnchanged.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => showUnchanged.isChecked()).toBe(true);
    await noSeriousViolations();
    await keepScreenshot(page, 'audit-entry-en');

    await page.getByRole('link', { name: 'Back to the audit trail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    await expect.poll(() => actionSelect().textContent()).toMatch(/^Added a person \(\d+ entries\) user\.create/);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('keeps and applies a code from an old link that the trail does not hold, and counts in 繁體中文', async () => {
    await page.goto(`${harness.base}/console/audit?action=user.crate&entityType=user`);
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    // Shown as chosen, with no entries, and applied: the search finds nothing rather than everything.
    await expect.poll(() => actionSelect().textContent()).toMatch(/^user\.crate \(0 entries\)/);
    await expect.poll(() => entityTypeSelect().textContent()).toMatch(/^Person \(\d+ entries\) user/);
    await page.getByText('No entries match the search.').waitFor();
    await noSeriousViolations();
    // So is a person the department's list does not hold (an old link, someone since moved).
    const stranger = '00000000-0000-4000-8000-000000000000';
    await page.goto(`${harness.base}/console/audit?actorId=${stranger}`);
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();
    const actorSelect = page.locator('.select-field', { has: page.getByText(/^Who acted$/) }).getByRole('button');
    await expect.poll(() => actorSelect.textContent()).toMatch(`Not listed here: ${stranger}`);
    await page.getByText('No entries match the search.').waitFor();
    await page.goto(`${harness.base}/console/audit?action=user.crate&entityType=user`);
    await page.getByRole('heading', { level: 1, name: 'Audit' }).waitFor();

    await chooseLanguage(page, 'zh-Hant');
    await page.getByRole('heading', { level: 1, name: '審計' }).waitFor();
    await expect.poll(() => actionSelect().textContent()).toMatch(/^user\.crate（0 項記錄）/);
    await pressOn(actionSelect());
    await page.getByRole('listbox').waitFor();
    expect(await page.getByRole('option').first().textContent()).toBe('任何操作');
    const created = page.getByRole('option', { name: /^新增人員（\d+ 項記錄） user\.create$/ });
    expect(await created.count()).toBe(1);
    expect(await created.textContent()).toMatch(/^新增人員（\d+ 項記錄） user\.create$/);
    await noSeriousViolations();
    await keepScreenshot(page, 'audit-facets-zh');
    await page.getByRole('option', { name: '任何操作' }).click();
    await page.getByRole('button', { name: '搜尋' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('action')).toBeNull();
    expect(new URL(page.url()).searchParams.get('entityType')).toBe('user');
    await page.getByRole('table', { name: /審計記錄/ }).waitFor();
    await chooseLanguage(page, 'en');

    // A long code wraps inside its select rather than widen the page (reflow at 320 CSS pixels).
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      await page.goto(`${harness.base}/console/audit?action=knowledge_source.withdrawal_request_reviewed_by_approver`);
      await expect.poll(() => actionSelect().textContent()).toMatch(/^knowledge_source\.withdrawal_request/);
      const overflow = 'document.documentElement.scrollWidth - document.documentElement.clientWidth';
      expect(Number(await page.evaluate(overflow))).toBe(0);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('shows an approver only their own keys: no people, departments or audit', async () => {
    const admin = { authorization: `Bearer ${harness.adminKey}`, 'content-type': 'application/json' };
    const users = (await (await fetch(`${harness.base}/api/v1/users`, { headers: admin })).json()) as {
      items: Array<{ id: string; email: string | null }>;
    };
    const approver = users.items.find((user) => user.email === 'sm.wong@lands.example.gov.hk');
    expect(approver).toBeDefined();
    const created = await fetch(`${harness.base}/api/v1/keys`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ name: 'console', userId: approver?.id }),
    });
    const { key } = (await created.json()) as { key: string };
    const approverContext = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const approverPage = await approverContext.newPage();
      await signIn(approverPage, key);
      await approverPage.getByRole('link', { name: 'People and keys' }).click();
      await approverPage.getByRole('table', { name: 'Your API keys' }).waitFor();
      expect(await approverPage.getByRole('tab').allTextContents()).toEqual(['API keys']);
      expect(await approverPage.getByRole('button', { name: 'Add a person' }).count()).toBe(0);
      expect(await approverPage.getByRole('button', { name: /Department shown/ }).count()).toBe(0);
      expect(await approverPage.getByRole('table', { name: /API keys of other people/ }).count()).toBe(0);
      expect(await approverPage.getByRole('link', { name: 'Audit' }).count()).toBe(0);
      expect(await approverPage.getByRole('button', { name: 'Create a key' }).count()).toBe(1);
      const own = approverPage.getByRole('table', { name: 'Your API keys' });
      expect(await own.getByRole('row', { name: /console/ }).textContent()).toContain('Active');
      expect(await seriousAxeViolations(approverPage)).toEqual([]);
    } finally {
      await approverContext.close();
    }
  }, 60_000);

  it('keeps a role another administrator granted, and an origin they withdrew, while the dialogs were open (English)', async () => {
    const person = await adminApi('POST', '/api/v1/users', { displayName: 'Chan Tai Man', roles: ['approver'] });
    await page.goto(`${harness.base}/console/people`);
    await page.getByRole('heading', { level: 1, name: 'People and keys' }).waitFor();
    await pressOn(page.getByRole('button', { name: 'Edit Chan Tai Man' }));
    const dialog = page.getByRole('dialog', { name: 'Edit Chan Tai Man' });
    await dialog.waitFor();
    // Another administrator makes them a reviewer too, while this dialog is open.
    await adminApi('PATCH', `/api/v1/users/${person.id}`, {
      roles: ['approver', 'reviewer'],
      base: { roles: ['approver'] },
    });
    await pressOn(dialog.getByRole('checkbox', { name: 'Auditor' }), 'Space');
    await pressOn(dialog.getByRole('button', { name: 'Save' }));
    await status().filter({ hasText: 'Chan Tai Man was saved. Roles now:' }).waitFor();
    expect(await status().textContent()).toMatch(/Approver.*Reviewer.*Auditor|Approver.*Auditor.*Reviewer/);
    const saved = await adminApi<{ roles: string[] }>('GET', `/api/v1/users/${person.id}`);
    expect([...saved.roles].sort()).toEqual(['approver', 'auditor', 'reviewer']);

    // A department's dialog, while another administrator withdraws one of its web origins.
    const A = 'https://a.example.gov.hk';
    const B = 'https://b.example.gov.hk';
    const department = await adminApi('POST', '/api/v1/departments', {
      code: 'marine',
      nameEn: 'Marine Department',
      nameZh: '海事處',
      corsOrigins: [A, B],
    });
    await page.goto(`${harness.base}/console/people`);
    await pressOn(page.getByRole('tab', { name: 'Departments' }));
    await pressOn(page.getByRole('button', { name: 'Edit Marine Department' }));
    const edit = page.getByRole('dialog', { name: 'Edit Marine Department' });
    await edit.waitFor();
    await adminApi('PATCH', `/api/v1/departments/${department.id}`, {
      corsOrigins: [A],
      base: { corsOrigins: [A, B] },
    });
    const name = edit.getByRole('textbox', { name: 'Name in English' });
    await name.fill('Marine Department (HK)');
    await pressOn(edit.getByRole('button', { name: 'Save' }));
    await status().filter({ hasText: 'was saved' }).waitFor();
    expect(await adminApi('GET', `/api/v1/departments/${department.id}`)).toMatchObject({
      nameEn: 'Marine Department (HK)',
      corsOrigins: [A],
    });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('keeps what another administrator changed of a person while the dialog was open, and offers theirs where both changed (English)', async () => {
    const person = await adminApi('POST', '/api/v1/users', {
      displayName: 'Lee Siu Ming',
      email: 'sm.lee@example.gov.hk',
      roles: ['editor'],
    });
    const read = { displayName: 'Lee Siu Ming', email: 'sm.lee@example.gov.hk', status: 'active' };
    await page.goto(`${harness.base}/console/people`);
    await page.getByRole('heading', { level: 1, name: 'People and keys' }).waitFor();
    await pressOn(page.getByRole('button', { name: 'Edit Lee Siu Ming' }));
    const dialog = page.getByRole('dialog', { name: 'Edit Lee Siu Ming' });
    await dialog.waitFor();
    const name = dialog.getByRole('textbox', { name: 'Full name' });
    const email = dialog.getByRole('textbox', { name: 'E-mail' });
    expect(await email.inputValue()).toBe('sm.lee@example.gov.hk');
    // Another administrator disables them (an incident) and corrects the e-mail, while this dialog is open.
    await adminApi('PATCH', `/api/v1/users/${person.id}`, {
      status: 'disabled',
      email: 'siuming.lee@example.gov.hk',
      base: read,
    });
    // Here: a new name, and another e-mail: both changed the e-mail.
    await name.fill('Lee Siu-ming');
    await email.fill('lee.sm@example.gov.hk');
    await pressOn(dialog.getByRole('button', { name: 'Save' }));
    const clash = dialog.getByRole('alert').filter({ hasText: 'You changed some of the same fields' });
    await clash.waitFor();
    expect(await clash.textContent()).toContain('Someone else changed 1 detail of this person');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(email)).toContain('Someone else changed this after you opened the dialog');
    expect(await name.inputValue()).toBe('Lee Siu-ming');
    await noSeriousViolations();
    await keepScreenshot(page, 'people-person-changed-meanwhile-en');
    await pressOn(clash.getByRole('button', { name: 'Use theirs: E-mail' }));
    expect(await email.inputValue()).toBe('siuming.lee@example.gov.hk');
    expect(await name.inputValue()).toBe('Lee Siu-ming');
    await pressOn(dialog.getByRole('button', { name: 'Save' }));
    await status().filter({ hasText: 'Lee Siu-ming was saved.' }).waitFor();
    // Theirs kept (still disabled, their e-mail), and this dialog's own change made.
    expect(await adminApi('GET', `/api/v1/users/${person.id}`)).toMatchObject({
      displayName: 'Lee Siu-ming',
      email: 'siuming.lee@example.gov.hk',
      status: 'disabled',
      roles: ['editor'],
    });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('offers another administrator’s department setting where both changed, keeping the other edits (繁體中文)', async () => {
    const department = await adminApi('POST', '/api/v1/departments', {
      code: 'water',
      nameEn: 'Water Supplies Department',
      nameZh: '水務處',
      handoffSlaHours: 48,
    });
    await page.goto(`${harness.base}/console/people`);
    await chooseLanguage(page, 'zh-Hant');
    await page.getByRole('heading', { level: 1, name: '人員及金鑰' }).waitFor();
    await pressOn(page.getByRole('tab', { name: '部門' }));
    await pressOn(page.getByRole('button', { name: '編輯 水務處' }));
    const edit = page.getByRole('dialog', { name: '編輯 水務處' });
    await edit.waitFor();
    // Another administrator renames it in Chinese while this dialog is open.
    await adminApi('PATCH', `/api/v1/departments/${department.id}`, { nameZh: '水務署', base: { nameZh: '水務處' } });
    const nameZh = edit.getByRole('textbox', { name: '中文名稱' });
    await nameZh.fill('香港水務處');
    await edit.getByRole('spinbutton', { name: /轉介回覆時限/ }).fill('36');
    await pressOn(edit.getByRole('button', { name: '儲存' }));
    const clash = edit.getByRole('alert').filter({ hasText: '你亦更改了其中部分相同的欄位' });
    await clash.waitFor();
    await expect.poll(() => nameZh.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(nameZh)).toContain('你開啟對話框後，其他人更改了此欄');
    await noSeriousViolations();
    await keepScreenshot(page, 'people-department-changed-meanwhile-zh');
    await pressOn(clash.getByRole('button', { name: '採用對方的數值：中文名稱' }));
    expect(await nameZh.inputValue()).toBe('水務署');
    expect(await edit.getByRole('spinbutton', { name: /轉介回覆時限/ }).inputValue()).toBe('36');
    await pressOn(edit.getByRole('button', { name: '儲存' }));
    await status().filter({ hasText: '已儲存部門 水務署。' }).waitFor();
    expect(await adminApi('GET', `/api/v1/departments/${department.id}`)).toMatchObject({
      nameEn: 'Water Supplies Department',
      nameZh: '水務署',
      handoffSlaHours: 36,
    });
    await chooseLanguage(page, 'en');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
