import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './test-fixture.ts';

/**
 * Two administrators changing one setting at once (issue 15): a change made from what the editor
 * read keeps what the other saved meanwhile, and never puts back what they removed.
 */

let f: Fixture;

beforeAll(async () => {
  f = await createFixture();
  for (const name of ['alpha', 'beta', 'gamma']) {
    const added = await f.as('platform_admin', {
      method: 'POST',
      url: '/api/v1/gateway/providers',
      payload: { name, baseUrl: 'http://127.0.0.1:9/v1', models: ['m1', 'm2'] },
    });
    expect(added.statusCode).toBe(201);
  }
});
afterAll(async () => f.close());

describe("a department's model allow-list", () => {
  const url = () => `/api/v1/gateway/allowlist/${f.own.department.id}`;
  const put = (payload: object) => f.as('platform_admin', { method: 'PUT', url: url(), payload });
  const listed = async () =>
    ((await f.as('platform_admin', { url: url() })).json().entries as { provider: string; model: string }[]).map(
      (entry) => `${entry.provider}/${entry.model}`,
    );
  const entries = (...names: string[]) =>
    names.map((name) => {
      const [provider = '', model = ''] = name.split('/');
      return { provider, model };
    });

  it('with the list as read, neither puts back an entry another removed nor drops one another added', async () => {
    expect((await put({ entries: entries('alpha/m1', 'beta/*') })).statusCode).toBe(200);
    const read = entries('alpha/m1', 'beta/*');
    // Another administrator withdraws beta and allows gamma.
    expect((await put({ entries: entries('alpha/m1', 'gamma/m2'), base: read })).statusCode).toBe(200);
    // The first, from the list as they read it, adds alpha/m2.
    const saved = await put({ entries: entries('alpha/m1', 'beta/*', 'alpha/m2'), base: read });
    expect(saved.statusCode).toBe(200);
    const expected = ['alpha/m1', 'alpha/m2', 'gamma/m2'];
    expect(saved.json().entries.map((e: { provider: string; model: string }) => `${e.provider}/${e.model}`)).toEqual(
      expected,
    );
    expect(await listed()).toEqual(expected);
  });

  it('keeps who added an entry, and when, through later changes', async () => {
    await put({ entries: entries('alpha/m1') });
    const first = (await f.as('platform_admin', { url: url() })).json().entries[0];
    const saved = await put({ entries: entries('alpha/m1', 'beta/m1'), base: entries('alpha/m1') });
    expect(saved.json().entries[0]).toEqual(first);
  });

  it('without the list as read, replaces it, as before', async () => {
    await put({ entries: entries('alpha/m1', 'beta/*') });
    expect((await put({ entries: entries('gamma/m1') })).statusCode).toBe(200);
    expect(await listed()).toEqual(['gamma/m1']);
  });

  it('takes concurrent changes one at a time, so each keeps the others, even two adding the same entry', async () => {
    await put({ entries: entries('beta/m1') });
    const adds = ['alpha/m1', 'alpha/m2', 'alpha/m1', 'gamma/m1', 'alpha/m2', 'gamma/m2'];
    const answers = await Promise.all([
      ...adds.map((name) => put({ entries: entries('beta/m1', name), base: entries('beta/m1') })),
      put({ entries: [], base: entries('beta/m1') }),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([...adds, 'removal'].map(() => 200));
    expect(await listed()).toEqual(['alpha/m1', 'alpha/m2', 'gamma/m1', 'gamma/m2']);
  });

  it('names a bad entry of the list as read by its position, and saves nothing', async () => {
    await put({ entries: entries('alpha/m1') });
    const refused = await put({ entries: entries('alpha/m1'), base: [{ provider: 'alpha', model: 'bad model!' }] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('body.base.0.model');
    expect(await listed()).toEqual(['alpha/m1']);
  });
});

describe("a department's guard policy", () => {
  const put = (payload: object, headers: Record<string, string> = {}) =>
    f.as('dept_admin', { method: 'POST', url: '/api/v1/guard/policy', payload, headers });
  const stored = async () => (await f.as('dept_admin', { url: '/api/v1/guard/policy' })).json().stored;
  const MASK = { output: { pii: { action: 'mask' } } };

  it('keeps the check another administrator set meanwhile when saving another', async () => {
    expect((await put({ policy: MASK })).statusCode).toBe(200);
    const read = await stored();
    // Another administrator makes injections in questions warn only.
    const theirs = { ...read, input: { injection: { action: 'warn' } } };
    expect((await put({ policy: theirs, base: read })).statusCode).toBe(200);
    // The first, from the policy as they read it, blocks personal data in answers.
    const saved = await put({ policy: { output: { pii: { action: 'block' } } }, base: read });
    expect(saved.statusCode).toBe(200);
    const expected = { input: { injection: { action: 'warn' } }, output: { pii: { action: 'block' } } };
    expect(saved.json().policy).toEqual(expected);
    expect(await stored()).toEqual(expected);
  });

  it('refuses a check both changed, naming it in the asker’s language, and saves nothing', async () => {
    await put({ policy: MASK });
    const read = await stored();
    await put({ policy: { output: { pii: { action: 'drop' } } }, base: read });
    const auditBefore = await f.auditCount();
    const refused = await put({ policy: { output: { pii: { action: 'block' } } }, base: read });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toEqual([
      {
        field: 'body.policy.output.pii',
        code: 'changed_meanwhile',
        message: 'was changed by someone else after you opened it, to another value than yours',
      },
    ]);
    const inChinese = await put(
      { policy: { output: { pii: { action: 'block' } } }, base: read },
      { 'accept-language': 'zh-HK' },
    );
    expect(inChinese.json().errors[0].message).toBe('在你開啟後已被其他人改為另一個值');
    expect(await stored()).toEqual({ output: { pii: { action: 'drop' } } });
    expect(await f.auditCount()).toBe(auditBefore);
  });

  it('removes a check the editor removed, and keeps one removed meanwhile removed', async () => {
    const both = { input: { injection: { action: 'warn' } }, output: { pii: { action: 'mask' } } };
    await put({ policy: both });
    const read = await stored();
    await put({ policy: { output: { pii: { action: 'mask' } } }, base: read });
    const saved = await put({ policy: { input: { injection: { action: 'warn' } } }, base: read });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().policy).toEqual({});
  });

  it('takes a first policy from an editor who read none, and refuses a base that is not a policy', async () => {
    const bot = { botId: 'policy-bot' };
    expect((await put({ ...bot, policy: MASK, base: null })).statusCode).toBe(200);
    const clash = await put({ ...bot, policy: { output: { pii: { action: 'log' } } }, base: null });
    expect(clash.statusCode).toBe(409);
    const bad = await put({ ...bot, policy: MASK, base: { output: { pii: { action: 'explode' } } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.base.output.pii.action');
  });
});

describe("a department's model quota", () => {
  const url = () => `/api/v1/gateway/quotas/${f.own.department.id}`;
  const put = (payload: object) => f.as('dept_admin', { method: 'PUT', url: url(), payload });
  const departmentQuota = async () =>
    ((await f.as('dept_admin', { url: url() })).json().items as { botId: string | null }[]).find((q) => !q.botId);
  const NONE = { requestsPerMinute: null, tokensPerMinute: null, requestsPerMonth: null, tokensPerMonth: null };

  it('sets only the limits the editor changed, keeping one another set meanwhile', async () => {
    const read = { ...NONE, requestsPerMinute: 60 };
    await put(read);
    await put({ ...read, tokensPerMonth: 5_000_000, base: read });
    const saved = await put({ ...read, requestsPerMonth: 10_000, base: read });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ requestsPerMinute: 60, requestsPerMonth: 10_000, tokensPerMonth: 5_000_000 });
  });

  it('refuses a limit both changed, naming it, and saves nothing', async () => {
    await put(NONE);
    await put({ ...NONE, requestsPerMonth: 500, base: NONE });
    const refused = await put({ ...NONE, requestsPerMonth: 900, tokensPerMinute: 1_000, base: NONE });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.requestsPerMonth']);
    expect(await departmentQuota()).toMatchObject({ requestsPerMonth: 500, tokensPerMinute: null });
  });

  it('takes a first quota from an editor who read none, and concurrent changes one at a time', async () => {
    const bot = { botId: 'quota-bot' };
    const answers = await Promise.all(
      (['requestsPerMinute', 'tokensPerMinute', 'requestsPerMonth', 'tokensPerMonth'] as const).map((limit) =>
        f.as('dept_admin', { method: 'PUT', url: url(), payload: { ...bot, [limit]: 7, base: NONE } }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 200]);
    const quota = ((await f.as('dept_admin', { url: url() })).json().items as { botId: string | null }[]).find(
      (q) => q.botId === 'quota-bot',
    );
    expect(quota).toMatchObject({ requestsPerMinute: 7, tokensPerMinute: 7, requestsPerMonth: 7, tokensPerMonth: 7 });
  });
});

describe('a model provider', () => {
  const change = async (payload: object) => {
    const id = (
      (await f.as('platform_admin', { url: '/api/v1/gateway/providers' })).json().items as {
        id: string;
        name: string;
      }[]
    ).find((p) => p.name === 'gamma')?.id;
    return f.as('platform_admin', { method: 'PATCH', url: `/api/v1/gateway/providers/${id}`, payload });
  };
  const READ = { baseUrl: 'http://127.0.0.1:9/v1', models: ['m1', 'm2'], timeoutMs: 30_000, status: 'active' };

  it('is not re-enabled by a stale form saving another setting', async () => {
    // Another administrator disables it (an incident); a form opened before saves a longer timeout.
    expect((await change({ status: 'disabled', base: READ })).statusCode).toBe(200);
    const saved = await change({ ...READ, timeoutMs: 60_000, base: READ });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'disabled', timeoutMs: 60_000, models: ['m1', 'm2'] });
  });

  it('refuses a setting both changed, naming it, and saves nothing', async () => {
    const read = { ...READ, timeoutMs: 60_000, status: 'disabled' };
    await change({ timeoutMs: 90_000, base: read });
    const refused = await change({ ...read, timeoutMs: 120_000, models: ['m1'], base: read });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.timeoutMs']);
    expect((await change({ status: 'disabled' })).json()).toMatchObject({ timeoutMs: 90_000, models: ['m1', 'm2'] });
  });

  it('sets a setting the base leaves out as sent, as without a base, and still checks the ones it gives', async () => {
    const read = { ...READ, timeoutMs: 90_000, status: 'disabled' };
    // The form reads no retry count: the one it sends is set, whatever is stored.
    const saved = await change({ ...read, maxRetries: 4, base: read });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ maxRetries: 4, timeoutMs: 90_000, status: 'disabled' });
    const refused = await change({ maxRetries: 1, timeoutMs: 5_000, base: { timeoutMs: 30_000 } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.timeoutMs']);
    expect((await change({ status: 'disabled' })).json()).toMatchObject({ maxRetries: 4, timeoutMs: 90_000 });
  });
});

describe("a person's roles", () => {
  const newPerson = async (roles: string[]) => {
    const created = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { displayName: `Officer ${roles.join('+')} ${Math.random()}`, roles },
    });
    expect(created.statusCode).toBe(201);
    return created.json().id as string;
  };
  const change = (id: string, payload: object) =>
    f.as('dept_admin', { method: 'PATCH', url: `/api/v1/users/${id}`, payload });

  it('neither takes back a role another administrator granted meanwhile nor gives back one they withdrew', async () => {
    const id = await newPerson(['editor', 'approver']);
    const read = ['editor', 'approver'];
    expect((await change(id, { roles: ['editor', 'reviewer'], base: { roles: read } })).statusCode).toBe(200);
    const saved = await change(id, { roles: ['editor', 'approver', 'auditor'], base: { roles: read } });
    expect(saved.statusCode).toBe(200);
    expect([...saved.json().roles].sort()).toEqual(['auditor', 'editor', 'reviewer']);
  });

  it('refuses a change that would leave no role, and replaces the roles without a base, as before', async () => {
    const id = await newPerson(['editor', 'approver']);
    const read = ['editor', 'approver'];
    await change(id, { roles: ['approver'], base: { roles: read } });
    const emptied = await change(id, { roles: ['editor'], base: { roles: read } });
    expect(emptied.statusCode).toBe(409);
    expect(emptied.json().errors[0]).toMatchObject({ field: 'body.roles', code: 'changed_meanwhile' });
    expect((await change(id, { roles: ['reviewer'] })).json().roles).toEqual(['reviewer']);
    expect((await change(id, { base: { roles: read } })).statusCode).toBe(400);
  });
});

describe("a department's settings", () => {
  const url = () => `/api/v1/departments/${f.own.department.id}`;
  const change = (payload: object) => f.as('dept_admin', { method: 'PATCH', url: url(), payload });
  const A = 'https://a.example.gov.hk';
  const B = 'https://b.example.gov.hk';
  const C = 'https://c.example.gov.hk';

  it("keeps another administrator's name and withdrawn origin when a stale form saves another change", async () => {
    await change({ nameEn: 'Lands Department', nameZh: '地政總署', corsOrigins: [A, B] });
    const read = { nameEn: 'Lands Department', nameZh: '地政總署', corsOrigins: [A, B] };
    // Another administrator renames it and withdraws origin B.
    await change({ ...read, nameEn: 'Lands Dept.', corsOrigins: [A], base: read });
    const saved = await change({ ...read, nameZh: '地政總署（新）', corsOrigins: [A, B, C], base: read });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ nameEn: 'Lands Dept.', nameZh: '地政總署（新）', corsOrigins: [A, C] });
  });

  it('refuses a setting both changed, naming it, and saves nothing', async () => {
    const read = { nameEn: 'Lands Dept.', nameZh: '地政總署（新）' };
    await change({ nameEn: 'Lands Department (HK)', base: read });
    const refused = await change({ ...read, nameEn: 'LandsD', base: read });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.nameEn']);
    expect((await f.as('dept_admin', { url: url() })).json().nameEn).toBe('Lands Department (HK)');
  });

  it('sets a setting the base leaves out as sent, as without a base, and still checks the ones it gives', async () => {
    const read = { nameEn: 'Lands Department (HK)' };
    // The form read the name only: the reply time it sends is set, whatever is stored.
    const saved = await change({ ...read, handoffSlaHours: 24, base: read });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ nameEn: 'Lands Department (HK)', handoffSlaHours: 24 });
    const refused = await change({ nameEn: 'LandsD', handoffSlaHours: 12, base: { nameEn: 'Lands Dept.' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors.map((issue: { field: string }) => issue.field)).toEqual(['body.nameEn']);
    expect((await f.as('dept_admin', { url: url() })).json()).toMatchObject({
      nameEn: 'Lands Department (HK)',
      handoffSlaHours: 24,
    });
  });
});

