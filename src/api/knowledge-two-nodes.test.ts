import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { createBot, publishBot } from '../chat/index.ts';
import { configSchema } from '../core/index.ts';
import { reviewVersion } from '../knowledge/index.ts';
import { buildApp } from './app.ts';
import { createFixture, type Fixture, knowledgeDraft } from './test-fixture.ts';

/**
 * Two API nodes over one database. What changes what citizens are told reaches both by the
 * mechanism publishing uses: each node's index compares every source's published version and
 * revision on its poll (here: an explicit refresh, which the poll calls).
 * Issue 13 items 7 (learned phrasings) and 20 (withdrawal).
 */

const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
const FAQ = [
  { id: 'chip', question: '點樣幫狗隻植入晶片？', answer: '請帶狗隻到漁護署動物管理中心植入晶片，費用全免。' },
  { id: 'vaccine', question: '狗隻幾耐要打一次狂犬病疫苗？', answer: '狗隻須每三年注射一次狂犬病疫苗。' },
]
  .map((row) => JSON.stringify(row))
  .join('\n');
const BOT = {
  name: { zh: '狗隻', en: 'Dogs' },
  greeting: { zh: '你好', en: 'Hello' },
  disclosure: { zh: '人工智能', en: 'AI' },
  fallback: { zh: '請致電 1823。', en: 'Call 1823.' },
  publicRatePerMinute: 1000,
};

interface Answer {
  sessionId: string;
  outcome: string;
  answer: string;
  citations: { entryId: string; sourceId: string }[];
  handoff: { reference: string } | null;
}

