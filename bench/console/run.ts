/**
 * `npm run bench:console`: the console in Debian's Chromium against the real server, on a demo
 * department with 10,000 conversations and 1,000 handoff cases (bench/console/seed-load.ts).
 *
 * - Initial JavaScript: the gzip size of every script Chromium loaded to show each page (budget ≤ 250 KB).
 * - Time until usable: from navigation until the page's heading is shown, nothing is loading
 *   (`[data-loading]`) and no API call is in flight; first visits in a fresh browser context (empty
 *   cache, signed in), then the next visit in the same context (scripts from the cache). The floor, measured in the same page right after: the API calls the page made,
 *   replayed by `fetch` — the session checks in order, then the page's own calls in parallel. The
 *   figure that travels between machines is the ratio (budget ≤ 1.5×).
 *
 * Prints a table and writes bench/results/console.md and console.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
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

/** Runs in the page (a function, not a string: the console's CSP refuses eval). Typed here for Node. */
function pageIsUsable(): boolean {
  const { document } = globalThis as unknown as { document: { querySelector(selector: string): unknown } };
  return document.querySelector('main h1') !== null && document.querySelector('[data-loading]') === null;
}

/** Runs in the page: the heading is no longer `previous` (the clicked page has drawn its own). */
function headingIsNot(previous: string | null): boolean {
  const { document } = globalThis as unknown as {
    document: { querySelector(selector: string): { textContent: string | null } | null };
  };
  return (document.querySelector('main h1')?.textContent ?? previous) !== previous;
}

/** Waits until the page shows its heading, nothing says it is loading and no API call is in flight. */
async function waitUsable(page: Page, inFlight: () => number): Promise<void> {
  await page.waitForFunction(pageIsUsable);
  while (inFlight() > 0) await page.waitForTimeout(5);
}

const LOAD_NAMES = {
  cold: 'first visit (empty cache)',
  warm: 'next visit (cached scripts)',
  inApp: 'from the menu of an open console',
} as const;

interface Load {
  usableMs: number;
  apiFloorMs: number;
  /** Scripts the page asked for before it was usable. */
  scripts: string[];
}

/**
 * Opens `url` in `page` (or, with `menuPath`, clicks the menu link to it in the console already
 * open) and times it until usable; then replays its API calls alone.
 */
async function measureLoad(page: Page, url: string, menuPath?: string): Promise<Load> {
  const apiCalls: string[] = [];
  const scripts = new Set<string>();
  let inFlight = 0;
  const onRequest = (request: Request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/')) {
      inFlight++;
      if (request.method() === 'GET') apiCalls.push(request.url());
    }
    if (request.resourceType() === 'script') scripts.add(pathname);
  };
  const settle = (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) inFlight--;
  };
  page.on('request', onRequest);
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  const started = performance.now();
  if (menuPath) {
    const from = await page.locator('main h1').textContent();
    // The menu links the dashboard as /console (its index route), the others by their path.
    await page.locator(`nav a[href="${menuPath.replace(/\/$/, '')}"]`).click();
    await page.waitForFunction(headingIsNot, from);
  } else {
    await page.goto(url);
  }
  await waitUsable(page, () => inFlight);
  const usableMs = performance.now() - started;
  const before = [...scripts];
  page.off('request', onRequest);
  page.off('requestfinished', settle);
  page.off('requestfailed', settle);
  return { usableMs, apiFloorMs: await apiFloor(page, apiCalls), scripts: before };
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
    const cold: Load[] = [];
    const warm: Load[] = [];
    const inApp: Load[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await harness.browser.newContext({ storageState });
      const page = await context.newPage();
      cold.push(await measureLoad(page, `${harness.base}${target.path}`));
      // The officer's next visit: the hashed scripts come from the browser's cache.
      await page.goto('about:blank');
      warm.push(await measureLoad(page, `${harness.base}${target.path}`));
      // Most visits are clicks in the menu of a console already open: from the audit page to this one.
      await page.goto(`${harness.base}/console/audit`);
      await waitUsable(page, () => 0);
      inApp.push(await measureLoad(page, `${harness.base}${target.path}`, target.path));
      await context.close();
    }
    const scripts = cold[0]?.scripts ?? [];
    const gzipBytes = scripts.reduce((sum, path) => {
      const file = join(CONSOLE_DIST, path.replace(/^\/console\//, ''));
      return sum + gzipSync(readFileSync(file)).length;
    }, 0);
    const summary = (loads: Load[]) => {
      const usable = median(loads.map((load) => load.usableMs));
      const floor = median(loads.map((load) => load.apiFloorMs));
      return {
        usableMs: Math.round(usable),
        apiFloorMs: Math.round(floor),
        ratio: Math.round((usable / floor) * 100) / 100,
      };
    };
    const row = {
      page: target.name,
      scripts: scripts.length,
      initialJsGzipKb: Math.round(gzipBytes / 102.4) / 10,
      cold: summary(cold),
      warm: summary(warm),
      inApp: summary(inApp),
    };
    rows.push(row);
    process.stdout.write(`${JSON.stringify(row)}\n`);
  }

  const lines = [
    `Console in Chromium, demo department with ${SHAPE.conversations.toLocaleString('en')} conversations and ${SHAPE.handoffCases.toLocaleString('en')} handoff cases; median of ${RUNS} loads of each kind.`,
    '',
    '| page | scripts before usable | initial JS, gzip (budget ≤ 250 KB) | load | usable (ms) | its API calls alone (ms) | ratio (budget ≤ 1.5×) |',
    '|---|---|---|---|---|---|---|',
    ...rows.flatMap((row) =>
      (['cold', 'warm', 'inApp'] as const).map(
        (load) =>
          `| ${row.page} | ${row.scripts} | ${row.initialJsGzipKb} KB | ${LOAD_NAMES[load]} | ${row[load].usableMs} | ${row[load].apiFloorMs} | ${row[load].ratio}× |`,
      ),
    ),
  ];
  process.stdout.write(`\n${lines.join('\n')}\n`);
  const results = join(import.meta.dirname, '..', 'results');
  writeFileSync(join(results, 'console.md'), `${lines.join('\n')}\n`);
  writeFileSync(join(results, 'console.json'), `${JSON.stringify({ shape: SHAPE, runs: RUNS, rows }, null, 2)}\n`);
} finally {
  await harness.close();
}
