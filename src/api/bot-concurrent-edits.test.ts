import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, satisfyGoLiveGate } from './test-fixture.ts';

/**
 * Two officers editing one bot (issue 15): a change made from the version the editor showed keeps
 * what another saved meanwhile to other fields, and is refused, with nothing saved, where it would
 * silently undo theirs.
 */

const CONFIG = {
  name: { zh: '狗隻牌照助手', en: 'Dog licence assistant' },
  greeting: { zh: '你好', en: 'Hello' },
  disclosure: { zh: '你正與人工智能對話。', en: 'You are talking to AI.' },
  fallback: { zh: '請致電 1823。', en: 'Please call 1823.' },
};

describe('concurrent edits of a bot', () => {
  let f: Fixture;
  let next = 0;

  /** A new bot at version 1; `id` is returned. */
  const newBot = async () => {
    const id = `edited-${++next}`;
    const created = await f.as('editor', { method: 'POST', url: '/api/v1/bots', payload: { id, config: CONFIG } });
    expect(created.statusCode).toBe(201);
    return id;
  };
  const change = (id: string, payload: object, headers: Record<string, string> = {}) =>
    f.as('editor', { method: 'PATCH', url: `/api/v1/bots/${id}`, payload, headers });

  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  it("keeps another officer's change to another field", async () => {
    const id = await newBot();
    expect((await change(id, { greeting: { zh: '早晨', en: 'Good morning' }, baseVersion: 1 })).statusCode).toBe(200);
    const second = await change(id, { threshold: 0.5, baseVersion: 1 });
    expect(second.statusCode).toBe(200);
    expect(second.json().latest).toMatchObject({
      version: 3,
      config: { greeting: { zh: '早晨', en: 'Good morning' }, threshold: 0.5 },
    });
  });

  it('refuses a change that would undo what another officer saved meanwhile, naming the field, and saves nothing', async () => {
    const id = await newBot();
    await change(id, { greeting: { zh: '早晨', en: 'Good morning' }, baseVersion: 1 });
    const auditBefore = await f.auditCount();
    const refused = await change(id, {
      greeting: { zh: '午安', en: 'Good afternoon' },
      threshold: 0.6,
      baseVersion: 1,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(
      /Version 2, saved after version 1 .* changed greeting too: nothing was saved/,
    );
    expect(refused.json().errors).toEqual([
      {
        field: 'body.greeting',
        code: 'changed_meanwhile',
        message: 'was changed by someone else after you opened it, to another value than yours',
      },
    ]);
    const bot = await f.as('editor', { url: `/api/v1/bots/${id}` });
    expect(bot.json().latest).toMatchObject({
      version: 2,
      config: { greeting: { en: 'Good morning' }, threshold: 0.35 },
    });
    expect(await f.auditCount()).toBe(auditBefore);

    const inChinese = await change(
      id,
      { greeting: { zh: '午安', en: 'Good afternoon' }, baseVersion: 1 },
      {
        'accept-language': 'zh-HK',
      },
    );
    expect(inChinese.json().errors[0].message).toBe('在你開啟後已被其他人改為另一個值');
  });

  it('accepts the same value another officer saved, a change from the latest version, and one without a base', async () => {
    const id = await newBot();
    await change(id, { threshold: 0.5, baseVersion: 1 });
    expect((await change(id, { threshold: 0.5, baseVersion: 1 })).statusCode).toBe(200);
    expect((await change(id, { threshold: 0.55, baseVersion: 3 })).statusCode).toBe(200);
    // Without a base, the fields given replace the current ones, as before.
    const blind = await change(id, { threshold: 0.7 });
    expect(blind.json().latest).toMatchObject({ version: 5, config: { threshold: 0.7 } });
  });

  it('refuses a base version the bot does not have, naming it', async () => {
    const id = await newBot();
    for (const baseVersion of [2, 0, 1.5, 'one']) {
      const refused = await change(id, { threshold: 0.5, baseVersion });
      expect(refused.statusCode, String(baseVersion)).toBe(400);
      expect(refused.json().errors[0].field).toBe('body.baseVersion');
    }
  });

  it('judges the second of two changes sent at once against the first', async () => {
    const id = await newBot();
    const answers = await Promise.all(
      ['早晨', '午安', '晚安'].map((zh) => change(id, { greeting: { zh, en: zh }, baseVersion: 1 })),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409, 409]);
    // Refused as a clash with the first, not as a race lost on the version number.
    for (const refused of answers.filter((answer) => answer.statusCode === 409))
      expect(refused.json().errors).toEqual([
        expect.objectContaining({ field: 'body.greeting', code: 'changed_meanwhile' }),
      ]);
    const bot = await f.as('editor', { url: `/api/v1/bots/${id}` });
    expect(bot.json().latest.version).toBe(2);
  });
  it('publishes only the version the publisher was shown', async () => {
    const id = await newBot();
    const publish = (payload?: object) =>
      f.as('approver', { method: 'POST', url: `/api/v1/bots/${id}/publish`, ...(payload ? { payload } : {}) });
    await change(id, { greeting: { zh: '早晨', en: 'Good morning' }, baseVersion: 1 });
    const unseen = await publish({ version: 1 });
    expect(unseen.statusCode).toBe(409);
    expect(unseen.json().detail).toBe(
      'Version 2 was saved after version 1, which was asked to be published: nothing was published',
    );
    expect(unseen.json().errors).toEqual([
      { field: 'body.version', code: 'newer_version_saved', message: 'has a newer version saved' },
    ]);
    expect((await publish({ version: 3 })).json().errors[0]).toMatchObject({ field: 'body.version', code: 'unknown' });
    expect((await publish({ version: 2, note: 'x' })).json().errors[0]).toMatchObject({ field: 'body.note' });
    await satisfyGoLiveGate(f, f.own, id);
    const version = (await f.as('editor', { url: `/api/v1/bots/${id}` })).json().latest.version;
    const published = await publish({ version });
    expect(published.statusCode).toBe(200);
    expect(published.json().publishedVersion).toBe(version);
    // A second publisher of the same version, a moment later, is told it is published, in their language.
    const again = await f.as('approver', {
      method: 'POST',
      url: `/api/v1/bots/${id}/publish`,
      payload: { version },
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ field: 'status', code: 'already_published', message: '最新版本已經發佈' }]);
  });
});