describe('knowledge changes reach every node', () => {
  let f: Fixture;
  let nodeB: FastifyInstance;
  let sourceId = '';
  const ask = async (node: FastifyInstance, question: string, extra: Record<string, unknown> = {}) =>
    (
      await node.inject({ method: 'POST', url: '/api/v1/bots/dogs/ask', payload: { question, ...extra } })
    ).json() as Answer;

  beforeAll(async () => {
    f = await createFixture();
    const draft = await knowledgeDraft(f.store, f.own, `${FAQ}\n`);
    sourceId = draft.sourceId;
    await reviewVersion(f.store.db, ctx, draft.versionId, { approve: true });
    await f.app.lionrock.knowledgeIndex.refresh();
    await createBot(f.store.db, ctx, { id: 'dogs', departmentId: f.own.department.id, config: BOT });
    await publishBot(f.store.db, ctx, 'dogs');
    nodeB = await buildApp({ store: f.store, config: configSchema.parse({ logLevel: 'silent', runJobs: false }) });
    await nodeB.ready();
  });
  afterAll(async () => {
    await nodeB.close();
    await f.close();
  });

  it('a phrasing an agent teaches on node A is answered on node B after its refresh', async () => {
    const question = '我隻狗仔要唔要整個電子身份？';
    expect((await ask(nodeB, question)).outcome).toBe('fallback');
    const unknown = await ask(f.app, question);
    expect(unknown.outcome).toBe('fallback');
    const accepted = await ask(f.app, '好', { sessionId: unknown.sessionId });
    const reference = accepted.handoff?.reference ?? '';
    const agent = { authorization: `Bearer ${f.own.keys.agent}` };
    const queue = (await f.app.inject({ url: '/api/v1/handoff-cases', headers: agent })).json() as {
      items: { id: string; reference: string }[];
    };
    const caseId = queue.items.find((c) => c.reference === reference)?.id ?? '';
    await f.app.inject({ method: 'POST', url: `/api/v1/handoff-cases/${caseId}/take`, headers: agent });
    const entryId = `${sourceId}:chip`;
    const replied = await f.app.inject({
      method: 'POST',
      url: `/api/v1/handoff-cases/${caseId}/reply`,
      headers: agent,
      payload: { reply: '可以帶狗隻到漁護署植入晶片。', entryId },
    });
    expect(replied.statusCode).toBe(200);

    // Node A learned it at once; node B at its next poll.
    expect((await ask(f.app, question)).citations[0]?.entryId).toBe(entryId);
    await nodeB.lionrock.knowledgeIndex.refresh();
    const onB = await ask(nodeB, question);
    expect(onB.outcome).toBe('answered');
    expect(onB.citations[0]?.entryId).toBe(entryId);
  });

  it('a published source is withdrawn by an editor and an approver who is not the requester, and stops being served on every node', async () => {
    await nodeB.lionrock.knowledgeIndex.refresh();
    expect((await ask(nodeB, '狗隻幾耐要打一次狂犬病疫苗？')).outcome).toBe('answered');
    const url = `/api/v1/knowledge/sources/${sourceId}/withdrawal`;

    const noReason = await f.as('editor', { method: 'POST', url, payload: {} });
    expect(noReason.json()).toMatchObject({ status: 400, errors: [{ field: 'body.reason' }] });
    const nothingPending = await f.as('approver', { method: 'POST', url: `${url}/confirm` });
    expect(nothingPending.statusCode).toBe(409);

    const reason = '疫苗資料已過時 The vaccination schedule changed';
    const requested = await f.as('dept_admin', { method: 'POST', url, payload: { reason } });
    expect(requested.statusCode).toBe(200);
    expect(requested.json()).toMatchObject({
      publishedVersion: 1,
      withdrawalReason: reason,
      withdrawalRequestedBy: f.own.users.dept_admin.id,
      withdrawnAt: null,
    });
    // Still served until an approver confirms.
    expect((await ask(f.app, '狗隻幾耐要打一次狂犬病疫苗？')).outcome).toBe('answered');
    const twice = await f.as('editor', { method: 'POST', url, payload: { reason } });
    expect(twice.statusCode).toBe(409);

    const own = await f.as('dept_admin', { method: 'POST', url: `${url}/confirm` });
    expect(own.statusCode).toBe(403);
    const confirmed = await f.as('approver', { method: 'POST', url: `${url}/confirm` });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ publishedVersion: null, withdrawnAt: expect.any(String) });

    // At once on the node that confirmed, and on node B at its next poll.
    const onA = await ask(f.app, '狗隻幾耐要打一次狂犬病疫苗？');
    expect(onA.outcome).not.toBe('answered');
    expect(onA.answer).not.toContain('每三年');
    const search = (
      await f.as('agent', {
        method: 'GET',
        url: `/api/v1/knowledge/search?q=${encodeURIComponent('狂犬病疫苗')}`,
      })
    ).json() as { hits: unknown[] };
    expect(search.hits).toEqual([]);
    await nodeB.lionrock.knowledgeIndex.refresh();
    expect((await ask(nodeB, '狗隻幾耐要打一次狂犬病疫苗？')).answer).not.toContain('每三年');

    const versions = (
      await f.as('approver', { method: 'GET', url: `/api/v1/knowledge/sources/${sourceId}` })
    ).json() as {
      versions: { version: number; status: string }[];
    };
    expect(versions.versions).toEqual([expect.objectContaining({ version: 1, status: 'withdrawn' })]);
    // One approver alone cannot undo what two decided.
    const rollback = await f.as('approver', {
      method: 'POST',
      url: `/api/v1/knowledge/sources/${sourceId}/rollback`,
      payload: { version: 1 },
    });
    expect(rollback.json()).toMatchObject({
      status: 409,
      errors: [{ field: 'body.version', code: 'source_withdrawn' }],
    });

    const audit = (await f.as('auditor', { method: 'GET', url: `/api/v1/audit?entityId=${sourceId}` })).json() as {
      items: { action: string; actorId: string }[];
    };
    expect(audit.items.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['knowledge.withdraw_requested', 'knowledge.withdraw']),
    );
  });

  it('an approver may decline a withdrawal request, with the reason; the source stays served', async () => {
    const draft = await knowledgeDraft(
      f.store,
      f.own,
      `${JSON.stringify({ id: 'walk', question: '遛狗要唔要綁狗帶？', answer: '在公眾地方遛狗必須以狗帶牽引。' })}\n`,
    );
    await reviewVersion(f.store.db, ctx, draft.versionId, { approve: true });
    const url = `/api/v1/knowledge/sources/${draft.sourceId}/withdrawal`;
    await f.as('editor', { method: 'POST', url, payload: { reason: '想移除 Remove it' } });
    const noReason = await f.as('approver', { method: 'POST', url: `${url}/decline`, payload: {} });
    expect(noReason.json()).toMatchObject({ status: 400, errors: [{ field: 'body.reason' }] });
    const declined = await f.as('approver', {
      method: 'POST',
      url: `${url}/decline`,
      payload: { reason: '內容仍然正確 Still correct' },
    });
    expect(declined.json()).toMatchObject({ publishedVersion: 1, withdrawalRequestedBy: null, withdrawnAt: null });
    await f.app.lionrock.knowledgeIndex.refresh();
    expect((await ask(f.app, '遛狗要唔要綁狗帶？')).answer).toContain('狗帶');
  });
});
