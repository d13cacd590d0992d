import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCaller,
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
    await page.getByRole('status').filter({ hasText: 'Someone else changed 1 check(s)' }).waitFor();
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
});
