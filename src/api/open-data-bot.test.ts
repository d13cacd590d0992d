import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../chat/index.ts';
import { enqueueJob } from '../jobs/index.ts';
import { CATALOGUE_REFRESH_JOB, reviewVersion } from '../knowledge/index.ts';
import { knowledgeSources, knowledgeVersions } from '../store/index.ts';
import { createFixture, type Fixture, knowledgeDraft, principalOf, testBot } from './test-fixture.ts';

/**
 * A real DATA.GOV.HK record (Highways Department lamp posts, with its extra fields: `is_api`,
 * `update_frequency`, `data_dictionary`), from the repository's snapshot of the catalogue that the
 * demo imports (tests never read ../shared: a clean clone has none). Served from a local server as
 * DATA.GOV.HK's per-language `package_search`: /en-data with the English record, /tc-data with its
 * Chinese title and description (the page's words on DATA.GOV.HK; the snapshot holds only the English).
 */
function lampPosts(): Record<string, unknown> {
  const snapshot = JSON.parse(
    readFileSync(new URL('../chat/demo/datagovhk-catalogue-en.json', import.meta.url), 'utf8'),
  ) as { result: { results: Record<string, unknown>[] } };
  const record = snapshot.result.results.find((dataset) => dataset.name === 'hk-hyd-plis-lamppostdata');
  if (!record) throw new Error('the demo catalogue snapshot no longer holds the lamp-post dataset');
  return record;
}

describe('open data for bots', () => {
  let f: Fixture;
  let server: Server;
  let base: string;
  let english = lampPosts();
  const chinese = () => ({
    ...english,
    title: '燈柱位置數據',
    notes: '路政署維修的公共照明燈柱的位置資料。',
    organization: { title: '路政署' },
  });

  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      const language = url.pathname.startsWith('/tc-data/') ? 'tc' : url.pathname.startsWith('/en-data/') ? 'en' : null;
      if (!language || !url.pathname.endsWith('/api/3/action/package_search')) {
        response.writeHead(404).end();
        return;
      }
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({ success: true, result: { count: 1, results: [language === 'en' ? english : chinese()] } }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    f = await createFixture({ allowPrivateUrls: true });
  });
  afterAll(async () => {
    await f.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const latestVersion = async (baseUrl: string) => {
    const [source] = await f.store.db
      .select()
      .from(knowledgeSources)
      .where(eq(knowledgeSources.origin, `${baseUrl}/api/3/action/package_search?q=`));
    if (!source) throw new Error(`no source for ${baseUrl}`);
    const [version] = await f.store.db
      .select()
      .from(knowledgeVersions)
      .where(eq(knowledgeVersions.sourceId, source.id))
      .orderBy(desc(knowledgeVersions.version));
    if (!version) throw new Error('no version');
    return version;
  };
  const approver = () => ({ principal: principalOf(f.own.users.approver), requestId: 'open-data-test' });

  it('a bot answers "which dataset or API has …?" in English and Chinese with the dataset page and resource links', async () => {
    for (const language of ['en', 'tc']) {
      const queued = await f.as('editor', {
        method: 'POST',
        url: '/api/v1/knowledge/sources',
        payload: { ckan: { baseUrl: `${base}/${language}-data` } },
      });
      expect(queued.statusCode).toBeLessThan(300);
    }
    await f.app.lionrock.jobWorker.drain();
    for (const language of ['en', 'tc']) {
      const version = await latestVersion(`${base}/${language}-data`);
      await reviewVersion(f.store.db, approver(), version.id, { approve: true });
    }
    await f.app.lionrock.knowledgeIndex.refresh();
    const botId = await testBot(f.store, f.own);

    const en = await ask(f.app.lionrock.conversation, {
      botId,
      question: 'Which dataset has lamp post locations?',
      actor: null,
      requestId: 'open-data-en',
    });
    expect(en.outcome).toBe('answered');
    expect(en.citations[0]?.url).toBe(`${base}/en-data/dataset/hk-hyd-plis-lamppostdata`);
    expect(en.answer).toContain('https://plis.hyd.gov.hk/datagovhk/plis/lamppost_en.csv');
    expect(en.answer).toContain('Quarterly');

    const zh = await ask(f.app.lionrock.conversation, {
      botId,
      question: '邊個數據集有燈柱位置？',
      actor: null,
      requestId: 'open-data-zh',
    });
    expect(zh.outcome).toBe('answered');
    expect(zh.citations[0]?.url).toBe(`${base}/tc-data/dataset/hk-hyd-plis-lamppostdata`);
    expect(zh.answer).toContain('更新頻率');
    expect(zh.answer).toContain('https://plis.hyd.gov.hk/datagovhk/plis/lamppost_en.csv');
  });

  it('the knowledge search keeps to datasets when asked, however many FAQ entries outrank them (the console’s open-data search)', async () => {
    const lines = [1, 2, 3]
      .map(
        (n) =>
          `{"id":"lamp${n}","question":"Lamp post ${n} is broken: where do I report lamp post locations?","answer":"Call 1823."}`,
      )
      .join('\n');
    const faq = await knowledgeDraft(f.store, f.own, `${lines}\n`);
    await reviewVersion(f.store.db, approver(), faq.versionId, { approve: true });
    await f.app.lionrock.knowledgeIndex.refresh();
    const search = async (query: string) =>
      (await f.as('editor', { url: `/api/v1/knowledge/search?${query}` })).json() as {
        hits: Array<{ kind: string; citationUrl: string | null }>;
      };
    const mixed = await search('q=report+a+broken+lamp+post+location&k=2');
    expect(mixed.hits.map((hit) => hit.kind)).toEqual(['faq', 'faq']);
    const datasets = await search('q=report+a+broken+lamp+post+location&k=2&kind=dataset');
    expect(datasets.hits.length).toBeGreaterThan(0);
    expect(datasets.hits.every((hit) => hit.kind === 'dataset')).toBe(true);
    expect(datasets.hits[0]?.citationUrl).toContain('/dataset/hk-hyd-plis-lamppostdata');
    const refused = await f.as('editor', { url: '/api/v1/knowledge/search?q=lamp&kind=table' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('querystring.kind');
  });

  it('the scheduled refresh re-imports each catalogue as a job: a new API becomes a draft version, an unchanged catalogue writes nothing', async () => {
    const before = await latestVersion(`${base}/en-data`);
    const beforeZh = await latestVersion(`${base}/tc-data`);
    english = {
      ...english,
      resources: [
        ...((english.resources as unknown[]) ?? []),
        { name: 'Lamp post API', format: 'API', is_api: 'Y', url: 'https://plis.hyd.gov.hk/api/lampposts' },
      ],
    };
    await enqueueJob(f.store.db, { kind: CATALOGUE_REFRESH_JOB, departmentId: null, payload: {}, createdBy: 'test' });
    await f.app.lionrock.jobWorker.drain();
    await f.app.lionrock.jobWorker.drain();
    const after = await latestVersion(`${base}/en-data`);
    expect(after.version).toBe(before.version + 1);
    expect(after.status).toBe('draft');
    // The Chinese catalogue changed too (it shares the resources); one made unchanged would stay put.
    expect((await latestVersion(`${base}/tc-data`)).version).toBe(beforeZh.version + 1);

    await enqueueJob(f.store.db, { kind: CATALOGUE_REFRESH_JOB, departmentId: null, payload: {}, createdBy: 'test' });
    await f.app.lionrock.jobWorker.drain();
    await f.app.lionrock.jobWorker.drain();
    expect((await latestVersion(`${base}/en-data`)).version).toBe(after.version);
  });
});
