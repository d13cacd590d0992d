import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import {
  CLI_PRINCIPAL,
  createApiKey,
  createDepartment,
  createUser,
  type Department,
  type Principal,
  type ServiceContext,
  type User,
} from '../access/index.ts';
import { type Config, configSchema, ROLES, type Role } from '../core/index.ts';
import { auditLog, handoffCases, knowledgeSources, openTestStore, type Store } from '../store/index.ts';
import { ask, createBot, publishBot, updateBotConfig } from '../chat/index.ts';
import { extractSource, importIntoKnowledge, requestWithdrawal, reviewVersion } from '../knowledge/index.ts';
import { type GoLiveStatus, publishGovernedBot, startEvaluation } from '../governance/index.ts';
import { buildApp } from './app.ts';
import { satisfyGoLiveGateAs } from './testing/satisfy-go-live-gate.ts';

export { satisfyGoLiveGateAs };

/** One department's people: a user and key per role, plus a bystander whose objects are targets. */
export interface DepartmentFixture {
  department: Department;
  users: Record<Role, User>;
  keys: Record<Role, string>;
  /** An editor who never calls the API: its user and keys are what the others act on. */
  bystander: User;
}

export interface Fixture {
  app: FastifyInstance;
  store: Store;
  config: Config;
  own: DepartmentFixture;
  other: DepartmentFixture;
  /** Sends a request as `role` of the own department (or anonymously with `null`). */
  as(role: Role | null, options: InjectOptions, department?: DepartmentFixture): Promise<LightMyRequestResponse>;
  auditCount(): Promise<number>;
  close(): Promise<void>;
}

const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'fixture' };

/** A migrated test database with two departments, a user and API key per role in each, and the app. */
export async function createFixture(overrides: Partial<Config> = {}): Promise<Fixture> {
  // Jobs are drained explicitly by the tests that queue them, never by a background poll.
  const config = configSchema.parse({ logLevel: 'silent', runJobs: false, ...overrides });
  const store = await openTestStore();
  const own = await populate(store, 'alpha', 'Alpha Department', '甲部門');
  const other = await populate(store, 'beta', 'Beta Department', '乙部門');
  const app = await buildApp({ store, config, logger: false });
  await app.ready();
  return {
    app,
    store,
    config,
    own,
    other,
    as(role, options, department = own) {
      const headers = { ...(options.headers ?? {}) } as Record<string, string>;
      if (role) headers.authorization = `Bearer ${department.keys[role]}`;
      return app.inject({ ...options, headers });
    },
    async auditCount() {
      const [row] = await store.db.select({ n: count() }).from(auditLog);
      return Number(row?.n ?? 0);
    },
    async close() {
      await app.close();
      await store.close();
    },
  };
}

async function populate(store: Store, code: string, nameEn: string, nameZh: string): Promise<DepartmentFixture> {
  const department = await createDepartment(store.db, cli, { code, nameEn, nameZh });
  const users = {} as Record<Role, User>;
  const keys = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await createUser(store.db, cli, {
      departmentId: department.id,
      displayName: `${code} ${role}`,
      roles: [role],
    });
    users[role] = user;
    keys[role] = (await createApiKey(store.db, cli, { name: role, userId: user.id, defaultLifetimeDays: 30 })).key;
  }
  const bystander = await createUser(store.db, cli, {
    departmentId: department.id,
    displayName: `${code} bystander`,
    roles: ['editor'],
  });
  return { department, users, keys, bystander };
}

/** A fresh key of `userId`, for routes that use one up (revocation). */
export async function freshKeyId(store: Store, userId: string): Promise<string> {
  return (await createApiKey(store.db, cli, { name: 'target', userId, defaultLifetimeDays: 30 })).id;
}

let uploads = 0;

