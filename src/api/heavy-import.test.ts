import { count, eq, inArray } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { reviewVersion } from '../knowledge/index.ts';
import { docxParts, makeHeavyDocx, makeZip } from '../knowledge/testing/make-files.ts';
import { chatMessages, knowledgeChunks, knowledgeVersions } from '../store/index.ts';
import { createFixture, type Fixture, knowledgeDraft, testBot } from './test-fixture.ts';

/**
 * Issue 12 item 3: a Word document inside every archive limit (~13 MB zipped, 190 MB of
 * document.xml) used to take the server's heap to 4 GB and kill it, answering nothing meanwhile.
 * Files are now parsed in a memory-capped worker thread: the import fails alone with a 413, and
 * health checks and citizen chat keep answering while it runs.
 */

function multipart(fileName: string, bytes: Buffer) {
  const boundary = `----lionrock${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('imports are bounded in memory and never block the API', () => {
  let f: Fixture;
  let botId: string;
  const upload = (fileName: string, bytes: Buffer) =>
    f.as('editor', { method: 'POST', url: '/api/v1/knowledge/sources', ...multipart(fileName, bytes) });
  const ask = () =>
    f.app.inject({ method: 'POST', url: `/api/v1/bots/${botId}/ask`, payload: { question: '狗牌幾錢？' } });

  beforeAll(async () => {
    f = await createFixture();
    const faq = JSON.stringify({ id: 'fee', question: '狗牌幾錢？', answer: '狗隻牌照費用為港幣八十元。' });
    const draft = await knowledgeDraft(f.store, f.own, `${faq}\n`);
    await reviewVersion(f.store.db, { principal: CLI_PRINCIPAL, requestId: 't' }, draft.versionId, { approve: true });
    await f.app.lionrock.knowledgeIndex.refresh();
    botId = await testBot(f.store, f.own);
  });
  afterAll(async () => f.close());

  it('a 190 MB document.xml fails alone with a 413 while health and chat keep answering', async () => {
    const docx = makeHeavyDocx();
    expect(docx.length).toBeLessThan(f.config.maxUploadBytes);

    let importing = true;
    const started = upload('heavy.docx', docx).finally(() => {
      importing = false;
    });
    const health: LightMyRequestResponse[] = [];
    const chat: LightMyRequestResponse[] = [];
    // Requests answered while the import was still running: none if the parser held the event loop.
    let answeredDuringImport = 0;
    while (importing) {
      const [h, c] = await Promise.all([f.app.inject({ url: '/healthz' }), ask()]);
      if (importing) answeredDuringImport += 1;
      health.push(h);
      chat.push(c);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const refused = await started;

    expect(refused.statusCode, refused.body).toBe(413);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.json()).toMatchObject({
      errors: [{ field: 'body.file', code: 'too_large', message: expect.stringMatching(/\d+ MB of memory/) }],
    });
    expect(answeredDuringImport).toBeGreaterThanOrEqual(10);
    expect(health.map((r) => r.statusCode).filter((s) => s !== 200)).toEqual([]);
    expect(chat.map((r) => r.statusCode).filter((s) => s !== 200)).toEqual([]);

    // Every answered turn is in the database: two rows (question, answer) per chat request.
    await f.app.lionrock.conversation.turns.flush();
    const sessions = chat.map((r) => (r.json() as { sessionId: string }).sessionId);
    const [turns] = await f.store.db
      .select({ n: count() })
      .from(chatMessages)
      .where(inArray(chatMessages.sessionId, sessions));
    expect(Number(turns?.n)).toBe(chat.length * 2);

    // The server is still whole: it answers, and the next import parses in a fresh worker.
    expect((await f.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const next = await upload('small.md', Buffer.from('# 狗隻牌照\n\n牌照費用為港幣八十元。\n'));
    expect(next.statusCode, next.body).toBe(201);
  }, 180_000);

  it('refuses more extracted text than the limit, naming it', async () => {
    const paragraph = `${'牌照費用為港幣八十元。'.repeat(40)}\n\n`;
    const text = paragraph.repeat(Math.ceil(5_100_000 / paragraph.length));
    const refused = await upload('long.txt', Buffer.from(text));
    expect(refused.statusCode, refused.body).toBe(413);
    expect(refused.json()).toMatchObject({
      errors: [{ field: 'body.file', code: 'too_large', message: expect.stringContaining('5,000,000') }],
    });
  }, 60_000);

  it('refuses a Word file whose image claims 100 bytes but inflates to 64 MB, with a 422', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>';
    const lying = makeZip([
      ...docxParts(xml),
      { name: 'word/media/image1.png', data: Buffer.alloc(64 * 1024 * 1024), declaredSize: 100 },
    ]);
    const refused = await upload('lying.docx', lying);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ errors: [{ field: 'body.file', code: 'zip_bomb' }] });
  });

  it('cleans NUL and lone surrogates out of uploaded documents instead of failing the import', async () => {
    const docXml =
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>Licence fee &#xD800;HK$80</w:t></w:r></w:p><w:p><w:r><w:t>Valid three &#xDC00;years</w:t></w:r></w:p></w:body></w:document>';
    const files: [string, Buffer][] = [
      ['nul.docx', makeZip(docxParts(docXml))],
      [
        'nul.html',
        Buffer.from('<html><body><main><p>Licence fee &#0;HK$80 &#xD800; paid yearly</p></main></body></html>'),
      ],
      // Raw NUL bytes past the first 4 KB (where type sniffing looks), as a corrupt export has them.
      [
        'nul.txt',
        Buffer.concat([Buffer.from(`${'Licence fees. '.repeat(400)}\n\n`), Buffer.from('fee\u0000 HK$80\n')]),
      ],
      ['nul.jsonl', Buffer.from('{"id":"a","question":"Fee\\u0000?","answer":"HK$80 \\ud800 a year"}\n')],
    ];
    for (const [name, bytes] of files) {
      const imported = await upload(name, bytes);
      expect(imported.statusCode, `${name}: ${imported.body}`).toBe(201);
      const versionId = (imported.json() as { version: { id: string } }).version.id;
      const [version] = await f.store.db
        .select({ text: knowledgeVersions.extractedText })
        .from(knowledgeVersions)
        .where(eq(knowledgeVersions.id, versionId));
      const chunks = await f.store.db
        .select({ text: knowledgeChunks.text, question: knowledgeChunks.question })
        .from(knowledgeChunks)
        .where(eq(knowledgeChunks.versionId, versionId));
      const stored = [version?.text ?? '', ...chunks.flatMap((c) => [c.text, c.question])].join('\n');
      expect(stored, name).toContain('HK$80');
      expect(stored.includes('\u0000'), name).toBe(false);
      expect(LONE_SURROGATE.test(stored), name).toBe(false);
    }
  });
});
