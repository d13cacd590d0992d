import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createApiKey, createUser } from '../access/index.ts';
import { sessions } from '../store/index.ts';
import { ensureConsoleBuilt } from '../web/index.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

const cli = { principal: CLI_PRINCIPAL, requestId: 'console-first-screen-test' };

/** The answers the console page carries, by the API address they answer (src/web/console-first-screen.ts). */
function carried(html: string): Record<string, unknown> {
  const blocks = html.matchAll(/<script type="application\/json" class="lr-first-screen">(.*?)<\/script>/gs);
  return Object.assign({}, ...[...blocks].map((block) => JSON.parse(block[1] as string) as object));
}

describe('the console page carries its first screen (issue 15, time until usable)', { timeout: 120_000 }, () => {
  let f: Fixture;
  let cookie: string;
  beforeAll(async () => {
    await ensureConsoleBuilt();
    f = await createFixture();
    cookie = await signIn(f.own.keys.dept_admin);
  }, 180_000);
  afterAll(() => f.close());

  async function signIn(apiKey: string): Promise<string> {
    return (await signInWithToken(apiKey)).cookie;
  }
  async function signInWithToken(apiKey: string): Promise<{ cookie: string; csrfToken: string }> {
    const response = await f.app.inject({ method: 'POST', url: '/api/v1/session', payload: { apiKey } });
    return {
      cookie: `lr_session=${response.cookies.find((c) => c.name === 'lr_session')?.value ?? ''}`,
      csrfToken: String((response.json() as { csrfToken: string }).csrfToken),
    };
  }
  const open = (url: string, sessionCookie?: string) =>
    f.app.inject({ method: 'GET', url, headers: sessionCookie ? { cookie: sessionCookie } : {} });
  const api = async (url: string) => (await open(url, cookie)).json() as unknown;

  it("carries the session and the dashboard's figures for the signed-in officer's department, never stored", async () => {
    const page = await open('/console/', cookie);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const analytics = `/api/v1/analytics/department?days=30&departmentId=${f.own.department.id}`;
    const answers = carried(page.body);
    expect(Object.keys(answers).sort()).toEqual([analytics, '/api/v1/session']);
    // The same answers the API gives the console (the CSRF token included: it is the session's own).
    expect(answers['/api/v1/session']).toEqual(await api('/api/v1/session'));
    // The figures are the API's, up to the moment they were taken.
    const moment = { from: expect.any(String), to: expect.any(String) };
    expect({ ...(answers[analytics] as object), ...moment }).toEqual({
      ...((await api(analytics)) as object),
      ...moment,
    });
    // Still an app page: the data sits before </body>, the page ends whole.
    expect(page.body).toMatch(
      /<div id="root"><\/div>\s*<script type="application\/json"[\s\S]*<\/body>\s*<\/html>\s*$/,
    );
  });

  it("carries the inbox's first page and agents for the view the address names, and nothing for a sub-page", async () => {
    const inbox = carried((await open('/console/handoffs?view=overdue&page=1', cookie)).body);
    expect(Object.keys(inbox).sort()).toEqual([
      '/api/v1/handoff-cases/agents',
      '/api/v1/handoff-cases?limit=25&offset=25&status=overdue',
      '/api/v1/session',
    ]);
    expect(inbox['/api/v1/handoff-cases/agents']).toEqual(await api('/api/v1/handoff-cases/agents'));
    expect(Object.keys(carried((await open('/console/handoffs/some-case', cookie)).body))).toEqual(['/api/v1/session']);
  });

  it('carries nothing without a valid session: no cookie, an unknown one, an ended one, or on the sign-in page', async () => {
    const { cookie: ended, csrfToken } = await signInWithToken(f.own.keys.editor);
    const signOut = await f.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie: ended, 'x-csrf-token': csrfToken },
    });
    expect(signOut.statusCode).toBeLessThan(300);
    for (const [url, sessionCookie] of [
      ['/console/', undefined],
      ['/console/', 'lr_session=not-a-session'],
      ['/console/handoffs', ended],
      ['/console/sign-in', cookie],
    ] as const) {
      const page = await open(url, sessionCookie);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-store');
      expect(page.body, url).not.toContain('lr-first-screen');
    }
  });

  it('keeps what an officer typed inside its block: a name with </script><script> cannot run or end the block', async () => {
    const user = await createUser(f.store.db, cli, {
      departmentId: f.own.department.id,
      displayName: '</script><script>alert(1)</script><!--',
      roles: ['editor'],
    });
    const { key } = await createApiKey(f.store.db, cli, { name: 'hostile', userId: user.id, defaultLifetimeDays: 1 });
    const page = (await open('/console/', await signIn(key))).body;
    expect(page).not.toContain('<script>alert(1)');
    expect(page.match(/<\/script>/g)?.length).toBe(page.match(/<script/g)?.length);
    const session = carried(page)['/api/v1/session'] as { user: { displayName: string } };
    expect(session.user.displayName).toBe('</script><script>alert(1)</script><!--');
  });

  it("reads the session on the page's behalf, as the console's own session check would: the idle timer restarts", async () => {
    const person = await createUser(f.store.db, cli, {
      departmentId: f.own.department.id,
      displayName: 'idle officer',
      roles: ['editor'],
    });
    const { key } = await createApiKey(f.store.db, cli, { name: 'idle', userId: person.id, defaultLifetimeDays: 1 });
    const sessionCookie = await signIn(key);
    const old = new Date(Date.now() - 10 * 60_000);
    await f.store.db.update(sessions).set({ lastSeenAt: old }).where(eq(sessions.userId, person.id));
    await open('/console/', sessionCookie);
    const [row] = await f.store.db.select().from(sessions).where(eq(sessions.userId, person.id));
    expect(row?.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
  });
});
