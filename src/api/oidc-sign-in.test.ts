import { eq } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createUser, type User } from '../access/index.ts';
import { auditLog, oidcIdentities, users } from '../store/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';
import { startOidcProvider, type TestOidcProvider } from './testing/oidc-test-provider.ts';

const cli = { principal: CLI_PRINCIPAL, requestId: 'oidc-test' };

/** A browser's cookie jar, by origin (enough here: the provider and LionRock are different ports). */
class CookieJar {
  readonly #jars = new Map<string, Map<string, string>>();

  header(url: URL): string {
    const jar = this.#jars.get(url.origin) ?? new Map<string, string>();
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  store(url: URL, response: Response): void {
    const jar = this.#jars.get(url.origin) ?? new Map<string, string>();
    this.#jars.set(url.origin, jar);
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const gone = value === '' || attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (gone) jar.delete(name);
      else jar.set(name, value);
    }
  }

  get(origin: string, name: string): string | undefined {
    return this.#jars.get(origin)?.get(name);
  }
}

interface Walk {
  /** The last URL the browser was sent to on LionRock (the console page or the sign-in page). */
  landing: URL;
  jar: CookieJar;
}

/**
 * A browser signing in: follows redirects by hand, carries cookies, and at the provider's login
 * and consent pages submits their forms (typing `login`). `tamper` may change the URL of the
 * callback before the browser follows it.
 */
async function walk(start: URL, login: string, tamper: (callback: URL) => URL = (u) => u): Promise<Walk> {
  const jar = new CookieJar();
  let url = start;
  let method = 'GET';
  let body: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { cookie: jar.header(url), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(body ? { body } : {}),
    });
    jar.store(url, response);
    method = 'GET';
    body = undefined;
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      let next = new URL(location, url);
      if (next.pathname === '/auth/oidc/callback') next = tamper(next);
      if (next.origin === start.origin && next.pathname.startsWith('/console')) return { landing: next, jar };
      url = next;
      continue;
    }
    expect(response.status, `${url.href}: ${await response.clone().text()}`).toBe(200);
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`no form at ${url.href}`);
    body = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login, password: 'any' } : {}) });
    method = 'POST';
    url = new URL(action.replace(/&amp;/g, '&'), url);
  }
  throw new Error('the sign-in did not end');
}

