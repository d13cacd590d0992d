import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL, createDepartment } from '../access/index.ts';
import { createBot, DEMO_BOTS, publishBot, seedDemoBots } from '../chat/index.ts';
import { extractSource, importIntoKnowledge, reviewVersion, type UploadedFile } from '../knowledge/index.ts';
import { makeDocx, makePdf } from '../knowledge/testing/make-files.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

/**
 * Issue 13 item 1: a bot built from documents answers near-verbatim questions about them at the
 * default threshold, and FAQ bots still hand off what they do not know.
 */

const LIBRARY = [
  'Anyone who lives in Hong Kong can register for a library card at any public library counter. Bring your identity card and proof of address issued within the last three months. Children under twelve need a parent to sign the application form.',
  'Each library card lets you borrow up to eight items at a time, including books, magazines and audio-visual materials. Items are lent for fourteen days and can be renewed twice online, by phone or at a counter, unless another reader has reserved them.',
  'Overdue items are charged a fine for every day they are late, and borrowing is suspended while fines remain unpaid. Lost or damaged items must be replaced or paid for at the price shown in the catalogue, plus a processing fee.',
];
const POOLS = [
  '公眾泳池於每年四月至十月開放，部分室內暖水泳池全年開放。每日分為上午、下午及晚上三節，每節之間會暫停開放約一小時，以便清潔池水及設施。',
  '成人入場費為每節十七元，小童及六十歲或以上長者可享半價優惠。持有殘疾人士登記證的人士亦可享半價，其同行照顧者可免費入場。',
  '泳客必須穿著合適泳衣，並在下水前淋浴。池畔嚴禁飲食及吸煙，十歲以下兒童必須由成人陪同進入泳池範圍。',
];
const RECYCLING = [
  'Put clean paper, metals and plastics in the recycling bins found in housing estates and public places.',
  'Glass bottles go to the separate glass bottle recycling banks, which are collected every week.',
  'Small electrical appliances such as hair dryers and rice cookers are taken at community recycling centres.',
];

async function importFile(f: Fixture, file: UploadedFile): Promise<void> {
  const content = await extractSource({ type: 'file', file });
  const { version } = await importIntoKnowledge(f.store.db, { principal: CLI_PRINCIPAL, requestId: 't' }, content, {
    departmentId: f.own.department.id,
  });
  const approver = f.own.users.approver;
  const principal = { id: approver.id, roles: approver.roles, departmentId: f.own.department.id, keyId: null };
  await reviewVersion(f.store.db, { principal, requestId: 't' }, version.id, { approve: true });
}

interface Answer {
  answer: string;
  outcome: string;
  confidence: number;
  citations: { entryId: string; excerpt: string }[];
}

