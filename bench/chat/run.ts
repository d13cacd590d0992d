/**
 * `npm run bench:chat`: a real `lionrock serve` (embedded PGlite, demo bots, guard on, extractive
 * answers) in its own process, driven over loopback by autocannon at 1, 10 and 100 connections,
 * beside a bare fastify route (bench/chat/bare-server.ts) driven the same way in the same run:
 * throughput is also stated as a share of the bare route's, which travels between machines better
 * than requests/s. Prints a table and writes bench/results/chat.md and chat.json.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ADMIN_KEY = 'lr_bench-admin-key-0123456789abcdefghij';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * Seven answerable questions and one no bot can answer whose asker wants a person (it opens a handoff case:
 * a committed, audited write; an unanswerable question alone only offers one).
 */
const MIXED = [
  { bot: 'demo-dog-licence', question: '狗牌幾錢？' },
  { bot: 'demo-dog-licence', question: 'How much is a dog licence?' },
  { bot: 'demo-1823', question: '1823 係咪 24 小時？' },
  { bot: 'demo-1823', question: 'How do I make a complaint to 1823?' },
  { bot: 'demo-forms', question: '點樣下載政府表格？' },
  { bot: 'demo-forms', question: 'What is the Trade Single Window?' },
  { bot: 'demo-dog-licence', question: '隻狗要唔要打狂犬病針？' },
  { bot: 'demo-1823', question: '我想投訴街上的噪音，想搵真人跟進' },
];
/** The same with the unanswerable question swapped for an answerable one. */
const ANSWERED = [...MIXED.slice(0, -1), { bot: 'demo-dog-licence', question: '狗牌點樣續期？' }];

async function startServer(): Promise<{ child: ChildProcess; url: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'lionrock-bench-chat-'));
  const child = spawn(process.execPath, [join(ROOT, 'bin/lionrock'), 'serve'], {
    env: {
      ...process.env,
      // BENCH_DATABASE_URL: measure on PostgreSQL (an empty database) instead of the embedded PGlite.
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? '',
      PORT: '0',
      LIONROCK_DATA_DIR: dir,
      LIONROCK_ADMIN_KEY: ADMIN_KEY,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /LionRock listening on (\S+)/.exec(out);
      if (match?.[1] && /Admin API key/.test(out)) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return { child, url, dir };
}

/** The bare fastify route, in its own process as the chat server is. */
async function startBare(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/chat/bare-server.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', (code) => reject(new Error(`bare server exited (${code}): ${out}`)));
  });
  return { child, url };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Row {
  mix: 'mixed' | 'answered';
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function drive(url: string, connections: number, questions = MIXED): Promise<Row> {
  const result = await autocannon({
    url,
    connections,
    duration: DURATION,
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    requests: questions.map(({ bot, question }) => ({
      method: 'POST',
      path: `/api/v1/bots/${bot}/ask`,
      body: JSON.stringify({ question }),
    })),
  });
  return {
    mix: questions === MIXED ? 'mixed' : 'answered',
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

const server = await startServer();
const bare = await startBare();
try {
  // Warm up: JIT, the knowledge index, caches.
  await drive(server.url, 4);
  await drive(bare.url, 4);
  const rows: Row[] = [];
  const bareRows = new Map<number, Row>();
  // Each chat row is followed by the bare route at the same connections, so both see the same hour.
  for (const connections of [1, 10, 100]) {
    rows.push(await drive(server.url, connections));
    bareRows.set(connections, await drive(bare.url, connections));
  }
  rows.push(await drive(server.url, 10, ANSWERED));
  const share = (r: Row) => r.requestsPerSecond / (bareRows.get(r.connections)?.requestsPerSecond ?? Number.NaN);
  const header =
    '| questions | connections | requests/s | share of bare fastify | p50 ms | p90 ms | p99 ms | errors | non-2xx |\n|---|---|---|---|---|---|---|---|---|';
  const mixName = { mixed: '1 in 8 handed off', answered: 'all answered' };
  const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
  const lines = [
    ...rows.map(
      (r) =>
        `| ${mixName[r.mix]} | ${r.connections} | ${r.requestsPerSecond} | ${percent(share(r))} | ${r.p50} | ${r.p90} | ${r.p99} | ${r.errors} | ${r.non2xx} |`,
    ),
    ...[...bareRows.values()].map(
      (r) =>
        `| bare fastify route | ${r.connections} | ${r.requestsPerSecond} | 100 % | ${r.p50} | ${r.p90} | ${r.p99} | ${r.errors} | ${r.non2xx} |`,
    ),
  ];
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
  const table = `${header}\n${lines.join('\n')}`;
  const database = process.env.BENCH_DATABASE_URL ? 'PostgreSQL on loopback' : 'embedded PGlite';
  const md = `# Chat benchmark\n\n\`POST /api/v1/bots/{id}/ask\` on the three demo bots with eight questions in turn, one of which no bot can answer (it opens a handoff case, committed with its audit entry before the reply), and the same with that question swapped for an answerable one (extractive answers, guard on input, retrieved passages and output, ${database}), ${DURATION} s per row, server and load generator in separate processes on ${machine}. "Share of bare fastify": requests/s as a share of a trivial JSON route on bare fastify (its own process, same requests, same connections, driven right after each row in the same run).\nTarget: ≥ 1,500 requests/s and p99 ≤ 25 ms at 10 connections.\n\n${table}\n`;
  process.stdout.write(`${table}\n`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const name = process.env.BENCH_DATABASE_URL ? 'chat-postgres' : 'chat';
  writeFileSync(join(ROOT, `bench/results/${name}.md`), md);
  writeFileSync(
    join(ROOT, `bench/results/${name}.json`),
    `${JSON.stringify(
      {
        machine,
        database,
        durationSeconds: DURATION,
        rows: rows.map((r) => ({ ...r, shareOfBareFastify: share(r) })),
        bareFastify: [...bareRows.values()],
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await Promise.all([stop(server.child), stop(bare.child)]);
  rmSync(server.dir, { recursive: true, force: true });
}
