/**
 * `npm run bench:console`: the console in Debian's Chromium against the real server, on a demo
 * department with 10,000 conversations and 1,000 handoff cases (bench/console/seed-load.ts).
 *
 * - Initial JavaScript: the gzip size of every script Chromium loaded to show each page (budget ≤ 250 KB).
 * - Time until usable: from navigation until the page's heading is shown, nothing is loading
 *   (`[data-loading]`) and no API call is in flight; each run in a fresh browser context (cold cache,
 *   signed in). The floor, measured in the same page right after: the API calls the page made,
 *   replayed by `fetch` — the session checks in order, then the page's own calls in parallel. The
 *   figure that travels between machines is the ratio (budget ≤ 1.5×).
 *
 * Prints a table and writes bench/results/console.md and console.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { signInWithKey, startConsoleHarness } from '../../e2e/support/console-harness.ts';
import { CONSOLE_DIST } from '../../src/web/index.ts';
import { seedLoad } from './seed-load.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SHAPE = { conversations: 10_000, handoffCases: 1_000, days: 90 };
const PAGES = [
  { name: 'dashboard', path: '/console/' },
  { name: 'handoff inbox', path: '/console/handoffs' },
] as const;
/** Calls every signed-in page makes before its own: they run one after the other. */
const GATE = ['/api/v1/session', '/api/v1/me'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Waits until the page shows its heading, nothing says it is loading and no API call is in flight. */
async function waitUsable(page: Page, inFlight: () => number): Promise<void> {
  // A string: it runs in the page, where `document` is (this file is typed for Node).
  await page.waitForFunction(
    `document.querySelector('main h1') !== null && document.querySelector('[data-loading]') === null`,
  );
  while (inFlight() > 0) await page.waitForTimeout(5);
}

/** The API calls alone: the gate in order, then the page's GETs together; milliseconds. */
async function apiFloor(page: Page, urls: string[]): Promise<number> {
  const gate = GATE.filter((path) => urls.some((url) => new URL(url).pathname === path));
  const rest = urls.filter((url) => !GATE.includes(new URL(url).pathname));
  return page.evaluate(
    async ({ gate, rest }) => {
      const started = performance.now();
      for (const path of gate) await (await fetch(path)).arrayBuffer();
      await Promise.all(rest.map(async (url) => (await fetch(url)).arrayBuffer()));
      return performance.now() - started;
    },
    { gate, rest },
  );
}

const harness = await startConsoleHarness();
try {
  const seeding = performance.now();
  await seedLoad(harness.store.db, SHAPE);
  process.stdout.write(
    `seeded ${SHAPE.conversations} conversations, ${SHAPE.handoffCases} cases in ${((performance.now() - seeding) / 1000).toFixed(1)} s\n`,
  );
  const signIn = await harness.browser.newContext();
  await signInWithKey(await signIn.newPage(), harness, harness.adminKey);
  const storageState = await signIn.storageState();
  await signIn.close();

  const rows = [];
  for (const target of PAGES) {
    const usable: number[] = [];
    const floors: number[] = [];
    let scripts = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      const context = await harness.browser.newContext({ storageState });
      const page = await context.newPage();
      const apiCalls: string[] = [];
      const loaded = new Set<string>();
      let inFlight = 0;
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/api/')) {
          inFlight++;
          if (request.method() === 'GET') apiCalls.push(request.url());
        }
        if (request.resourceType() === 'script') loaded.add(url.pathname);
      });
      const settle = (url: string) => {
        if (new URL(url).pathname.startsWith('/api/')) inFlight--;
      };
      page.on('requestfinished', (request) => settle(request.url()));
      page.on('requestfailed', (request) => settle(request.url()));
      const started = performance.now();
      await page.goto(`${harness.base}${target.path}`);
      await waitUsable(page, () => inFlight);
      usable.push(performance.now() - started);
      floors.push(await apiFloor(page, apiCalls));
      scripts = loaded;
      await context.close();
    }
    const gzipBytes = [...scripts].reduce((sum, path) => {
      const file = join(CONSOLE_DIST, path.replace(/^\/console\//, ''));
      return sum + gzipSync(readFileSync(file)).length;
    }, 0);
    const row = {
      page: target.name,
      scripts: scripts.size,
      initialJsGzipKb: Math.round(gzipBytes / 102.4) / 10,
      usableMs: Math.round(median(usable)),
      apiFloorMs: Math.round(median(floors)),
      ratio: Math.round((median(usable) / median(floors)) * 100) / 100,
    };
    rows.push(row);
    process.stdout.write(`${JSON.stringify(row)}\n`);
  }

  const lines = [
    `Console in Chromium, demo department with ${SHAPE.conversations.toLocaleString('en')} conversations and ${SHAPE.handoffCases.toLocaleString('en')} handoff cases; median of ${RUNS} cold loads.`,
    '',
    '| page | scripts loaded | initial JS, gzip (budget ≤ 250 KB) | usable (ms) | its API calls alone (ms) | ratio (budget ≤ 1.5×) |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.scripts} | ${row.initialJsGzipKb} KB | ${row.usableMs} | ${row.apiFloorMs} | ${row.ratio}× |`,
    ),
  ];
  process.stdout.write(`\n${lines.join('\n')}\n`);
  const results = join(import.meta.dirname, '..', 'results');
  writeFileSync(join(results, 'console.md'), `${lines.join('\n')}\n`);
  writeFileSync(join(results, 'console.json'), `${JSON.stringify({ shape: SHAPE, runs: RUNS, rows }, null, 2)}\n`);
} finally {
  await harness.close();
}