/** A draft knowledge version imported by the department's bystander (so any approver may review it). */
export async function knowledgeDraft(
  store: Store,
  target: DepartmentFixture,
  lines?: string,
): Promise<{ sourceId: string; versionId: string }> {
  uploads += 1;
  const bytes = Buffer.from(
    lines ?? `{"id":"q${uploads}","question":"狗牌幾錢？ ${uploads}","answer":"每年港幣 80 元。"}\n`,
  );
  const content = await extractSource({ type: 'file', file: { fileName: `faq-${uploads}.jsonl`, bytes } });
  const principal = {
    id: target.bystander.id,
    roles: target.bystander.roles,
    departmentId: target.department.id,
    keyId: null,
  };
  const { source, version } = await importIntoKnowledge(store.db, { principal, requestId: 'fixture' }, content);
  return { sourceId: source.id, versionId: version.id };
}

/** A source with versions 1 and 2 both published in turn (so 1 can be rolled back to). */
export async function twicePublishedSource(store: Store, target: DepartmentFixture): Promise<string> {
  const first = await knowledgeDraft(store, target);
  await reviewVersion(store.db, cli, first.versionId, { approve: true });
  const principal = {
    id: target.bystander.id,
    roles: target.bystander.roles,
    departmentId: target.department.id,
    keyId: null,
  };
  const [source] = await store.db.select().from(knowledgeSources).where(eq(knowledgeSources.id, first.sourceId));
  const content = await extractSource({
    type: 'file',
    file: {
      fileName: source?.origin ?? '',
      bytes: Buffer.from('{"id":"q","question":"狗牌點續？","answer":"網上續領。"}\n'),
    },
  });
  const second = await importIntoKnowledge(store.db, { principal, requestId: 'fixture' }, content);
  await reviewVersion(store.db, cli, second.version.id, { approve: true });
  return first.sourceId;
}

/** A published source whose withdrawal the department's bystander (an editor) asked for. */
export async function withdrawalRequested(store: Store, target: DepartmentFixture): Promise<string> {
  const sourceId = await twicePublishedSource(store, target);
  const principal = {
    id: target.bystander.id,
    roles: target.bystander.roles,
    departmentId: target.department.id,
    keyId: null,
  };
  await requestWithdrawal(store.db, { principal, requestId: 'fixture' }, sourceId, '資料過時 Outdated');
  return sourceId;
}

let bots = 0;

const BOT_CONFIG = {
  name: { zh: '測試', en: 'Test' },
  greeting: { zh: '你好', en: 'Hello' },
  disclosure: { zh: '人工智能', en: 'AI' },
  fallback: { zh: '請致電 1823', en: 'Call 1823' },
  publicRatePerMinute: 100_000,
};

/** A new bot of the department, a draft unless `publish`. */
export async function testBot(store: Store, target: DepartmentFixture, publish = true): Promise<string> {
  bots += 1;
  const id = `${target.department.code}-bot-${bots}`;
  await createBot(store.db, cli, { id, departmentId: target.department.id, config: BOT_CONFIG });
  if (publish) await publishBot(store.db, cli, id);
  return id;
}

/** A queued evaluation run (golden Q&A) of a new bot of the department: what run routes read. */
export async function evaluationRun(store: Store, target: DepartmentFixture): Promise<string> {
  const botId = await testBot(store, target);
  return (await startEvaluation(store.db, cli, { botId, suiteId: 'golden-qa' })).run.id;
}

/** One answered turn with a published bot: what feedback refers to. */
export async function answeredTurn(
  f: Fixture,
  target: DepartmentFixture,
): Promise<{ botId: string; sessionId: string; messageId: string }> {
  const botId = await testBot(f.store, target);
  const result = await ask(f.app.lionrock.conversation, { botId, question: '你好', actor: null, requestId: 'fixture' });
  return { botId, sessionId: result.sessionId, messageId: result.messageId };
}

/**
 * A fresh handoff case of the department, opened the way a citizen opens one: a question its bot
 * cannot answer, then "好" to the offer of a person. Returns the check code shown once.
 */
