import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCaller,
  chooseByKeyboard,
  chooseLanguage,
  type ConsoleHarness,
  ConsoleSessions,
  HARNESS_START_TIMEOUT,
  keepScreenshot,
  pressOn,
  seriousAxeViolations,
  startConsoleHarness,
  typeInto,
} from './support/console-harness.ts';

/**
 * The guard policy editor in Chromium (a table of actions over the policy's JSON) while another
 * administrator changes the same policy through the API: the officer's save keeps the other's check,
 * and a check both changed is refused, marked and offered as theirs — a page opened before cannot
 * put back what the other saved.
 */

describe('console: a guard policy changed by two administrators at once', { timeout: 90_000 }, () => {
  let h: ConsoleHarness;
  const sessions = new ConsoleSessions(() => h);
  let page: Page;
  const call: ReturnType<typeof apiCaller> = (...args) => apiCaller(h.base)(...args);
  const stored = async () => (await call(h.adminKey, 'GET', '/api/v1/guard/policy')).stored as object | null;
  /** Another administrator's save, made from the policy as they read it. */
  const anotherSaves = async (change: (read: Record<string, unknown>) => object) => {
    const read = ((await stored()) ?? {}) as Record<string, unknown>;
    await call(h.adminKey, 'POST', '/api/v1/guard/policy', { policy: change(read), base: read });
  };
  const box = () => page.getByRole('textbox', { name: 'Policy (JSON)' });
  const boxPolicy = async () => JSON.parse(await box().inputValue()) as unknown;
  const save = () => pressOn(page.getByRole('button', { name: 'Save policy' }));

  beforeAll(async () => {
    h = await startConsoleHarness();
    page = await sessions.signedIn(h.adminKey, 'en');
    await sessions.open(page, '/guard', 'Guard');
    await box().waitFor();
  }, HARNESS_START_TIMEOUT);
  afterAll(async () => {
    await sessions.close();
    await h?.close();
  });

  it("saves the officer's check and keeps the one another administrator saved meanwhile, saying so", async () => {
    expect(await boxPolicy()).toEqual((await stored()) ?? {});
    await anotherSaves((read) => ({ ...read, input: { injection: { action: 'warn' } } }));
    // The page still shows the policy as it was; the officer blocks personal data in answers, in the table.
    const answerPii = page.getByRole('combobox', { name: 'Personal data, Answer (output)' });
    await answerPii.focus();
    await answerPii.selectOption('block');
    expect(await boxPolicy()).toMatchObject({ output: { pii: { action: 'block' } } });
    await save();
    await page.getByRole('status').filter({ hasText: 'Policy saved.' }).waitFor();
    const both = { input: { injection: { action: 'warn' } }, output: { pii: { action: 'block' } } };
    expect(await stored()).toMatchObject(both);
    await expect.poll(boxPolicy).toMatchObject(both);
    await page.getByRole('status').filter({ hasText: 'Someone else changed 1 check of this policy' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('refuses a check both changed, marks it, and saves theirs when the officer takes it', async () => {
    await anotherSaves((read) => ({ ...read, output: { pii: { action: 'drop' } } }));
    const mine = (await boxPolicy()) as Record<string, unknown>;
    await typeInto(box(), JSON.stringify({ ...mine, output: { pii: { action: 'log' } } }));
    await save();
    const alert = page.getByRole('alert').filter({ hasText: 'You changed some of the same checks' });
    await alert.waitFor();
    expect(await box().getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Someone else changed these checks after you opened the policy').count()).toBe(1);
    // The box keeps the officer's setting until they choose; nothing of theirs was overwritten.
    expect(await boxPolicy()).toMatchObject({ output: { pii: { action: 'log' } } });
    expect(await stored()).toMatchObject({ output: { pii: { action: 'drop' } } });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await keepScreenshot(page, 'guard-policy-others-saved');

    await pressOn(alert.getByRole('button', { name: 'Use theirs: Answer (output) · Personal data' }));
    expect(await boxPolicy()).toMatchObject({ output: { pii: { action: 'drop' } } });
    expect(await page.getByRole('combobox', { name: 'Personal data, Answer (output)' }).inputValue()).toBe('drop');
    await save();
    await page.getByRole('status').filter({ hasText: 'Policy saved.' }).waitFor();
    expect(await stored()).toEqual({ input: { injection: { action: 'warn' } }, output: { pii: { action: 'drop' } } });
    expect(sessions.pageErrors).toEqual([]);
  });

  it('sets no action from the table while the JSON does not parse, and says why', async () => {
    const before = await box().inputValue();
    await typeInto(box(), '{ "output": ');
    const answerPii = page.getByRole('combobox', { name: 'Personal data, Answer (output)' });
    expect(await answerPii.isDisabled()).toBe(true);
    await page.getByText('The table can be used again once the JSON below is valid.').waitFor();
    await typeInto(box(), before);
    expect(await answerPii.isDisabled()).toBe(false);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("sets a check's settings in fields, not JSON, and names a score out of range beside its field", async () => {
    const injection = page.getByRole('group', { name: 'Prompt injection, Question (input)' });
    const personalData = page.getByRole('group', { name: 'Personal data, Answer (output)' });
    // Only the checks this level sets have settings here: the others keep the platform's.
    expect(await page.getByRole('group', { name: 'Unsafe links, Answer (output)' }).count()).toBe(0);
    const score = injection.getByRole('spinbutton', { name: 'Act from injection score (0 to 1)' });
    await typeInto(score, '0.4');
    await chooseByKeyboard(personalData.getByRole('checkbox', { name: 'HKID number' }));
    await chooseByKeyboard(personalData.getByRole('checkbox', { name: 'Phone number' }));
    expect(await boxPolicy()).toEqual({
      input: { injection: { action: 'warn', threshold: 0.4 } },
      output: { pii: { action: 'drop', types: ['HKID', 'PHONE'] } },
    });
    await save();
    await page.getByRole('status').filter({ hasText: 'Policy saved.' }).waitFor();
    expect(await stored()).toEqual({
      input: { injection: { action: 'warn', threshold: 0.4 } },
      output: { pii: { action: 'drop', types: ['HKID', 'PHONE'] } },
    });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Out of range: said at once beside the field; saved anyway, the server refuses it there too, not under the box.
    await typeInto(score, '1.5');
    expect(await score.getAttribute('aria-invalid')).toBe('true');
    await injection.getByText('Enter a number from 0 to 1, or leave it empty.').waitFor();
    await save();
    await expect.poll(async () => (await injection.textContent()) ?? '').not.toContain('Enter a number from 0 to 1');
    expect(await score.getAttribute('aria-invalid')).toBe('true');
    expect(await box().getAttribute('aria-invalid')).not.toBe('true');
    await injection.scrollIntoViewIfNeeded();
    await keepScreenshot(page, 'guard-check-settings-refused');
    expect((await stored()) as object).toMatchObject({ input: { injection: { threshold: 0.4 } } });

    // Emptied, the platform's default applies again.
    await score.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await save();
    await page.getByRole('status').filter({ hasText: 'Policy saved.' }).waitFor();
    expect(((await stored()) as { input: object }).input).toEqual({ injection: { action: 'warn' } });

    // In 繁體中文 the settings and the policy in force name the kinds of personal data in words, not codes.
    await chooseLanguage(page, 'zh-Hant');
    await page
      .getByRole('group', { name: '個人資料，回答（輸出）' })
      .getByRole('checkbox', { name: '香港身份證號碼' })
      .waitFor();
    await page.getByRole('cell', { name: '類別：香港身份證號碼及電話號碼' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    // JSON that does not parse is said in Chinese (with its place when the browser gives one), not in the browser's English.
    const chineseBox = page.getByRole('textbox', { name: '政策（JSON）' });
    const kept = await chineseBox.inputValue();
    await typeInto(chineseBox, '{ "output": x }');
    await pressOn(page.getByRole('button', { name: '儲存政策' }));
    await page.getByText(/^這不是有效的 JSON/).waitFor();
    expect(await page.getByText(/Unexpected|Expected/).count()).toBe(0);
    await typeInto(chineseBox, kept);
    expect(sessions.pageErrors).toEqual([]);
  });
});
