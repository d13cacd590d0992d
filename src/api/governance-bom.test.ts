import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment, type ServiceContext } from '../access/index.ts';
import { seedDemoBots } from '../chat/index.ts';
import { createProvider, type FakeProvider, putAllowlist, startFakeProvider } from '../gateway/index.ts';
import {
  completeDeploymentReview,
  createApplication,
  deploymentAnswers,
  LOCKFILE,
  listApplications,
  runBomSweep,
  seedDemoGovernance,
  validateBom,
} from '../governance/index.ts';
import { extractSource, importIntoKnowledge } from '../knowledge/index.ts';
import { auditLog, governanceReassessments, knowledgeSources } from '../store/index.ts';
import {
  createFixture,
  type DepartmentFixture,
  type Fixture,
  knowledgeDraft,
  principalOf,
  testBot,
} from './test-fixture.ts';

/**
 * Issue #18, "AI supply chain": every application's AI bill of materials as CycloneDX 1.6 (its
 * models and what providers reported answering, its knowledge with hashes and approvers, datasets,
 * third parties, LionRock's own packages), valid against the vendored schema; and the changes seen,
 * with their dates, making re-assessment due where governance counts them significant.
 */

let f: Fixture;
const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'test' };
const temporary: string[] = [];

beforeAll(async () => {
  f = await createFixture();
});
afterAll(async () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  await f?.close();
});

interface Bom {
  bomFormat: string;
  specVersion: string;
  metadata: { component: Component };
  components: Component[];
  services: { 'bom-ref': string; name: string; endpoints?: string[] }[];
}
interface Component {
  type: string;
  'bom-ref': string;
  name: string;
  group?: string;
  version?: string;
  purl?: string;
  hashes?: { alg: string; content: string }[];
  properties?: { name: string; value: string }[];
  components?: Component[];
  modelCard?: unknown;
  data?: { governance?: { stewards?: { contact?: { name: string } }[] } & Record<string, unknown> }[];
}
interface Change {
  kind: string;
  summary: { en: string; zhHant: string };
  detail: Record<string, unknown>;
  baseline: boolean;
  significant: boolean;
  changedAt: string;
}

const prop = (component: Component | undefined, name: string) =>
  component?.properties?.find((p) => p.name === `lionrock:${name}`)?.value;

async function bomOf(applicationId: string, target: DepartmentFixture = f.own) {
  const response = await f.as('auditor', { url: `/api/v1/governance/applications/${applicationId}/bom` }, target);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  return { response, bom: response.json() as Bom };
}

async function changesOf(applicationId: string, target: DepartmentFixture = f.own): Promise<Change[]> {
  const response = await f.as(
    'auditor',
    { url: `/api/v1/governance/applications/${applicationId}/bom/changes` },
    target,
  );
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { changes: Change[] }).changes.filter((c) => c.kind !== 'dependencies');
}

async function openFlags(applicationId: string) {
  const rows = await f.store.db
    .select({ kind: governanceReassessments.kind, detail: governanceReassessments.detail })
    .from(governanceReassessments)
    .where(and(eq(governanceReassessments.applicationId, applicationId), isNull(governanceReassessments.resolvedAt)));
  return rows.map((row) => [row.kind, row.detail]);
}

async function botApplication(target: DepartmentFixture, botId: string): Promise<string> {
  const row = await createApplication(f.store.db, cli, {
    departmentId: target.department.id,
    ownerId: target.users.approver.id,
    type: 'lionrock_bot',
    name: { en: `Application of ${botId}`, zhHant: `${botId} 應用` },
    purpose: { en: 'Answers questions about dog licences', zhHant: '回答狗牌問題' },
    publicFacing: true,
    generative: true,
    personalData: false,
    botId,
  });
  return row.id;
}

/** The department's approver approves a knowledge version (publishing it). */
async function approveVersion(versionId: string, target: DepartmentFixture = f.own) {
  const response = await f.as(
    'approver',
    { method: 'POST', url: `/api/v1/knowledge/versions/${versionId}/approve` },
    target,
  );
  expect(response.statusCode, response.body).toBe(200);
}

/** A complete deployment-stage assessment: prepared by the editor, endorsed by the owner and the assurance reviewer. */
async function assessed(target: DepartmentFixture, applicationId: string) {
  await completeDeploymentReview(
    f.store.db,
    applicationId,
    deploymentAnswers({ personalData: false }),
    {
      preparer: principalOf(target.users.editor),
      owner: principalOf(target.users.approver),
      assurance: principalOf(target.users.assurance_reviewer),
      itBoard: principalOf(target.users.it_board),
    },
    'test',
  );
}