export async function handoffCase(
  f: Fixture,
  target: DepartmentFixture,
): Promise<{ id: string; reference: string; sessionId: string; checkCode: string }> {
  const botId = await testBot(f.store, target);
  const asked = await ask(f.app.lionrock.conversation, {
    botId,
    question: '一條沒有答案的問題',
    actor: null,
    requestId: 'fixture',
  });
  const result = await ask(f.app.lionrock.conversation, {
    botId,
    question: '好',
    sessionId: asked.sessionId,
    actor: null,
    requestId: 'fixture',
  });
  const [row] = await f.store.db
    .select()
    .from(handoffCases)
    .where(eq(handoffCases.reference, result.handoff?.reference ?? ''));
  if (!row || !result.handoff) throw new Error('no handoff case was opened');
  return { id: row.id, reference: row.reference, sessionId: result.sessionId, checkCode: result.handoff.checkCode };
}

/** A fixture user as the principal services see acting. */
export function principalOf(user: User): Principal {
  return { id: user.id, roles: user.roles, departmentId: user.departmentId, keyId: null };
}

/**
 * Makes a bot pass the go-live gate through the real governance services, as the department's
 * people would: registered (owned by the department admin), a complete deployment-stage assessment
 * of a low-risk FAQ bot prepared by the editor and endorsed by the owner, the assurance reviewer and
 * (if required) the IT board, and every required evaluation run through its job and passed. Gives
 * the department a published FAQ first when it has none (golden Q&A needs entries to ask about).
 * Throws, listing what is unmet, if the gate still refuses: never a bypass.
 */
export async function satisfyGoLiveGate(f: Fixture, target: DepartmentFixture, botId: string): Promise<GoLiveStatus> {
  const { users } = target;
  const [published] = await f.store.db
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.departmentId, target.department.id), isNotNull(knowledgeSources.publishedVersion)))
    .limit(1);
  if (!published) {
    const draft = await knowledgeDraft(f.store, target);
    await reviewVersion(f.store.db, cli, draft.versionId, { approve: true });
  }
  return satisfyGoLiveGateAs(f.app, f.store.db, botId, {
    preparer: principalOf(users.editor),
    owner: principalOf(users.dept_admin),
    assurance: principalOf(users.assurance_reviewer),
    itBoard: principalOf(users.it_board),
  });
}

const readyBots = new WeakMap<Fixture, Map<string, string>>();

/**
 * A bot of the department that passes the go-live gate with a new, unpublished draft: the gate is
 * satisfied once per department (and the bot published once, so its application is already live),
 * then each call adds a wording change (not significant: the gate still holds) to publish.
 */
export async function gatedDraft(f: Fixture, target: DepartmentFixture): Promise<string> {
  const ready = readyBots.get(f) ?? new Map<string, string>();
  readyBots.set(f, ready);
  let botId = ready.get(target.department.id);
  if (!botId) {
    // Its own FAQ: golden Q&A asks each entry, and the department's other sources (near-duplicates other
    // tests import) would make a fair bot fail it.
    const faq = await knowledgeDraft(
      f.store,
      target,
      '{"id":"gate-fee","question":"狗隻牌照費用是多少？","answer":"狗隻牌照每三年港幣 80 元。"}\n' +
        '{"id":"gate-hours","question":"1823 熱線幾點開？","answer":"1823 熱線全日 24 小時服務。"}\n',
    );
    await reviewVersion(f.store.db, cli, faq.versionId, { approve: true });
    bots += 1;
    botId = `${target.department.code}-gated-bot-${bots}`;
    await createBot(f.store.db, cli, {
      id: botId,
      departmentId: target.department.id,
      config: { ...BOT_CONFIG, sourceIds: [faq.sourceId] },
    });
    await satisfyGoLiveGate(f, target, botId);
    await publishGovernedBot(
      f.store.db,
      { principal: principalOf(target.users.approver), requestId: 'fixture' },
      botId,
    );
    ready.set(target.department.id, botId);
  }
  await updateBotConfig(f.store.db, cli, botId, { greeting: { zh: `你好 ${Date.now()}`, en: `Hello ${Date.now()}` } });
  return botId;
}