describe('sign-in with the organisation’s identity provider (issue 15)', () => {
  let idp: TestOidcProvider;
  let f: Fixture;
  let base: URL;
  let officer: User;
  let disabled: User;

  beforeAll(async () => {
    idp = await startOidcProvider({
      accounts: [
        { sub: 'officer-1', email: 'Officer.Chan@Alpha.gov.hk', name: 'Chan Tai Man' },
        { sub: 'stranger-1', email: 'someone@elsewhere.example', name: 'Someone' },
        { sub: 'disabled-1', email: 'gone@alpha.gov.hk', name: 'Gone' },
        { sub: 'unverified-1', email: 'editor@alpha.gov.hk', name: 'Unverified', emailVerified: false },
      ],
      redirectUris: ['http://127.0.0.1/auth/oidc/callback'],
    });
    f = await createFixture({
      oidcIssuer: idp.issuer,
      oidcClientId: idp.clientId,
      ...(idp.clientSecret ? { oidcClientSecret: idp.clientSecret } : {}),
    });
    officer = await createUser(f.store.db, cli, {
      departmentId: f.own.department.id,
      displayName: 'Chan Tai Man',
      email: 'officer.chan@alpha.gov.hk',
      roles: ['editor', 'approver'],
    });
    disabled = await createUser(f.store.db, cli, {
      departmentId: f.own.department.id,
      displayName: 'Gone',
      email: 'gone@alpha.gov.hk',
      roles: ['editor'],
    });
    await f.store.db.update(users).set({ status: 'disabled' }).where(eq(users.id, disabled.id));
    await createUser(f.store.db, cli, {
      departmentId: f.own.department.id,
      displayName: 'Editor with an address',
      email: 'editor@alpha.gov.hk',
      roles: ['editor'],
    });
    await f.app.listen({ port: 0, host: '127.0.0.1' });
    base = new URL(`http://127.0.0.1:${(f.app.server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    await f?.close();
    await idp?.close();
  });

  const login = (returnTo = '/console/bots?tab=draft') =>
    new URL(`/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}`, base);

  it('offers the provider on the sign-in page', async () => {
    const options = await fetch(new URL('/api/v1/session/options', base));
    expect(await options.json()).toEqual({
      oidc: { loginUrl: '/auth/oidc/login', name: 'Sign in with your organisation / 以機構帳戶登入' },
      apiKeySignIn: true,
    });
  });

  it('sends the browser to the provider with code flow, PKCE S256, state and nonce', async () => {
    const response = await fetch(login(), { redirect: 'manual' });
    expect(response.status).toBe(302);
    const to = new URL(response.headers.get('location') ?? '');
    expect(to.origin).toBe(idp.issuer);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: idp.clientId,
      code_challenge_method: 'S256',
      scope: 'openid email profile',
    });
    for (const name of ['code_challenge', 'state', 'nonce'])
      expect(to.searchParams.get(name)?.length).toBeGreaterThan(20);
    expect(response.headers.getSetCookie().join()).toMatch(/lr_oidc=.*HttpOnly/i);
  });

  it('signs a registered officer in by verified e-mail (any case), links the subject, lands on returnTo', async () => {
    const { landing, jar } = await walk(login(), 'officer-1');
    expect(landing.pathname + landing.search).toBe('/console/bots?tab=draft');
    const token = jar.get(base.origin, 'lr_session');
    expect(token).toBeTruthy();
    const me = await fetch(new URL('/api/v1/me', base), { headers: { cookie: `lr_session=${token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { id: officer.id, roles: ['editor', 'approver'] }, keyId: null });
    const [identity] = await f.store.db.select().from(oidcIdentities).where(eq(oidcIdentities.userId, officer.id));
    expect(identity).toMatchObject({ issuer: idp.issuer, subject: 'officer-1' });
    const entries = await f.store.db.select().from(auditLog).where(eq(auditLog.actorId, officer.id));
    expect(entries.map((e) => [e.action, (e.after as { method?: string }).method])).toContainEqual([
      'session.create',
      'oidc',
    ]);
  });

  it('finds the officer by the stored subject once the e-mail address has changed', async () => {
    await f.store.db.update(users).set({ email: 'new.address@alpha.gov.hk' }).where(eq(users.id, officer.id));
    const { landing, jar } = await walk(login('/console/'), 'officer-1');
    expect(landing.pathname).toBe('/console/');
    const session = await fetch(new URL('/api/v1/session', base), {
      headers: { cookie: `lr_session=${jar.get(base.origin, 'lr_session')}` },
    });
    expect(await session.json()).toMatchObject({ user: { id: officer.id } });
  });

  it.each([
    ['an unknown person', 'stranger-1', 'not_registered'],
    ['a disabled user', 'disabled-1', 'disabled'],
    ['an unverified e-mail address', 'unverified-1', 'not_registered'],
  ])('sends %s to the sign-in page with error=%s and no session, audited', async (_who, sub, error) => {
    const before = await f.auditCount();
    const { landing, jar } = await walk(login(), sub);
    expect(landing.pathname + landing.search).toBe(`/console/sign-in?error=${error}`);
    expect(jar.get(base.origin, 'lr_session')).toBeUndefined();
    expect(await f.auditCount()).toBe(before + 1);
    const [last] = await f.store.db.select().from(auditLog).orderBy(auditLog.seq).limit(1).offset(before);
    expect(last).toMatchObject({ action: 'session.refuse', after: { method: 'oidc', reason: error, subject: sub } });
  });

  it('refuses a callback whose state was tampered with: error=oidc_failed, never a 500', async () => {
    const { landing, jar } = await walk(login(), 'officer-1', (callback) => {
      callback.searchParams.set('state', 'forged-state-value');
      return callback;
    });
    expect(landing.pathname + landing.search).toBe('/console/sign-in?error=oidc_failed');
    expect(jar.get(base.origin, 'lr_session')).toBeUndefined();
  });

  it('refuses a callback without the pending sign-in cookie', async () => {
    const response = await fetch(new URL('/auth/oidc/callback?code=abc&state=def', base), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/console/sign-in?error=oidc_failed');
  });

  it.each(['https://evil.example/console/', '//evil.example/console/', '/\\evil.example', '/api/v1/me', '/consoles'])(
    'returns to the console home instead of %s',
    async (returnTo) => {
      const { landing } = await walk(login(returnTo), 'officer-1');
      expect(landing.href).toBe(new URL('/console/', base).href);
    },
  );
});

describe('sign-in with a public client (PKCE alone, no client secret)', () => {
  let idp: TestOidcProvider;
  let f: Fixture;

  beforeAll(async () => {
    idp = await startOidcProvider({
      accounts: [{ sub: 'agent-7', email: 'agent@alpha.gov.hk', name: 'Agent' }],
      redirectUris: ['http://127.0.0.1/auth/oidc/callback'],
      publicClient: true,
    });
    expect(idp.clientSecret).toBeUndefined();
    f = await createFixture({ oidcIssuer: idp.issuer, oidcClientId: idp.clientId });
    await createUser(f.store.db, cli, {
      departmentId: f.own.department.id,
      displayName: 'Agent',
      email: 'agent@alpha.gov.hk',
      roles: ['agent'],
    });
    await f.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await f?.close();
    await idp?.close();
  });

  it('signs the officer in', async () => {
    const base = new URL(`http://127.0.0.1:${(f.app.server.address() as AddressInfo).port}`);
    const { landing, jar } = await walk(new URL('/auth/oidc/login', base), 'agent-7');
    expect(landing.pathname).toBe('/console/');
    const me = await fetch(new URL('/api/v1/me', base), {
      headers: { cookie: `lr_session=${jar.get(base.origin, 'lr_session')}` },
    });
    expect(await me.json()).toMatchObject({ user: { roles: ['agent'] } });
  });
});