describe('the demo bot demo-1823', () => {
  it('has an AI bill of materials that validates against the CycloneDX 1.6 schema', async () => {
    await createDepartment(f.store.db, cli, { code: 'demo', nameEn: 'Demo Department', nameZh: '示範部門' });
    await seedDemoBots(f.store.db);
    await f.app.lionrock.knowledgeIndex.refresh();
    await seedDemoGovernance(f.store.db, () => f.app.lionrock.jobWorker.drain());
    const application = (await listApplications(f.store.db, CLI_PRINCIPAL)).find((a) => a.botId === 'demo-1823');
    if (!application) throw new Error('demo-1823 is not registered');

    const response = await f.as('platform_admin', { url: `/api/v1/governance/applications/${application.id}/bom` });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/vnd\.cyclonedx\+json/);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="application-${application.id}.cdx.json"`,
    );
    const bom = response.json() as Bom;
    expect(validateBom(bom)).toEqual([]);
    expect([bom.bomFormat, bom.specVersion]).toEqual(['CycloneDX', '1.6']);
    expect(bom.metadata.component).toMatchObject({ type: 'application', name: application.nameEn });
    expect(prop(bom.metadata.component, 'application:status')).toBe('live');
    // The assessment's third-party answers (hk-aiaia Q14–Q17), with their justification.
    expect(prop(bom.metadata.component, 'third-party:Q14')).toMatch(/^na: No vendor or model provider/);

    // Its knowledge: the published FAQ with the content hash and the maker-checker pair.
    const knowledge = bom.components.filter((c) => c['bom-ref'].startsWith('knowledge:'));
    expect(knowledge.length).toBeGreaterThan(0);
    for (const source of knowledge) {
      expect(source.type).toBe('data');
      expect(source.hashes?.[0]?.alg).toBe('SHA-256');
      expect(source.hashes?.[0]?.content).toMatch(/^[0-9a-f]{64}$/);
      expect(prop(source, 'knowledge:approver')).toBeTruthy();
    }
    // An extractive bot calls no model: the models are LionRock's own guard models, each with a model card.
    const models = bom.components.filter((c) => c.type === 'machine-learning-model');
    expect(models.map((m) => m['bom-ref'])).toEqual([
      'platform-model:lionrock-guard-injection',
      'platform-model:lionrock-guard-pii-tagger',
      'platform-model:lionrock-guard-phishing-host',
    ]);
    for (const model of models) expect(model.modelCard).toBeTruthy();
    expect(bom.services).toEqual([]);
    // The evaluation datasets it was tested with.
    expect(bom.components.filter((c) => c['bom-ref'].startsWith('evaluation:')).map((c) => c.name)).toContain(
      'evaluation suite golden-qa',
    );

    // LionRock's own packages, as the lockfile pins them.
    const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8')) as { packages: Record<string, { version: string }> };
    const lionrock = bom.components.find((c) => c['bom-ref'] === 'lionrock');
    const fastify = lionrock?.components?.find((c) => c.name === 'fastify' && !c.group);
    expect(fastify).toMatchObject({
      type: 'library',
      version: lock.packages['node_modules/fastify']?.version,
      purl: `pkg:npm/fastify@${lock.packages['node_modules/fastify']?.version}`,
    });
    expect(fastify?.hashes?.[0]).toMatchObject({ alg: 'SHA-512', content: expect.stringMatching(/^[0-9a-f]{128}$/) });
    const scoped = lionrock?.components?.find((c) => c.group === '@fastify' && c.name === 'cookie');
    expect(scoped?.purl).toMatch(/^pkg:npm\/%40fastify\/cookie@/);
  }, 300_000);
});

describe('validation against the CycloneDX schema', () => {
  const minimal = { bomFormat: 'CycloneDX', specVersion: '1.6', version: 1 };

  it('accepts a minimal document and refuses a broken one, naming where', () => {
    expect(validateBom(minimal)).toEqual([]);
    expect(validateBom({ specVersion: '1.6' }).map((issue) => issue.message)).toEqual([
      "must have required property 'bomFormat'",
    ]);
    const broken = validateBom({
      ...minimal,
      components: [
        { type: 'robot', name: 'x' },
        { type: 'data', name: 'faq', hashes: [{ alg: 'SHA-256', content: 'not a digest' }] },
      ],
    });
    expect(broken.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['/components/0/type', '/components/1/hashes/0/content']),
    );
  });
});

describe('changes to an application’s bill of materials', () => {
  let fake: FakeProvider;
  beforeAll(async () => {
    fake = await startFakeProvider();
    await createProvider(f.store.db, cli, f.app.gateway.secrets, {
      name: 'bom-provider',
      baseUrl: fake.url,
      models: ['m'],
    });
    await putAllowlist(f.store.db, cli, f.own.department.id, [{ provider: 'bom-provider', model: 'm' }]);
  });
  afterAll(async () => fake.close());

  const call = async (botId: string, fingerprint: string) => {
    fake.setDefault({ kind: 'reply', model: 'm-2026-01', fingerprint });
    await f.app.gateway.complete({
      departmentId: f.own.department.id,
      botId,
      provider: 'bom-provider',
      model: 'm',
      messages: [{ role: 'user', content: 'hello' }],
      actor: { id: 'test', roles: ['service'], departmentId: f.own.department.id },
      requestId: null,
    });
    await f.app.gateway.flush();
  };

  it('records a provider’s new model fingerprint with its date, and makes an assessed application due', async () => {
    const botId = await testBot(f.store, f.own, false);
    const applicationId = await botApplication(f.own, botId);
    await call(botId, 'fp_one');
    await runBomSweep(f.store.db);
    const [baseline] = await changesOf(applicationId);
    expect(baseline).toMatchObject({
      kind: 'model_identity',
      baseline: true,
      significant: false,
      detail: { provider: 'bom-provider', requested: 'm', model: 'm-2026-01', fingerprint: 'fp_one' },
    });

    await assessed(f.own, applicationId);
    await call(botId, 'fp_one');
    await runBomSweep(f.store.db);
    expect(await changesOf(applicationId)).toHaveLength(1);
    expect(await openFlags(applicationId)).toEqual([]);

    await call(botId, 'fp_two');
    const before = await f.auditCount();
    await runBomSweep(f.store.db);
    await runBomSweep(f.store.db);
    const changes = await changesOf(applicationId);
    expect(changes.map((c) => [c.kind, c.detail.fingerprint, c.significant])).toEqual([
      ['model_identity', 'fp_one', false],
      ['model_identity', 'fp_two', true],
    ]);
    expect(changes[1]?.detail.previous).toEqual([{ model: 'm-2026-01', fingerprint: 'fp_one' }]);
    expect(changes[1]?.summary.zhHant).toContain('fp_two');
    expect(Date.parse(changes[1]?.changedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(changes[0]?.changedAt ?? ''));
    // The same flag as the governance sweep's own model check raises: one change, one flag.
    expect(await openFlags(applicationId)).toEqual([['model_change', { model: 'm-2026-01', fingerprint: 'fp_two' }]]);
    // Audited: the change and the re-assessment it made due.
    const actions = (await f.store.db.select({ action: auditLog.action, seq: auditLog.seq }).from(auditLog))
      .filter((row) => row.seq > before)
      .map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['governance.bom.change', 'governance.reassessment.due']));

    // The BOM names both identities the provider reported, first and last seen, and the provider's endpoint.
    const { bom } = await bomOf(applicationId);
    expect(validateBom(bom)).toEqual([]);
    const observed = bom.components.filter((c) => prop(c, 'model:reported') === 'm-2026-01');
    expect(observed.map((c) => [c.group, c.name, c.version, prop(c, 'model:requested')])).toEqual([
      ['bom-provider', 'm-2026-01', 'fp_one', 'm'],
      ['bom-provider', 'm-2026-01', 'fp_two', 'm'],
    ]);
    expect(prop(observed[0], 'model:calls')).toBe('2');
    expect(Date.parse(prop(observed[0], 'model:first-seen') ?? '')).toBeLessThanOrEqual(
      Date.parse(prop(observed[0], 'model:last-seen') ?? ''),
    );
    expect(bom.services).toEqual([
      expect.objectContaining({ 'bom-ref': 'provider:bom-provider', endpoints: [fake.url] }),
    ]);
  });

  it('records a new knowledge source and new content of one, with hashes and approvers; a new source makes it due', async () => {
    const target = f.other;
    const botId = await testBot(f.store, target, false);
    const applicationId = await botApplication(target, botId);
    const first = await knowledgeDraft(f.store, target);
    await approveVersion(first.versionId, target);
    await runBomSweep(f.store.db);
    await assessed(target, applicationId);

    const second = await knowledgeDraft(f.store, target);
    await approveVersion(second.versionId, target);
    // New content of the first source: the same file imported again, changed.
    const [source] = await f.store.db.select().from(knowledgeSources).where(eq(knowledgeSources.id, first.sourceId));
    const content = await extractSource({
      type: 'file',
      file: {
        fileName: source?.origin ?? '',
        bytes: Buffer.from('{"id":"q","question":"狗牌點續？","answer":"網上續領。"}\n'),
      },
    });
    const principal = principalOf(target.bystander);
    const next = await importIntoKnowledge(f.store.db, { principal, requestId: 'test' }, content);
    await approveVersion(next.version.id, target);
    await runBomSweep(f.store.db);

    const changes = await changesOf(applicationId, target);
    expect(changes.map((c) => [c.kind, c.detail.sourceId, c.detail.version, c.baseline, c.significant])).toEqual([
      ['knowledge_source', first.sourceId, 1, true, false],
      ['knowledge_source', second.sourceId, 1, false, true],
      ['knowledge_version', first.sourceId, 2, false, false],
    ]);
    expect(changes[1]?.detail.approver).toBe('beta approver');
    // The source's kind in words in both languages, not its code (`faq`).
    expect(changes[1]?.summary.zhHant).toMatch(/^知識來源「.+」（常見問題表）供應用程式使用$/);
    expect(changes[1]?.summary.en).toMatch(/^Knowledge source ".+" \(FAQ sheet\) feeds the application$/);
    expect(await openFlags(applicationId)).toEqual([['data_source', { knowledgeSourceId: second.sourceId }]]);

    const { bom } = await bomOf(applicationId, target);
    expect(validateBom(bom)).toEqual([]);
    const firstSource = bom.components.find((c) => c['bom-ref'] === `knowledge:${first.sourceId}`);
    expect(firstSource?.version).toBe('2');
    expect(firstSource?.hashes?.[0]?.content).toBe(changes[2]?.detail.sha256);
    expect(prop(firstSource, 'knowledge:maker')).toBe('beta bystander');
    expect(prop(firstSource, 'knowledge:approver')).toBe('beta approver');
    expect(firstSource?.data?.[0]?.governance?.stewards?.map((s) => s.contact?.name)).toEqual([
      'beta bystander',
      'beta approver',
    ]);
  });

  it('records a dependency update at start (the lockfile changed), never as significant', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lionrock-bom-'));
    temporary.push(dir);
    const lockfile = (packages: Record<string, object>) => {
      const path = join(dir, `lock-${Object.keys(packages).length}-${JSON.stringify(packages).length}.json`);
      writeFileSync(path, JSON.stringify({ name: 'lionrock', version: '0.1.0', lockfileVersion: 3, packages }));
      return path;
    };
    const before = lockfile({
      '': { name: 'lionrock' },
      'node_modules/left-pad': { version: '1.0.0', integrity: 'sha512-AAAA' },
      'node_modules/gone': { version: '2.0.0' },
    });
    const after = lockfile({
      '': { name: 'lionrock' },
      'node_modules/left-pad': { version: '1.3.0', integrity: 'sha512-BBBB' },
      'node_modules/@scope/new': { version: '0.1.0' },
    });
    await runBomSweep(f.store.db, { lockfile: before });
    const update = (await runBomSweep(f.store.db, { lockfile: after })).dependencies;
    expect(update).toMatchObject({
      kind: 'dependencies',
      applicationId: null,
      significant: false,
      baseline: false,
      summaryEn: 'Dependencies updated: 1 added, 1 removed, 1 updated',
      detail: { added: ['@scope/new'], removed: ['gone'], updated: [{ name: 'left-pad', from: '1.0.0', to: '1.3.0' }] },
    });
    expect((await runBomSweep(f.store.db, { lockfile: after })).dependencies).toBeNull();
    // Every application's history shows LionRock's dependency updates, without the package lists.
    const applicationId = await botApplication(f.own, await testBot(f.store, f.own, false));
    const response = await f.as('auditor', { url: `/api/v1/governance/applications/${applicationId}/bom/changes` });
    const history = (response.json() as { changes: Change[] }).changes.filter((c) => c.kind === 'dependencies');
    expect(history.at(-1)?.detail).not.toHaveProperty('packages');
    expect(history.at(-1)?.summary.zhHant).toBe('相依套件更新：新增 1 個、移除 1 個、更新 1 個');
  });

  it('answers 404 for another department’s application', async () => {
    const applicationId = await botApplication(f.other, await testBot(f.store, f.other, false));
    for (const url of [
      `/api/v1/governance/applications/${applicationId}/bom`,
      `/api/v1/governance/applications/${applicationId}/bom/changes`,
    ]) {
      const response = await f.as('dept_admin', { url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('the datasets an application uses', () => {
  /** A bot's application answering from a knowledge source the approver has published. */
  const applicationWithPublishedKnowledge = async () => {
    const botId = await testBot(f.store, f.own, false);
    const applicationId = await botApplication(f.own, botId);
    const draft = await knowledgeDraft(f.store, f.own);
    await approveVersion(draft.versionId);
    return { applicationId, sourceId: draft.sourceId };
  };

  /** A catalogue dataset registered by the editor; `extra` sets or overrides its fields. */
  const dataset = async (name: string, extra: Record<string, unknown>) => {
    const response = await f.as('editor', {
      method: 'POST',
      url: '/api/v1/governance/datasets',
      payload: {
        name,
        titleEn: `Dataset ${name}`,
        titleZhHant: `數據集 ${name}`,
        owner: 'Senior Licensing Officer',
        retention: 'Seven years after the licence ends',
        sourceSystems: ['eLicensing', 'paper forms'],
        ...extra,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { id: string }).id;
  };

  it('records a dataset newly used, and a change of its classification, as significant changes that make it due', async () => {
    // The baseline: what the application used when first recorded (a published knowledge source).
    const { applicationId } = await applicationWithPublishedKnowledge();
    await runBomSweep(f.store.db);
    await assessed(f.own, applicationId);
    const datasetId = await dataset('dog-owner-register', {
      titleEn: 'Dog owner register',
      titleZhHant: '狗主登記冊',
      classification: 'internal',
      personalData: false,
      personalDataKinds: [],
      retention: 'Seven years',
      sourceSystems: ['eLicensing'],
      applicationIds: [applicationId],
    });
    await runBomSweep(f.store.db);
    const changed = await f.as('editor', {
      method: 'PATCH',
      url: `/api/v1/governance/datasets/${datasetId}`,
      payload: { classification: 'restricted', personalData: true, personalDataKinds: ['name', 'address'] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    await runBomSweep(f.store.db);
    await runBomSweep(f.store.db);

    const datasets = (await changesOf(applicationId)).filter((c) => c.kind === 'dataset');
    expect(datasets.map((c) => [c.detail.classification, c.significant])).toEqual([
      ['internal', true],
      ['restricted', true],
    ]);
    expect(datasets[1]?.summary.zhHant).toBe('數據集「狗主登記冊」現為限閱，個人資料：name, address');
    expect(await openFlags(applicationId)).toContainEqual(['data_source', { datasetId, classification: 'internal' }]);
  });

  it('lists the catalogue’s datasets registered on it and linked from its knowledge, with classification, owner and lineage', async () => {
    const { applicationId, sourceId } = await applicationWithPublishedKnowledge();
    const registered = await dataset('licence-records', {
      classification: 'restricted',
      personalData: true,
      personalDataKinds: ['name', 'hkid'],
      applicationIds: [applicationId],
    });
    const behindKnowledge = await dataset('dog-faq-sources', {
      classification: 'public',
      personalData: false,
      personalDataKinds: [],
    });
    const linked = await f.as('editor', {
      method: 'PUT',
      url: `/api/v1/governance/knowledge-sources/${sourceId}/dataset`,
      payload: { datasetId: behindKnowledge },
    });
    expect(linked.statusCode, linked.body).toBe(200);

    const { bom } = await bomOf(applicationId);
    expect(validateBom(bom)).toEqual([]);
    const own = bom.components.find((c) => c['bom-ref'] === `dataset:${registered}`);
    expect(own).toMatchObject({
      type: 'data',
      name: 'licence-records',
      data: [
        {
          classification: 'restricted',
          sensitiveData: ['name', 'hkid'],
          governance: { owners: [{ contact: { name: 'Senior Licensing Officer' } }] },
        },
      ],
    });
    expect(own?.properties?.filter((p) => p.name === 'lionrock:data:lineage').map((p) => p.value)).toEqual([
      'eLicensing',
      'paper forms',
    ]);
    expect(prop(own, 'data:registered')).toBe('true');
    const viaKnowledge = bom.components.find((c) => c['bom-ref'] === `dataset:${behindKnowledge}`);
    expect(prop(viaKnowledge, 'data:via-knowledge-source')).toBe(sourceId);
    expect(prop(viaKnowledge, 'data:registered')).toBe('false');

    // The assessment report shows the same data, in the language asked for.
    const report = await f.as('auditor', {
      url: `/api/v1/governance/applications/${applicationId}/report?format=html&lang=zh-Hant`,
    });
    expect(report.statusCode, report.body.slice(0, 300)).toBe(200);
    const dataSection = report.body.slice(report.body.indexOf('使用的數據'), report.body.indexOf('人工智能物料清單'));
    expect(dataSection).toContain('數據集 licence-records');
    expect(dataSection).toContain('restricted');
    expect(dataSection).toContain('name, hkid');
    expect(dataSection).toContain('eLicensing, paper forms');
    expect(dataSection).toContain('知識來源 (1)');
  });
});
