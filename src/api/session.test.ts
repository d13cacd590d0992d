import { eq } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createApiKey, createUser } from '../access/index.ts';
import type { Role } from '../core/index.ts';
import { auditLog, sessions } from '../store/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

const cli = { principal: CLI_PRINCIPAL, requestId: 'session-test' };

interface SignedIn {
  cookie: string;
  csrfToken: string;
  body: Record<string, unknown>;
  response: LightMyRequestResponse;
}

async function signIn(f: Fixture, apiKey: string, headers: Record<string, string> = {}): Promise<SignedIn> {
  const response = await f.app.inject({ method: 'POST', url: '/api/v1/session', payload: { apiKey }, headers });
  const body = response.json() as Record<string, unknown>;
  const cookie = response.cookies.find((c) => c.name === 'lr_session');
  return { cookie: `lr_session=${cookie?.value ?? ''}`, csrfToken: String(body.csrfToken), body, response };
}

/** A request carrying only the session cookie (and whatever else is given). */
const withCookie = (f: Fixture, cookie: string, options: InjectOptions) =>
  f.app.inject({ ...options, headers: { ...(options.headers as Record<string, string>), cookie } });

async function freshPerson(f: Fixture, roles: Role[]): Promise<{ id: string; key: string }> {
  const user = await createUser(f.store.db, cli, {
    departmentId: f.own.department.id,
    displayName: `person ${Math.random()}`,
    roles,
  });
  const { key } = await createApiKey(f.store.db, cli, { name: 'console', userId: user.id, defaultLifetimeDays: 30 });
  return { id: user.id, key };
}

async function sessionRow(f: Fixture, userId: string) {
  const [row] = await f.store.db.select().from(sessions).where(eq(sessions.userId, userId));
  return row;
}