describe("a person's name, e-mail and status", () => {
  const newPerson = async () => {
    const n = Math.random().toString(36).slice(2, 8);
    const created = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/users',
      payload: { displayName: `Chan Tai Man ${n}`, email: `chan.${n}@example.gov.hk`, roles: ['editor'] },
    });
    expect(created.statusCode).toBe(201);
    const { id, displayName, email, status } = created.json();
    return { id: id as string, read: { displayName, email, status } as Record<string, unknown> };
  };
  const change = (id: string, payload: object, headers: Record<string, string> = {}) =>
    f.as('dept_admin', { method: 'PATCH', url: `/api/v1/users/${id}`, payload, headers });
  const stored = async (id: string) => (await f.as('dept_admin', { url: `/api/v1/users/${id}` })).json();

  it('keeps what another administrator changed meanwhile: a stale form neither re-enables nor renames back', async () => {
    const { id, read } = await newPerson();
    // Another administrator disables the person and corrects the name.
    expect((await change(id, { status: 'disabled', displayName: 'Chan Tai-man', base: read })).statusCode).toBe(200);
    // A dialog opened before saves a new e-mail, sending the rest as it read it.
    const saved = await change(id, { ...read, email: 'tm.chan@example.gov.hk', roles: ['editor'], base: read });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      displayName: 'Chan Tai-man',
      email: 'tm.chan@example.gov.hk',
      status: 'disabled',
      roles: ['editor'],
    });
  });

  it('sets a field the base leaves out as sent, and without a base replaces, as before', async () => {
    const { id } = await newPerson();
    const saved = await change(id, {
      displayName: 'Wong Siu Ming',
      roles: ['editor', 'reviewer'],
      base: { roles: ['editor'] },
    });
    expect(saved.json()).toMatchObject({ displayName: 'Wong Siu Ming' });
    expect((await change(id, { email: null, status: 'disabled' })).json()).toMatchObject({
      email: null,
      status: 'disabled',
    });
  });

  it('refuses a field both changed, naming it in the asker’s language, saves nothing and writes no audit entry', async () => {
    const { id, read } = await newPerson();
    await change(id, { email: 'first@example.gov.hk', base: read });
    const auditBefore = await f.auditCount();
    const mine = { ...read, displayName: 'Chan Tai Man (Lands)', email: 'second@example.gov.hk', base: read };
    const refused = await change(id, mine);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'conflict',
      detail: 'Someone else changed email of this person after you read it: nothing was saved',
      errors: [
        {
          field: 'body.email',
          code: 'changed_meanwhile',
          message: 'was changed by someone else after you opened it, to another value than yours',
        },
      ],
    });
    const inChinese = await change(id, mine, { 'accept-language': 'zh-HK' });
    expect(inChinese.statusCode).toBe(409);
    // The reason names the field, as the English does: its issue is not repeated after it.
    expect(inChinese.json().detail).toBe('你讀取此人員後，其他人已更改了 email：未有儲存任何內容');
    expect(inChinese.json().errors).toEqual([
      { field: 'body.email', code: 'changed_meanwhile', message: '在你開啟後已被其他人改為另一個值' },
    ]);
    expect(await stored(id)).toMatchObject({ displayName: read.displayName, email: 'first@example.gov.hk' });
    expect(await f.auditCount()).toBe(auditBefore);
  });

  it('lets a person change their own name from a form that sends their roles and status as read', async () => {
    const me = f.own.users.dept_admin;
    const read = { displayName: me.displayName, email: me.email, roles: me.roles, status: me.status };
    const saved = await change(me.id, { ...read, displayName: 'Renamed Admin', base: read });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ displayName: 'Renamed Admin', roles: me.roles, status: 'active' });
    await change(me.id, { displayName: me.displayName });
  });

  it('refuses a base that is not a user as read, naming the field', async () => {
    const { id } = await newPerson();
    const bad = await change(id, { status: 'disabled', base: { status: 'asleep' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.base.status');
  });
});
