/**
 * `node --expose-gc --import tsx bench/knowledge/heavy-import.ts [xmlMB] [capSeconds]`: imports a hostile-but-within-limits
 * Word document (issue 12: ~13 MB zipped, ~190 MB document.xml) through the real HTTP API while a
 * load client in its own thread asks /healthz and a bot; prints the upload's answer, the
 * process's peak RSS and the health/chat latencies during the import. The client runs in a
 * worker thread so that a blocked server event loop cannot also stop the measuring.
 */
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { CLI_PRINCIPAL } from '../../src/access/index.ts';
import { createFixture, knowledgeDraft, testBot } from '../../src/api/test-fixture.ts';
import { reviewVersion } from '../../src/knowledge/index.ts';
import { makeHeavyDocx } from '../../src/knowledge/testing/make-files.ts';

const xmlMb = Number(process.argv[2] ?? 190);
const capSeconds = Number(process.argv[3] ?? 240);
const f = await createFixture();
const draft = await knowledgeDraft(
  f.store,
  f.own,
  `${JSON.stringify({ id: 'fee', question: '狗牌幾錢？', answer: '狗隻牌照費用為港幣八十元。' })}\n`,
);
await reviewVersion(f.store.db, { principal: CLI_PRINCIPAL, requestId: 'bench' }, draft.versionId, { approve: true });
await f.app.lionrock.knowledgeIndex.refresh();
const botId = await testBot(f.store, f.own);
await f.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(f.app.server.address() as AddressInfo).port}`;
const docx = makeHeavyDocx(xmlMb * 1024 * 1024);
// Let the builder's garbage go before the baseline, so the peak is the import's.
(globalThis as { gc?: () => void }).gc?.();

const client = `
const { parentPort, workerData } = require('node:worker_threads');
const samples = { health: [], chat: [], baseline: [], failures: 0 };
let stop = false;
let importing = false;
parentPort.on('message', (m) => { if (m === 'start') importing = true; else stop = true; });
async function timed(list, url, init) {
  const start = performance.now();
  try {
    const r = await fetch(url, { ...init, signal: AbortSignal.timeout(60000) });
    await r.arrayBuffer();
    if (r.status !== 200) samples.failures += 1;
  } catch { samples.failures += 1; }
  (importing || list !== samples.health ? list : samples.baseline).push(performance.now() - start);
}
(async () => {
  while (!stop) {
    await Promise.all([
      timed(samples.health, workerData.base + '/healthz'),
      timed(samples.chat, workerData.base + '/api/v1/bots/' + workerData.botId + '/ask', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: '狗牌幾錢？' }),
      }),
    ]);
    await new Promise((r) => setTimeout(r, 100));
  }
  parentPort.postMessage(samples);
})();`;
const load = new Worker(client, { eval: true, workerData: { base, botId } });
await new Promise((resolve) => setTimeout(resolve, 2000));
let peakRss = 0;
const rssBefore = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);
load.postMessage('start');
const form = new FormData();
form.append('file', new Blob([docx]), 'heavy.docx');
const started = performance.now();
const answer = await Promise.race([
  fetch(`${base}/api/v1/knowledge/sources`, {
    method: 'POST',
    headers: { authorization: `Bearer ${f.own.keys.editor}` },
    body: form,
  }).then(async (r) => ({ status: r.status, body: (await r.text()).slice(0, 300) })),
  new Promise<{ status: string }>((resolve) =>
    setTimeout(() => resolve({ status: `no answer in ${capSeconds} s` }), capSeconds * 1000),
  ),
]);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
load.postMessage('stop');
const samples = await new Promise<{ health: number[]; chat: number[]; baseline: number[]; failures: number }>(
  (resolve) => load.once('message', resolve),
);
const pct = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
};
process.stdout.write(
  `${JSON.stringify(
    {
      docxMB: +(docx.length / 2 ** 20).toFixed(1),
      xmlMB: xmlMb,
      answer,
      seconds: +seconds.toFixed(1),
      rssBeforeMB: Math.round(rssBefore / 2 ** 20),
      peakRssMB: Math.round(peakRss / 2 ** 20),
      healthBeforeImport: {
        n: samples.baseline.length,
        p50: pct(samples.baseline, 0.5),
        max: pct(samples.baseline, 1),
      },
      health: {
        n: samples.health.length,
        p50: pct(samples.health, 0.5),
        p99: pct(samples.health, 0.99),
        max: pct(samples.health, 1),
      },
      chat: {
        n: samples.chat.length,
        p50: pct(samples.chat, 0.5),
        p99: pct(samples.chat, 0.99),
        max: pct(samples.chat, 1),
      },
      failures: samples.failures,
    },
    null,
    1,
  )}\n`,
);
await load.terminate();
await f.close();
process.exit(0);
