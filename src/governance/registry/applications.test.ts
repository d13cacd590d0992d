import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI_PRINCIPAL,
  createDepartment,
  createUser,
  type Principal,
  type ServiceContext,
} from '../../access/index.ts';
import { createBot } from '../../chat/index.ts';
import { AppError } from '../../core/index.ts';
import { aiApplications, auditLog, openTestStore, type Store } from '../../store/index.ts';
import {
  createApplication,
  ensureBotApplication,
  getApplication,
  type NewApplication,
  registerBotApplications,
  requestReuse,
  setApplicationStatus,
  updateApplication,
} from './index.ts';

let store: Store;
let prep: ServiceContext;
let otherPrep: ServiceContext;
let ownerId: string;
let otherOwnerId: string;

const asCtx = (user: { id: string; departmentId: string; roles: Principal['roles'] }): ServiceContext => ({
  principal: { id: user.id, departmentId: user.departmentId, roles: user.roles, keyId: null },
  requestId: 'test',
});

const ocr = (owner: string): NewApplication => ({
  ownerId: owner,
  type: 'ocr',
  name: { en: 'Licence form OCR', zhHant: '牌照表格文字辨識' },
  purpose: { en: 'Reads scanned licence forms', zhHant: '讀取掃描的牌照申請表' },
  publicFacing: false,
  generative: false,
  personalData: true,
  personalDataKinds: ['name', 'hkid'],
});

beforeAll(async () => {
  store = await openTestStore();
  const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'test' };
  const a = await createDepartment(store.db, cli, { code: 'fehd', nameEn: 'FEHD', nameZh: '食環署' });
  const b = await createDepartment(store.db, cli, { code: 'afcd', nameEn: 'AFCD', nameZh: '漁護署' });
  const editor = await createUser(store.db, cli, { departmentId: a.id, displayName: 'Ed', roles: ['editor'] });
  const owner = await createUser(store.db, cli, { departmentId: a.id, displayName: 'Owen', roles: ['approver'] });
  const otherEditor = await createUser(store.db, cli, { departmentId: b.id, displayName: 'Bea', roles: ['editor'] });
  const otherOwner = await createUser(store.db, cli, { departmentId: b.id, displayName: 'Bo', roles: ['approver'] });
  prep = asCtx(editor);
  otherPrep = asCtx(otherEditor);
  ownerId = owner.id;
  otherOwnerId = otherOwner.id;
});
afterAll(() => store.close());

describe('the application registry', () => {
  it('registers an application as a draft in the strategy stage, audited', async () => {
    const app = await createApplication(store.db, prep, ocr(ownerId));
    expect(app).toMatchObject({
      status: 'draft',
      lifecycleStage: 'strategy',
      departmentId: prep.principal.departmentId,
    });
    const entries = await store.db.select().from(auditLog).where(eq(auditLog.entityId, app.id));
    expect(entries.map((e) => e.action)).toEqual(['application.create']);
  });

  it('refuses an owner from another department, naming body.ownerId', async () => {
    const refused = await createApplication(store.db, prep, ocr(otherOwnerId)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).issues[0]?.field).toBe('body.ownerId');
  });

  it("answers 404 for another department's application", async () => {
    const app = await createApplication(store.db, prep, ocr(ownerId));
    await expect(getApplication(store.db, otherPrep.principal, app.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateApplication(store.db, otherPrep, app.id, { generative: true })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('moves status only along the table and names both ends when refused', async () => {
    const app = await createApplication(store.db, prep, ocr(ownerId));
    await expect(setApplicationStatus(store.db, prep, app.id, 'live')).rejects.toMatchObject({
      code: 'conflict',
      issues: [
        expect.objectContaining({ field: 'body.status', message: expect.stringContaining('"draft" to "live"') }),
      ],
    });
    expect((await setApplicationStatus(store.db, prep, app.id, 'in_review')).status).toBe('in_review');
  });

  it('asks the go-live check before a move to live, and keeps the status when it refuses', async () => {
    const app = await createApplication(store.db, prep, ocr(ownerId));
    for (const to of ['in_review', 'approved', 'testing'] as const)
      await setApplicationStatus(store.db, prep, app.id, to);
    const gate = async () => {
      throw new AppError('conflict', 'not ready');
    };
    await expect(setApplicationStatus(store.db, prep, app.id, 'live', { goLiveCheck: gate })).rejects.toThrow(
      'not ready',
    );
    expect((await getApplication(store.db, prep.principal, app.id)).status).toBe('testing');
    const live = await setApplicationStatus(store.db, prep, app.id, 'live', { goLiveCheck: async () => {} });
    expect(live.status).toBe('live');
  });

  it("reuses another department's application as a new linked draft of the caller's", async () => {
    const source = await createApplication(store.db, prep, ocr(ownerId));
    const copy = await requestReuse(store.db, otherPrep, source.id, { ownerId: otherOwnerId });
    expect(copy).toMatchObject({
      reusedFrom: source.id,
      departmentId: otherPrep.principal.departmentId,
      status: 'draft',
      nameEn: source.nameEn,
    });
    const entries = await store.db.select().from(auditLog).where(eq(auditLog.entityId, copy.id));
    expect(entries.map((e) => e.action)).toEqual(['application.reuse']);
  });

  it("registers a bot's application once, named as the bot", async () => {
    await createBot(store.db, prep, {
      id: 'dog-licence',
      config: {
        name: { zh: '狗牌小幫手', en: 'Dog Licence Helper' },
        greeting: { zh: '你好', en: 'Hello' },
        disclosure: { zh: '我是人工智能', en: 'I am an AI' },
        fallback: { zh: '請致電 1823', en: 'Call 1823' },
      },
    });
    const first = await ensureBotApplication(store.db, prep, 'dog-licence');
    const again = await ensureBotApplication(store.db, prep, 'dog-licence');
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({
      type: 'lionrock_bot',
      status: 'draft',
      botId: 'dog-licence',
      nameZhHant: '狗牌小幫手',
    });
    expect(first.ownerId).toBe(prep.principal.id);
  });

  it('registers every bot that has no application yet, once, owned by nobody when the CLI made it', async () => {
    const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'test' };
    await createBot(store.db, cli, {
      id: 'made-by-cli',
      departmentId: prep.principal.departmentId as string,
      config: {
        name: { zh: '命令列機械人', en: 'CLI Bot' },
        greeting: { zh: '你好', en: 'Hello' },
        disclosure: { zh: '我是人工智能', en: 'I am an AI' },
        fallback: { zh: '請致電 1823', en: 'Call 1823' },
      },
    });
    expect(await registerBotApplications(store.db, cli)).toContain('made-by-cli');
    expect(await registerBotApplications(store.db, cli)).toEqual([]);
    const [row] = await store.db.select().from(aiApplications).where(eq(aiApplications.botId, 'made-by-cli'));
    expect(row).toMatchObject({ ownerId: null, createdBy: 'cli', nameEn: 'CLI Bot' });
  });
});
