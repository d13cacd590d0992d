/**
 * Gateway overhead: the same chat call to the same scripted OpenAI-compatible provider on
 * loopback, sent directly with fetch and through ModelGateway (allow-list check, quota counters,
 * metering row and hash-chained audit entry). Prints a table and writes bench/results/gateway.md
 * and gateway.json. PGlite in memory by default; PostgreSQL when DATABASE_URL is set.
 *
 * Usage: npm run bench:gateway [-- --calls 2000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { CLI_PRINCIPAL, createDepartment } from '../../src/access/index.ts';
import {
  createProvider,
  type GatewayRequest,
  ModelGateway,
  putAllowlist,
  putQuota,
  SecretBox,
  startFakeProvider,
} from '../../src/gateway/index.ts';
import { openTestStore } from '../../src/store/index.ts';

const argCalls = process.argv.indexOf('--calls');
const CALLS = argCalls > 0 ? Number(process.argv[argCalls + 1]) : 2000;
const ROUNDS = 10;
const repoRoot = resolve(import.meta.dirname, '../..');

const store = await openTestStore();
const fake = await startFakeProvider();
const ctx = { principal: CLI_PRINCIPAL, requestId: 'bench' };
const department = await createDepartment(store.db, ctx, { code: 'bench', nameEn: 'Bench', nameZh: '基準' });
const secrets = new SecretBox('bench-secret-bench-secret-bench-secret-0123');
await createProvider(store.db, ctx, secrets, { name: 'fake', baseUrl: fake.url, apiKey: 'sk-bench', models: ['m'] });
await putAllowlist(store.db, ctx, department.id, [{ provider: 'fake', model: 'm' }]);
// A second department with quotas (its own and its bot's): the first has none, so "no quota" means none.
const limited = await createDepartment(store.db, ctx, { code: 'bench-q', nameEn: 'Bench quotas', nameZh: '基準配額' });
await putAllowlist(store.db, ctx, limited.id, [{ provider: 'fake', model: 'm' }]);
const gateway = new ModelGateway(store.db, { secrets });

const messages = [
  { role: 'system' as const, content: 'Answer from the passages only, citing them as [1].' },
  { role: 'user' as const, content: '狗牌幾錢？ How much is a dog licence?' },
];
const request = (botId: string | null, departmentId = department.id): GatewayRequest => ({
  departmentId,
  botId,
  provider: 'fake',
  model: 'm',
  messages,
  actor: { id: 'bench', roles: ['service'], departmentId },
  requestId: null,
});

async function direct(): Promise<void> {
  const response = await fetch(`${fake.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    body: JSON.stringify({ model: 'm', messages }),
  });
  const json = (await response.json()) as { choices: { message: { content: string } }[] };
  if (!json.choices[0]?.message.content) throw new Error('no answer');
}

async function directStream(): Promise<void> {
  const response = await fetch(`${fake.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-bench' },
    body: JSON.stringify({ model: 'm', messages, stream: true, stream_options: { include_usage: true } }),
  });
  if (!(await response.text()).includes('[DONE]')) throw new Error('stream did not end');
}

async function viaGatewayStream(botId: string | null): Promise<void> {
  let text = '';
  for await (const piece of gateway.stream(request(botId))) text += piece.delta;
  if (!text) throw new Error('no answer');
}

const scenarios: { name: string; run: () => Promise<void> }[] = [
  { name: 'direct fetch', run: direct },
  { name: 'gateway.complete (no quota)', run: () => gateway.complete(request(null)).then(() => undefined) },
  {
    name: 'gateway.complete (department + bot quotas)',
    run: () => gateway.complete(request('bench-bot', limited.id)).then(() => undefined),
  },
  { name: 'direct fetch, streamed', run: directStream },
  { name: 'gateway.stream (no quota)', run: () => viaGatewayStream(null) },
];

await putQuota(store.db, ctx, limited.id, null, {
  requestsPerMinute: 1e9,
  tokensPerMinute: 2e9,
  requestsPerMonth: 1e9,
  tokensPerMonth: 1e12,
});
await putQuota(store.db, ctx, limited.id, 'bench-bot', {
  requestsPerMinute: 1e9,
  tokensPerMinute: 2e9,
  requestsPerMonth: 1e9,
  tokensPerMonth: 1e12,
});

// Warm up every path (JIT, connection pool, PGlite caches) before measuring.
for (const s of scenarios) for (let i = 0; i < 200; i += 1) await s.run();

// Rounds interleave the scenarios so drift (other processes, GC) falls on all of them alike.
const samples = new Map<string, number[]>(scenarios.map((s) => [s.name, []]));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const s of scenarios) {
    const times = samples.get(s.name) ?? [];
    for (let i = 0; i < CALLS / ROUNDS; i += 1) {
      const start = performance.now();
      await s.run();
      times.push(performance.now() - start);
    }
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const stats = new Map(
  [...samples].map(([name, times]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return [
      name,
      {
        p50: quantile(sorted, 0.5),
        p99: quantile(sorted, 0.99),
        mean: times.reduce((a, b) => a + b, 0) / times.length,
      },
    ];
  }),
);
const baseline = (name: string) => stats.get(name.includes('stream') ? 'direct fetch, streamed' : 'direct fetch');
const rows = scenarios.map((s) => {
  const st = stats.get(s.name) ?? { p50: 0, p99: 0, mean: 0 };
  const base = baseline(s.name) ?? st;
  const isBaseline = s.name.startsWith('direct');
  return {
    scenario: s.name,
    calls: CALLS,
    p50Ms: round3(st.p50),
    p99Ms: round3(st.p99),
    meanMs: round3(st.mean),
    overheadP50Ms: isBaseline ? null : round3(st.p50 - base.p50),
    overheadP99Ms: isBaseline ? null : round3(st.p99 - base.p99),
  };
});

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const database = store.kind === 'pglite' ? 'PGlite (in memory, in process)' : 'PostgreSQL';
const header = '| scenario | calls | p50 ms | p99 ms | mean ms | overhead p50 ms | overhead p99 ms |';
const table = [
  header,
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.scenario} | ${r.calls} | ${r.p50Ms.toFixed(3)} | ${r.p99Ms.toFixed(3)} | ${r.meanMs.toFixed(3)} | ${r.overheadP50Ms?.toFixed(3) ?? '—'} | ${r.overheadP99Ms?.toFixed(3) ?? '—'} |`,
  ),
].join('\n');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const target = rows.find((r) => r.scenario === 'gateway.complete (no quota)')?.overheadP50Ms ?? Number.NaN;
const verdict = target <= 1 ? 'met' : 'not met';
process.stdout.write(
  `Gateway overhead over a direct call (${database}; ${machine})\n\n${table}\n\nTarget ≤ 1 ms p50 overhead: ${verdict} (${target.toFixed(3)} ms)\n`,
);

mkdirSync(resolve(repoRoot, 'bench/results'), { recursive: true });
writeFileSync(
  resolve(repoRoot, 'bench/results/gateway.md'),
  `# Gateway overhead\n\n\`npm run bench:gateway\` — ${new Date().toISOString().slice(0, 10)}, ${database}, ${machine}.\n\n` +
    'Same chat request to the same scripted OpenAI-compatible server on loopback, sent directly with `fetch` and through ' +
    '`ModelGateway` (allow-list check from the per-node routing cache, quota counters with per-node leases when the ' +
    'department has quotas, `model_calls` row and hash-chained audit entry written behind the answer in batches — their ' +
    `cost falls on the calls that run while a batch is written, and shows in p99). ${CALLS} calls per scenario in ${ROUNDS} interleaved rounds after 200 warm-up calls each; ` +
    `overhead = gateway minus the direct call of the same kind.\n\n${table}\n\nTarget ≤ 1 ms p50 overhead: **${verdict}** (${target.toFixed(3)} ms).\n`,
);
writeFileSync(
  resolve(repoRoot, 'bench/results/gateway.json'),
  `${JSON.stringify({ date: new Date().toISOString(), database, machine, calls: CALLS, rounds: ROUNDS, rows }, null, 2)}\n`,
);
await gateway.close();
await fake.close();
await store.close();