describe('console sessions (issue 15)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f?.close());

  it('signs in with an API key: 201 with user, department, CSRF token and lifetimes, and an httpOnly Lax cookie', async () => {
    const before = await f.auditCount();
    const { response, body } = await signIn(f, f.own.keys.editor);
    expect(response.statusCode).toBe(201);
    expect(body).toMatchObject({
      user: { id: f.own.users.editor.id, roles: ['editor'] },
      department: { id: f.own.department.id },
      idleTimeoutSeconds: 30 * 60,
    });
    // What the editor's role allows, so the console needs no second call to draw its menu.
    expect(body.permissions).toContain('knowledge:write');
    expect(body.permissions).not.toContain('knowledge:approve');
    expect(body.permissions).not.toContain('user:manage');
    expect(String(body.csrfToken).length).toBeGreaterThanOrEqual(32);
    const expiresAt = Date.parse(String(body.expiresAt));
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(12 * 3_600_000);
    expect(expiresAt - Date.now()).toBeGreaterThan(11 * 3_600_000);
    const cookie = response.cookies.find((c) => c.name === 'lr_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.maxAge).toBeLessThanOrEqual(12 * 3600);
    const raw = String(response.headers['set-cookie']);
    expect(raw).toMatch(/HttpOnly/);
    // Only the token's hash is stored.
    const row = await sessionRow(f, f.own.users.editor.id);
    expect(row?.tokenHash).not.toBe(cookie?.value);
    expect(row?.method).toBe('api_key');
    expect(await f.auditCount()).toBe(before + 1);
    const [entry] = await f.store.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id ?? ''));
    expect(entry).toMatchObject({ action: 'session.create', actorId: f.own.users.editor.id });
    expect(entry?.after).toMatchObject({ method: 'api_key' });
  });

  it('authenticates requests by the cookie: GET /session returns the same CSRF token, /me the user with no key', async () => {
    const { cookie, csrfToken } = await signIn(f, f.own.keys.auditor);
    const session = await withCookie(f, cookie, { method: 'GET', url: '/api/v1/session' });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ csrfToken, user: { id: f.own.users.auditor.id } });
    const me = await withCookie(f, cookie, { method: 'GET', url: '/api/v1/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { id: f.own.users.auditor.id }, keyId: null });
  });

  it('answers GET /session with 401 without a cookie or with an unknown one', async () => {
    const none = await f.app.inject({ method: 'GET', url: '/api/v1/session' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ code: 'unauthenticated', errors: [{ field: 'cookies.lr_session' }] });
    const unknown = await withCookie(f, 'lr_session=not-a-session-token-at-all', {
      method: 'GET',
      url: '/api/v1/session',
    });
    expect(unknown.statusCode).toBe(401);
  });

  it('signs out with DELETE (CSRF token required): the session ends server-side, the cookie is cleared, audited', async () => {
    const { cookie, csrfToken } = await signIn(f, f.own.keys.approver);
    const forged = await withCookie(f, cookie, { method: 'DELETE', url: '/api/v1/session' });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ code: 'csrf_failed', errors: [{ field: 'headers.x-csrf-token' }] });
    const before = await f.auditCount();
    const out = await withCookie(f, cookie, {
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === 'lr_session');
    expect(cleared?.value).toBe('');
    expect(await f.auditCount()).toBe(before + 1);
    expect(await sessionRow(f, f.own.users.approver.id)).toBeUndefined();
    expect((await withCookie(f, cookie, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('ends a session idle longer than sessionIdleMinutes with 401 session_expired, in Chinese too', async () => {
    const person = await freshPerson(f, ['editor']);
    const { cookie } = await signIn(f, person.key);
    await f.store.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.userId, person.id));
    const expired = await withCookie(f, cookie, {
      method: 'GET',
      url: '/api/v1/me',
      headers: { 'accept-language': 'zh-HK' },
    });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'session_expired', title: '你的登入時段已結束，請重新登入' });
    expect(await sessionRow(f, person.id)).toBeUndefined();
  });

  it('restarts the idle timer on each request', async () => {
    const person = await freshPerson(f, ['editor']);
    const { cookie } = await signIn(f, person.key);
    const old = new Date(Date.now() - 29 * 60_000);
    await f.store.db.update(sessions).set({ lastSeenAt: old }).where(eq(sessions.userId, person.id));
    expect((await withCookie(f, cookie, { method: 'GET', url: '/api/v1/session' })).statusCode).toBe(200);
    const row = await sessionRow(f, person.id);
    expect(row?.lastSeenAt.getTime()).toBeGreaterThan(old.getTime() + 60_000);
  });

  it('does not restart the idle timer on reads the page makes by itself, so an unattended console still signs out', async () => {
    const person = await freshPerson(f, ['editor']);
    const { cookie, csrfToken } = await signIn(f, person.key);
    const old = new Date(Date.now() - 29 * 60_000);
    await f.store.db.update(sessions).set({ lastSeenAt: old }).where(eq(sessions.userId, person.id));
    const background = { 'x-lionrock-background': '1' };
    const read = await withCookie(f, cookie, { method: 'GET', url: '/api/v1/me', headers: background });
    expect(read.statusCode).toBe(200);
    expect((await sessionRow(f, person.id))?.lastSeenAt.getTime()).toBe(old.getTime());
    // A change is the officer's doing, whatever it says.
    const change = await withCookie(f, cookie, {
      method: 'POST',
      url: '/api/v1/guard/scan',
      payload: { text: 'Hello' },
      headers: { ...background, 'x-csrf-token': csrfToken },
    });
    expect(change.statusCode).toBe(200);
    expect((await sessionRow(f, person.id))?.lastSeenAt.getTime()).toBeGreaterThan(old.getTime() + 60_000);
    // Past the idle timeout, a background read is refused like any other.
    await f.store.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.userId, person.id));
    const late = await withCookie(f, cookie, { method: 'GET', url: '/api/v1/me', headers: background });
    expect(late.json()).toMatchObject({ code: 'session_expired' });
  });

  it('leaves the session alone on requests outside the API (the sign-in page, the widget)', async () => {
    const person = await freshPerson(f, ['editor']);
    const { cookie } = await signIn(f, person.key);
    const old = new Date(Date.now() - 10 * 60_000);
    await f.store.db.update(sessions).set({ lastSeenAt: old }).where(eq(sessions.userId, person.id));
    // The console's other pages read the session for the page they open (console-first-screen.test.ts).
    for (const url of ['/console/sign-in', '/widget.js', '/demo']) {
      expect((await withCookie(f, cookie, { method: 'GET', url })).statusCode, url).toBeLessThan(400);
    }
    // Not read, not extended: a page load costs the database nothing until the page calls the API.
    expect((await sessionRow(f, person.id))?.lastSeenAt.getTime()).toBe(old.getTime());
  });

  it('ends a session past its absolute lifetime however active, with 401 session_expired', async () => {
    const person = await freshPerson(f, ['editor']);
    const { cookie } = await signIn(f, person.key);
    await f.store.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, person.id));
    const expired = await withCookie(f, cookie, { method: 'GET', url: '/api/v1/session' });
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'session_expired', errors: [{ field: 'cookies.lr_session' }] });
  });

  it('refuses cookie-authenticated changes without the CSRF token or with a wrong one, and changes nothing', async () => {
    const { cookie, csrfToken } = await signIn(f, f.own.keys.dept_admin);
    const create = (headers: Record<string, string>) =>
      withCookie(f, cookie, {
        method: 'POST',
        url: '/api/v1/users',
        payload: { displayName: 'Made in the console', roles: ['editor'] },
        headers,
      });
    const before = await f.auditCount();
    const missing = await create({ 'accept-language': 'zh-HK' });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({
      code: 'csrf_failed',
      title: '此變更並非由 LionRock 管理介面發出，請重新載入頁面再試',
      errors: [{ field: 'headers.x-csrf-token' }],
    });
    expect((await create({ 'x-csrf-token': `${csrfToken.slice(0, -1)}x` })).statusCode).toBe(403);
    expect(await f.auditCount()).toBe(before);
    const made = await create({ 'x-csrf-token': csrfToken, origin: 'http://lionrock.test', host: 'lionrock.test' });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ displayName: 'Made in the console' });
  });

  it('refuses a cookie-authenticated change from another origin even with the CSRF token', async () => {
    const { cookie, csrfToken } = await signIn(f, f.own.keys.dept_admin);
    const response = await withCookie(f, cookie, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { displayName: 'Cross-site', roles: ['editor'] },
      headers: { 'x-csrf-token': csrfToken, origin: 'https://evil.example' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'csrf_failed', errors: [{ field: 'headers.origin' }] });
  });

  it('lets a bearer key win over a cookie, without any CSRF token', async () => {
    const { cookie } = await signIn(f, f.own.keys.dept_admin);
    const headers = { authorization: `Bearer ${f.own.keys.editor}` };
    const me = await withCookie(f, cookie, { method: 'GET', url: '/api/v1/me', headers });
    expect(me.json()).toMatchObject({ user: { id: f.own.users.editor.id } });
    const asAdmin = await withCookie(f, cookie, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { displayName: 'Bearer made', roles: ['editor'] },
      headers: { authorization: `Bearer ${f.own.keys.dept_admin}` },
    });
    expect(asAdmin.statusCode).toBe(201);
    // The editor's key does not borrow the admin's cookie: 403, not 201.
    const asEditor = await withCookie(f, cookie, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { displayName: 'Not allowed', roles: ['editor'] },
      headers,
    });
    expect(asEditor.statusCode).toBe(403);
  });

  it('takes role changes and disabling into account on the next request', async () => {
    const person = await freshPerson(f, ['editor']);
    const { cookie } = await signIn(f, person.key);
    const admin = { authorization: `Bearer ${f.own.keys.dept_admin}` };
    const patch = (payload: object) =>
      f.app.inject({ method: 'PATCH', url: `/api/v1/users/${person.id}`, payload, headers: admin });
    expect((await patch({ roles: ['auditor'] })).statusCode).toBe(200);
    const me = await withCookie(f, cookie, { method: 'GET', url: '/api/v1/session' });
    expect(me.json()).toMatchObject({ user: { roles: ['auditor'] } });
    expect((await withCookie(f, cookie, { method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(200);
    expect((await patch({ status: 'disabled' })).statusCode).toBe(200);
    const refused = await withCookie(f, cookie, { method: 'GET', url: '/api/v1/me' });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ code: 'unauthenticated', errors: [{ field: 'cookies.lr_session' }] });
  });

  it('refuses a console session to a machine (service) account: 403, no session', async () => {
    const before = await f.auditCount();
    const { response } = await signIn(f, f.own.keys.service);
    expect(response.statusCode).toBe(403);
    expect(response.cookies.find((c) => c.name === 'lr_session')).toBeUndefined();
    expect(await sessionRow(f, f.own.users.service.id)).toBeUndefined();
    expect(await f.auditCount()).toBe(before);
  });

  it.each([
    [{}, 'body.apiKey'],
    [{ apiKey: 5 }, 'body.apiKey'],
    [{ apiKey: '' }, 'body.apiKey'],
    [{ apiKey: 'x'.repeat(300) }, 'body.apiKey'],
  ])('answers 400 naming the field for the body %j', async (payload, field) => {
    const response = await f.app.inject({ method: 'POST', url: '/api/v1/session', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ field }] });
  });

  it('tells the sign-in page what to offer: API keys, no identity provider when none is configured', async () => {
    const response = await f.app.inject({ method: 'GET', url: '/api/v1/session/options' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ oidc: null, apiKeySignIn: true });
  });

  it('answers 404 at the identity provider routes when none is configured', async () => {
    for (const url of ['/auth/oidc/login', '/auth/oidc/callback?code=x&state=y']) {
      const response = await f.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'not_found' });
    }
  });
});

describe('console sessions behind a proxy, with a tight failed-key limit', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture({ trustProxy: ['127.0.0.1'], authFailureLimit: 3 });
  });
  afterAll(async () => f?.close());

  it('sets Secure on the cookie when the client came over https', async () => {
    const { response } = await signIn(f, f.own.keys.editor, { 'x-forwarded-proto': 'https' });
    expect(response.statusCode).toBe(201);
    expect(response.cookies.find((c) => c.name === 'lr_session')?.secure).toBe(true);
  });

  it('answers a wrong key with 401 naming body.apiKey, counted like any wrong key until 429', async () => {
    const wrong = `lr_${'w'.repeat(43)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const { response } = await signIn(f, wrong);
      statuses.push(response.statusCode);
      if (i === 0)
        expect(response.json()).toMatchObject({ code: 'unauthenticated', errors: [{ field: 'body.apiKey' }] });
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    // The same key as a bearer is refused by the same count.
    const bearer = await f.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${wrong}` },
    });
    expect(bearer.statusCode).toBe(429);
    // A right key still signs in.
    expect((await signIn(f, f.own.keys.auditor)).response.statusCode).toBe(201);
  });
});
