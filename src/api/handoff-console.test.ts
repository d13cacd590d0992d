import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, handoffCases, knowledgeVersions } from '../store/index.ts';
import { createFixture, type Fixture, handoffCase } from './test-fixture.ts';

/**
 * Issue 15: what the console's handoff inbox and case page need from the server — the queue paged
 * and sorted by due time in the database, the conversation behind a case, who a case may be
 * assigned to, and "teach this answer" as a knowledge draft for review.
 */
describe('the handoff inbox and case page API', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture({ secretKey: 'handoff-console-test-secret-key-0123456789' });
  });
  afterAll(async () => f.close());

  it('pages the queue due soonest first and says how many cases the filter selects', async () => {
    const opened = [await handoffCase(f, f.own), await handoffCase(f, f.own), await handoffCase(f, f.own)];
    const now = Date.now();
    // Due-by times in the reverse order of opening: the newest case is due first.
    for (const [i, c] of opened.entries()) {
      await f.store.db
        .update(handoffCases)
        .set({ dueAt: new Date(now + (3 - i) * 3_600_000) })
        .where(eq(handoffCases.id, c.id));
    }
    const all = (await f.as('agent', { method: 'GET', url: '/api/v1/handoff-cases?limit=200' })).json();
    const ours = all.items
      .filter((c: { id: string }) => opened.some((o) => o.id === c.id))
      .map((c: { id: string }) => c.id);
    expect(ours).toEqual([opened[2]?.id, opened[1]?.id, opened[0]?.id]);
    const dues = all.items.map((c: { dueAt: string }) => Date.parse(c.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));

    const first = (await f.as('agent', { method: 'GET', url: '/api/v1/handoff-cases?limit=2' })).json();
    const second = (await f.as('agent', { method: 'GET', url: '/api/v1/handoff-cases?limit=2&offset=2' })).json();
    expect(first).toMatchObject({ total: all.total, limit: 2, offset: 0 });
    expect(first.items).toHaveLength(2);
    expect(second.items[0]?.id).toBe(all.items[2]?.id);
    expect(all.total).toBeGreaterThanOrEqual(3);

    const tooMany = await f.as('agent', { method: 'GET', url: '/api/v1/handoff-cases?limit=1000' });
    expect(tooMany.json()).toMatchObject({ status: 400, errors: [{ field: 'querystring.limit' }] });
  });

  it('shows the conversation behind a case in order, the agent’s reply last, to its department only', async () => {
    const c = await handoffCase(f, f.own);
    await f.as('agent', {
      method: 'POST',
      url: `/api/v1/handoff-cases/${c.id}/reply`,
      payload: { reply: '請致電 1823。' },
    });
    const turns = (await f.as('agent', { method: 'GET', url: `/api/v1/handoff-cases/${c.id}/conversation` })).json();
    expect(turns.items.map((t: { role: string }) => t.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
      'agent',
    ]);
    expect(turns.items[0].text).toBe('一條沒有答案的問題');
    expect(turns.items.at(-1).text).toBe('請致電 1823。');
    const outsider = await f.as('agent', { method: 'GET', url: `/api/v1/handoff-cases/${c.id}/conversation` }, f.other);
    expect(outsider.statusCode).toBe(404);
  });

  it('lists the department’s active agents a case may be assigned to', async () => {
    const agents = (await f.as('agent', { method: 'GET', url: '/api/v1/handoff-cases/agents' })).json();
    const ids = agents.items.map((a: { id: string }) => a.id);
    expect(ids).toContain(f.own.users.agent.id);
    expect(ids).toContain(f.own.users.dept_admin.id);
    expect(ids).not.toContain(f.own.users.editor.id);
    expect(ids).not.toContain(f.other.users.agent.id);
  });

  it('lists the other departments a case may be referred to, and referring works with one of them', async () => {
    const listed = (await f.as('agent', { method: 'GET', url: '/api/v1/handoff-cases/departments' })).json();
    const ids = listed.items.map((d: { id: string }) => d.id);
    expect(ids).toContain(f.other.department.id);
    expect(ids).not.toContain(f.own.department.id);
    const c = await handoffCase(f, f.own);
    const referred = await f.as('agent', {
      method: 'POST',
      url: `/api/v1/handoff-cases/${c.id}/refer`,
      payload: { departmentId: ids[0] },
    });
    expect(referred.json()).toMatchObject({ status: 'referred', access: 'handle' });
  });

  it('teaches a reply as a knowledge draft for review, only for those who may propose knowledge', async () => {
    const c = await handoffCase(f, f.own);
    const teach = (role: 'agent' | 'dept_admin', payload?: object) =>
      f.as(role, { method: 'POST', url: `/api/v1/handoff-cases/${c.id}/teach`, ...(payload ? { payload } : {}) });
    const early = await teach('dept_admin');
    expect(early.json()).toMatchObject({ status: 400, errors: [{ field: 'body.answer' }] });

    await f.as('agent', {
      method: 'POST',
      url: `/api/v1/handoff-cases/${c.id}/reply`,
      payload: { reply: '可到任何郵局辦理。' },
    });
    expect((await teach('agent')).statusCode).toBe(403);
    const taught = await teach('dept_admin');
    expect(taught.statusCode, taught.body).toBe(201);
    expect(taught.json()).toMatchObject({
      outcome: 'created',
      source: { origin: `handoff:${c.reference}` },
      version: { version: 1, status: 'draft' },
    });
    const [version] = await f.store.db
      .select()
      .from(knowledgeVersions)
      .where(eq(knowledgeVersions.id, taught.json().version.id));
    expect(version?.extractedText).toContain('可到任何郵局辦理。');
    const audited = await f.store.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, version?.id ?? ''));
    expect(audited.map((e) => e.action)).toEqual(['knowledge.import']);
    // A draft is never served.
    const found = await f.as('agent', {
      method: 'GET',
      url: `/api/v1/knowledge/search?q=${encodeURIComponent('郵局辦理')}`,
    });
    expect(found.statusCode).toBe(200);
    expect(found.body).not.toContain('可到任何郵局辦理');

    const refused = await teach('dept_admin', { answer: '' });
    expect(refused.json()).toMatchObject({ status: 400, errors: [{ field: 'body.answer' }] });
  });
});