describe('bots answer from documents at the default threshold', () => {
  let f: Fixture;
  let seeded: string[] = [];
  const ask = async (botId: string, question: string) =>
    (await f.app.inject({ method: 'POST', url: `/api/v1/bots/${botId}/ask`, payload: { question } })).json() as Answer;

  beforeAll(async () => {
    f = await createFixture();
    await importFile(f, {
      fileName: 'library-guide.docx',
      bytes: await makeDocx([['Heading1', 'Public library guide'], ...LIBRARY.map((p): [null, string] => [null, p])]),
    });
    const html = `<html><head><title>公眾泳池須知</title></head><body><main><h1>公眾泳池須知</h1>${POOLS.map((p) => `<p>${p}</p>`).join('')}</main></body></html>`;
    await importFile(f, { fileName: 'pools.html', bytes: Buffer.from(html) });
    await importFile(f, {
      fileName: 'recycling.pdf',
      bytes: await makePdf([{ heading: 'Recycling at home', paragraphs: RECYCLING }]),
    });
    const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
    await createBot(f.store.db, ctx, {
      id: 'documents-bot',
      departmentId: f.own.department.id,
      config: {
        name: { zh: '文件助手', en: 'Documents assistant' },
        greeting: { zh: '你好', en: 'Hello' },
        disclosure: { zh: '你正與人工智能對話。', en: 'You are talking to AI.' },
        fallback: { zh: '請致電 1823。', en: 'Please call 1823.' },
        publicRatePerMinute: 1000,
      },
    });
    await publishBot(f.store.db, ctx, 'documents-bot');
    // The demo seed: the five citizen FAQ bots in the demo department.
    await createDepartment(f.store.db, ctx, { code: 'demo', nameEn: 'Demo Department', nameZh: '示範部門' });
    seeded = await seedDemoBots(f.store.db);
    await f.app.lionrock.knowledgeIndex.refresh();
  });

  afterAll(async () => {
    await f?.close();
  });

  it.each([
    ['DOCX', 'How many items can I borrow at a time with a library card, and for how long?', 'fourteen days'],
    ['HTML', '成人入場費每節幾多錢？長者有冇半價優惠？', '十七元'],
    ['PDF', 'Where do glass bottles go for recycling?', 'glass bottle recycling banks'],
  ])(
    'a near-verbatim question about an uploaded %s document is answered with that passage cited',
    async (_, question, words) => {
      const answer = await ask('documents-bot', question);
      expect(answer.outcome).toBe('answered');
      expect(answer.confidence).toBeGreaterThanOrEqual(0.35);
      // The passage is quoted whole and cited: the sentence asked about is in it.
      expect(answer.answer).toContain(words);
      expect(answer.citations).toHaveLength(1);
    },
  );

  it('a question the documents do not cover still falls back', async () => {
    const answer = await ask('documents-bot', 'How do I renew my passport?');
    expect(answer.outcome).toBe('fallback');
  });

  it('a demo bot hands off a question that belongs to another bot (dog licence to demo-1823)', async () => {
    const answer = await ask('demo-1823', 'How do I apply for a dog licence?');
    expect(answer.outcome).toBe('fallback');
    expect(answer.citations).toEqual([]);
  });

  it('the demo bots still answer their own questions', async () => {
    expect((await ask('demo-dog-licence', 'How do I apply for a dog licence?')).outcome).toBe('answered');
    expect((await ask('demo-1823', 'How do I make a complaint through 1823?')).outcome).toBe('answered');
    expect((await ask('demo-forms', '點樣下載政府表格？')).outcome).toBe('answered');
  });

  it('the demo seed creates the five citizen bots the seeds name, each under its stable id', () => {
    expect(seeded).toEqual(['demo-1823', 'demo-dog-licence', 'demo-forms', 'demo-trade-single-window', 'demo-customs']);
  });

  it.each([
    ['demo-forms', 'Bonny', '點樣下載政府表格？', '表格'],
    ['demo-1823', '一一', '1823 係咪 24 小時㗎？', '24 小時'],
    ['demo-1823', '一一', '我想投訴，1823 會點跟進？', '跟進'],
    ['demo-dog-licence', 'Genie', '狗牌幾錢？', '牌費'],
    ['demo-dog-licence', 'Genie', '隻狗要唔要打狂犬病針？', '狂犬病'],
    ['demo-trade-single-window', '單窗俠', 'How do I register with the Trade Single Window?', 'activate'],
    ['demo-trade-single-window', '單窗俠', '用單一窗口要唔要俾錢？', '免費'],
    ['demo-customs', '小慧', '入境可以帶幾多支煙？', '19 支香煙'],
    ['demo-customs', '小慧', 'Do I need to declare cash over HK$120,000 when I arrive?', 'Red Channel'],
  ])('the published demo bot %s (%s) answers "%s" from its own FAQ', async (botId, persona, question, words) => {
    // Published: the widget's public view answers without a key, naming the persona, disclosing AI
    // and offering a human channel.
    const view = await f.app.inject({ method: 'GET', url: `/api/v1/bots/${botId}/public` });
    expect(view.statusCode).toBe(200);
    const { name, disclosure, fallback } = view.json() as Record<string, { zh: string; en: string }>;
    expect(name?.zh).toContain(persona);
    expect(disclosure?.zh).toContain('人工智能');
    expect(disclosure?.en).toContain('AI');
    expect(fallback?.zh).toMatch(/致電/);
    const answer = await ask(botId, question);
    expect(answer.outcome).toBe('answered');
    expect(answer.answer).toContain(words);
    expect(answer.citations.length).toBeGreaterThan(0);
    // Quoted from this bot's own FAQ file, not another bot's.
    expect((await demoAnswers(botId)).some((own) => answer.answer.includes(own))).toBe(true);
  });
});

/** The answers (both languages) written in a demo bot's FAQ file. */
async function demoAnswers(botId: string): Promise<string[]> {
  const spec = DEMO_BOTS.find((bot) => bot.id === botId);
  if (!spec) throw new Error(`no demo bot ${botId}`);
  const text = await readFile(fileURLToPath(new URL(`../chat/demo/${spec.file}`, import.meta.url)), 'utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => {
      const entry = JSON.parse(line) as { answer_zh: string; answer_en: string };
      return [entry.answer_zh, entry.answer_en];
    });
}
