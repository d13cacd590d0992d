import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, type ServiceContext } from '../access/index.ts';
import { ask } from '../chat/index.ts';
import { reviewVersion } from '../knowledge/index.ts';
import { auditLog } from '../store/index.ts';
import { createFixture, type Fixture, knowledgeDraft, testBot } from './test-fixture.ts';

const DATASETS = '/api/v1/governance/datasets';
const CONSENTS = '/api/v1/governance/consents';
const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'consented-knowledge-test' };

interface Problem {
  detail: string;
  errors: { field: string; code: string; message: string }[];
}

/**
 * The consented data exchange at the point of use: the other department (consumer) answers
 * citizens from a knowledge source built on the own department's (provider) restricted dataset;
 * each answer that would use it is checked against a live consent and audited.
 */
describe('consented data at use', () => {
  let f: Fixture;
  let datasetId: string;
  let sourceId: string;
  let botId: string;
  beforeAll(async () => {
    f = await createFixture();
    const created = await f.as('editor', {
      method: 'POST',
      url: DATASETS,
      payload: {
        name: 'licence-records',
        titleEn: 'Licence records',
        titleZhHant: '牌照紀錄',
        owner: 'Senior Licensing Officer',
        classification: 'restricted',
        personalData: false,
        personalDataKinds: [],
        retention: '7 years',
        sourceSystems: ['eLicensing'],
      },
    });
    datasetId = (created.json() as { id: string }).id;
    const draft = await knowledgeDraft(
      f.store,
      f.other,
      '{"id":"permit","question":"How long does a hawker permit take?","answer":"A hawker permit takes 14 working days."}\n',
    );
    sourceId = draft.sourceId;
    await reviewVersion(f.store.db, cli, draft.versionId, { approve: true });
    await f.app.lionrock.knowledgeIndex.refresh();
    botId = await testBot(f.store, f.other);
  });
  afterAll(async () => f.close());

  const grant = async () => {
    const granted = await f.as('editor', {
      method: 'POST',
      url: CONSENTS,
      payload: {
        ownerKind: 'department',
        ownerRef: 'alpha',
        consumerDepartmentId: f.other.department.id,
        scope: 'licence-records',
        purpose: 'citizen-enquiries',
        channel: 'LionRock knowledge',
      },
    });
    expect(granted.statusCode).toBe(201);
    return (granted.json() as { id: string }).id;
  };
  const link = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    f.as(
      'editor',
      { method: 'PUT', url: `/api/v1/governance/knowledge-sources/${sourceId}/dataset`, payload, headers },
      f.other,
    );
  const question = () =>
    ask(f.app.lionrock.conversation, {
      botId,
      question: 'How long does a hawker permit take?',
      actor: null,
      requestId: 'consented-knowledge',
    });
  const uses = async () =>
    (
      await f.store.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'consent.use'), eq(auditLog.departmentId, f.other.department.id)))
        .orderBy(auditLog.seq)
    ).map((e) => e.after as { allowed: boolean; reason: string; sourceId?: string; botId?: string });

  it('links a source to another department’s restricted dataset only under a live consent for a named purpose', async () => {
    // No consent at all: the other department's dataset stays unseen, with a purpose or without.
    for (const payload of [{ datasetId, purpose: 'citizen-enquiries' }, { datasetId }]) {
      const unseen = await link(payload);
      expect(unseen.statusCode).toBe(404);
      expect((unseen.json() as Problem).errors[0]?.field).toBe('body.datasetId');
    }

    await grant();
    // Under a consent, the purpose it names is asked for, naming the field in both languages.
    const noPurpose = await link({ datasetId }, { 'accept-language': 'zh-Hant' });
    expect(noPurpose.statusCode).toBe(400);
    expect(noPurpose.json()).toMatchObject({ detail: expect.stringContaining('必須填寫') });
    expect((noPurpose.json() as Problem).errors[0]?.field).toBe('body.purpose');
    const linked = await link({ datasetId, purpose: 'citizen-enquiries' });
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ sourceId, datasetId, purpose: 'citizen-enquiries' });
    const read = await f.as('reviewer', { method: 'GET', url: `${DATASETS}/${datasetId}` });
    expect((read.json() as { knowledgeSourceIds: string[] }).knowledgeSourceIds).toEqual([sourceId]);
  });

  it('answers from the source under the consent; after revocation the very next question does not use it and the refusal is audited; a new grant brings it back', async () => {
    const answered = await question();
    expect(answered.outcome).toBe('answered');
    expect(answered.answer).toContain('14 working days');
    expect((await uses()).at(-1)).toMatchObject({ allowed: true, reason: 'live', sourceId, botId });

    const [consent] = (
      (await f.as('editor', { method: 'GET', url: CONSENTS })).json() as { items: { id: string; live: boolean }[] }
    ).items.filter((c) => c.live);
    const revoked = await f.as('editor', {
      method: 'POST',
      url: `${CONSENTS}/${consent?.id}/revoke`,
      payload: { reason: 'Review of the data sharing' },
    });
    expect(revoked.statusCode).toBe(200);

    const refused = await question();
    expect(refused.outcome).toBe('fallback');
    expect(refused.answer).not.toContain('14 working days');
    expect(refused.citations).toEqual([]);
    expect((await uses()).at(-1)).toMatchObject({ allowed: false, reason: 'revoked', sourceId, botId });

    // A person relinking under the revoked consent is refused in their language, naming the consent.
    const relink = await link({ datasetId, purpose: 'citizen-enquiries' }, { 'accept-language': 'zh-Hant' });
    expect(relink.statusCode).toBe(403);
    const problem = relink.json() as Problem;
    expect(problem.detail).toContain('撤回');
    expect(problem.errors[0]).toMatchObject({ field: `consent.${consent?.id}`, code: 'consent_revoked' });

    await grant();
    const back = await question();
    expect(back.outcome).toBe('answered');
    expect(back.answer).toContain('14 working days');
    expect((await uses()).at(-1)).toMatchObject({ allowed: true, reason: 'live' });
  });

  it('a public dataset needs no consent, and its use is not a consented use', async () => {
    const publicSet = await f.as('editor', {
      method: 'POST',
      url: DATASETS,
      payload: {
        name: 'licence-statistics',
        titleEn: 'Licence statistics',
        titleZhHant: '牌照統計',
        owner: 'Statistician',
        classification: 'public',
        personalData: false,
        personalDataKinds: [],
        retention: 'permanent',
        sourceSystems: ['eLicensing'],
      },
    });
    const publicId = (publicSet.json() as { id: string }).id;
    const linked = await link({ datasetId: publicId });
    expect(linked.statusCode).toBe(200);
    const before = (await uses()).length;
    expect((await question()).outcome).toBe('answered');
    expect((await uses()).length).toBe(before);
  });
});
