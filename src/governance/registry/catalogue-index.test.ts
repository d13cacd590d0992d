import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment, createUser, type ServiceContext } from '../../access/index.ts';
import { aiApplications, openTestStore, type Store } from '../../store/index.ts';
import {
  CatalogueIndex,
  createApplication,
  type NewApplication,
  setApplicationRisk,
  setApplicationStatus,
  updateApplication,
} from './index.ts';

let store: Store;
let fehd: ServiceContext;
let afcd: ServiceContext;
const ids: Record<string, string> = {};

const app = (ownerId: string, fields: Partial<NewApplication> & Pick<NewApplication, 'type' | 'name' | 'purpose'>) => ({
  ownerId,
  publicFacing: false,
  generative: false,
  personalData: false,
  ...fields,
});

beforeAll(async () => {
  store = await openTestStore();
  const cli: ServiceContext = { principal: CLI_PRINCIPAL, requestId: 'test' };
  const a = await createDepartment(store.db, cli, { code: 'fehd', nameEn: 'FEHD', nameZh: '食環署' });
  const b = await createDepartment(store.db, cli, { code: 'afcd', nameEn: 'AFCD', nameZh: '漁護署' });
  const ua = await createUser(store.db, cli, { departmentId: a.id, displayName: 'A', roles: ['editor'] });
  const ub = await createUser(store.db, cli, { departmentId: b.id, displayName: 'B', roles: ['editor'] });
  fehd = { principal: { id: ua.id, departmentId: a.id, roles: ['editor'], keyId: null }, requestId: 't' };
  afcd = { principal: { id: ub.id, departmentId: b.id, roles: ['editor'], keyId: null }, requestId: 't' };
  const register = async (key: string, ctx: ServiceContext, input: NewApplication) => {
    ids[key] = (await createApplication(store.db, ctx, input)).id;
  };
  await register(
    'dogBot',
    afcd,
    app(ub.id, {
      type: 'lionrock_bot',
      name: { en: 'Dog licence enquiries', zhHant: '狗隻牌照查詢' },
      purpose: { en: 'Answers questions on licensing a dog', zhHant: '解答市民有關狗隻領牌的問題' },
      publicFacing: true,
    }),
  );
  await register(
    'ocr',
    fehd,
    app(ua.id, {
      type: 'ocr',
      name: { en: 'Licence form reader', zhHant: '牌照表格讀取' },
      purpose: { en: 'Reads scanned restaurant licence applications', zhHant: '讀取已掃描的食肆牌照申請' },
      personalData: true,
      personalDataKinds: ['name'],
    }),
  );
  await register(
    'roster',
    fehd,
    app(ua.id, {
      type: 'scheduling',
      name: { en: 'Inspector duty planner', zhHant: '巡查員值勤規劃' },
      purpose: { en: 'Plans weekly duty rosters for hygiene inspectors', zhHant: '為衞生督察規劃每週值勤' },
    }),
  );
  await register(
    'flood',
    afcd,
    app(ub.id, {
      type: 'predictive_analytics',
      name: { en: 'Country park visitor forecast', zhHant: '郊野公園遊客預測' },
      purpose: { en: 'Forecasts weekend visitor numbers at country parks', zhHant: '預測週末郊野公園的遊客人數' },
    }),
  );
});
afterAll(() => store.close());

const found = async (index: CatalogueIndex, q: string, filters = {}) =>
  (await index.search({ q, ...filters })).map((hit) => hit.entry.id);

describe('the catalogue search', () => {
  it('finds an application by its Chinese name from an English query, and the reverse', async () => {
    const index = new CatalogueIndex(store.db);
    expect((await found(index, 'dog licence'))[0]).toBe(ids.dogBot);
    expect((await found(index, '狗隻牌照'))[0]).toBe(ids.dogBot);
    expect((await found(index, 'visitor forecast'))[0]).toBe(ids.flood);
    expect((await found(index, '遊客預測'))[0]).toBe(ids.flood);
  });

  it("finds an application by its type's words in the other language", async () => {
    const index = new CatalogueIndex(store.db);
    // Registered as OCR with neither name saying so: the type's words are indexed in both languages.
    expect(await found(index, '文字辨識')).toContain(ids.ocr);
    expect(await found(index, 'rostering')).toContain(ids.roster);
    expect(await found(index, '排班')).toContain(ids.roster);
  });

  it('meets Simplified Chinese and Cantonese phrasings', async () => {
    const index = new CatalogueIndex(store.db);
    expect((await found(index, '狗只牌照查询'))[0]).toBe(ids.dogBot);
    expect((await found(index, '郊野公园游客预测'))[0]).toBe(ids.flood);
    expect((await found(index, '有冇幫手預測郊野公園遊客嘅系統'))[0]).toBe(ids.flood);
  });

  it('searches every department and filters by department, type, status and risk', async () => {
    const index = new CatalogueIndex(store.db);
    const fehdId = fehd.principal.departmentId as string;
    expect(new Set(await found(index, 'licence'))).toEqual(new Set([ids.dogBot, ids.ocr]));
    expect(await found(index, 'licence', { departmentId: fehdId })).toEqual([ids.ocr]);
    expect(await found(index, 'licence', { type: 'lionrock_bot' })).toEqual([ids.dogBot]);
    await setApplicationStatus(store.db, afcd, ids.dogBot as string, 'in_review');
    expect(await found(index, 'licence', { status: 'in_review' })).toEqual([ids.dogBot]);
    await store.db.transaction((tx) =>
      setApplicationRisk(tx, fehd, ids.ocr as string, { impact: 'high', tier: null, riskLevel: 'high' }),
    );
    expect(await found(index, '', { riskLevel: 'high' })).toEqual([ids.ocr]);
  });

  it('lists the catalogue without words, by English name', async () => {
    const index = new CatalogueIndex(store.db);
    const hits = await index.search({ type: 'predictive_analytics' });
    expect(hits.map((h) => [h.entry.id, h.confidence])).toEqual([[ids.flood, null]]);
  });

  it("sees a change made through another node's index on its next search", async () => {
    const nodeA = new CatalogueIndex(store.db);
    const nodeB = new CatalogueIndex(store.db);
    expect(await found(nodeA, 'hygiene inspectors')).toContain(ids.roster);
    expect(await found(nodeB, 'hygiene inspectors')).toContain(ids.roster);
    await updateApplication(store.db, fehd, ids.roster as string, {
      name: { en: 'Market stall inspection timetable', zhHant: '街市檔位巡查時間表' },
    });
    expect((await found(nodeA, 'market stall'))[0]).toBe(ids.roster);
    expect((await found(nodeB, '街市檔位'))[0]).toBe(ids.roster);
  });

  it('shows other departments catalogue fields only', async () => {
    const index = new CatalogueIndex(store.db);
    const [hit] = await index.search({ q: 'licence form reader' });
    expect(hit?.entry.id).toBe(ids.ocr);
    expect(hit?.entry).not.toHaveProperty('ownerId');
    expect(hit?.entry).not.toHaveProperty('personalDataKinds');
    expect(hit?.entry).not.toHaveProperty('dataSources');
    const [row] = await store.db
      .select()
      .from(aiApplications)
      .where(eq(aiApplications.id, ids.ocr as string));
    expect(row?.personalDataKinds).toEqual(['name']);
  });
});
