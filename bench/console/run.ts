/**
 * `npm run bench:console`: the console in Debian's Chromium against the real server, on a demo
 * department with 10,000 conversations and 1,000 handoff cases (bench/console/seed-load.ts).
 *
 * - Initial JavaScript: the gzip size of every script Chromium loaded to show each page (budget ≤ 250 KB).
 * - Time until usable, on the page's own clock: from the start of navigation (first and next visit)
 *   or from the click on the menu entry, to the first frame in which the page's heading is shown,
 *   nothing is loading (`[data-loading]`) and no API call is in flight. A script added to every page
 *   before the console's own watches the DOM and counts the console's fetches, so neither the
 *   driver's round trips nor its click (scrolling, hit-testing) are counted. First visits in a fresh
 *   browser context (empty cache, signed in), then the next visit in a new tab of the same context
 *   (scripts from the cache, as an officer opens the console from a bookmark), then a click in the
 *   menu: once as the driver clicks (the pointer reaches the entry and presses it within a few
 *   milliseconds) and once as a person does (PERSON_CLICK: the pointer rests
 *   on the entry, then a press as long as a person's). The console starts the page's code and reads
 *   when the pointer reaches the entry, so a person's click finds more of them done. The floor, measured in the same page right after: the API
 *   calls the page made, or that the server made for it and put into the page (the session check and
 *   the page's first reads, src/web/console-first-screen.ts), replayed by `fetch` — the session
 *   check, then the page's own calls in parallel. The figure that travels between machines is the
 *   ratio (budget ≤ 1.5×).
 * - The browser's floor: the same page as the console drew it, saved as plain HTML with its stylesheets
 *   (no script, no API call) and served from a bare Node server, timed on its next visit the same way.
 *   It is what drawing this page costs the browser alone, beside the page's API calls.
 * - React's floor: the same page again, drawn by React alone (react-floor/draw-page.ts: the saved
 *   drawing turned into React elements and rendered, with no router, component library, query cache
 *   or API call), served and timed the same way. It is what the stack the console is written in
 *   costs before any of the console's own code runs.
 * - The browser's floor from the menu: in the page a click leaves, the API calls the console made for
 *   the page it opened, then that page's drawing put in place as HTML and laid out, timed to the next
 *   frame (menuFloor). It is what a click costs when the reads start with it, before any script.
 *
 * Prints a table and writes bench/results/console.md and console.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, Page, Request } from 'playwright-core';
import { signInWithKey, startConsoleHarness } from '../../e2e/support/console-harness.ts';
import { CONSOLE_DIST } from '../../src/web/index.ts';
import { seedLoad } from './seed-load.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SHAPE = { conversations: 10_000, handoffCases: 1_000, days: 90 };
const PAGES = [
  { name: 'dashboard', path: '/console/' },
  { name: 'handoff inbox', path: '/console/handoffs' },
] as const;
/**
 * A person's click on a menu entry: the pointer rests on it before the press (a quarter second on
 * average by InstantClick's measure; taken shorter here), and the press lasts about 80 ms; the
 * browser acts on the release.
 */
const PERSON_CLICK = { restMs: 100, pressMs: 80 };
/** The call every signed-in page makes before its own: the page's calls follow it. */
const GATE = ['/api/v1/session'];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Added to every page before its own scripts (a function, not a string: the console's CSP refuses
 * eval; typed here for Node, with no named inner functions for the compiler to wrap). It counts the
 * console's API fetches in flight and records, on the page's clock, the first frame after the last
 * `__lrArm` (navigation start, or a click) in which the page is usable: a heading other than the one
 * shown when armed, nothing `[data-loading]`, no API call in flight.
 */
function watchUsable(): void {
  const page = globalThis as unknown as {
    document: {
      querySelector(selector: string): { textContent: string | null } | null;
      addEventListener(type: string, listener: () => void, capture: boolean): void;
    };
    fetch: (input: unknown, init?: unknown) => Promise<unknown>;
    requestAnimationFrame(callback: () => void): void;
    MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void };
    __lr: { armedAt: number; from: string | null; usableAt: number | null; inFlight: number; check: () => void };
  };
  const state = {
    armedAt: 0,
    from: null as string | null,
    usableAt: null as number | null,
    inFlight: 0,
    // Assigned below: a function written in the literal would be wrapped in a helper the page lacks.
    check: null as unknown as () => void,
  };
  state.check = () => {
    if (state.usableAt !== null || state.inFlight > 0) return;
    const heading = page.document.querySelector('main h1');
    if (!heading || heading.textContent === state.from || page.document.querySelector('[data-loading]')) return;
    page.requestAnimationFrame(() => {
      if (state.usableAt === null && state.inFlight === 0 && !page.document.querySelector('[data-loading]')) {
        state.usableAt = performance.now();
      }
    });
  };
  page.__lr = state;
  const fetchFirst = page.fetch;
  page.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : String((input as { url?: string }).url ?? input);
    const api = new URL(url, 'http://x').pathname.startsWith('/api/');
    if (api) state.inFlight++;
    return fetchFirst.call(page, input, init).finally(() => {
      if (api) state.inFlight--;
      state.check();
    });
  };
  // A click re-arms: the page it leads to is timed from the click.
  page.document.addEventListener(
    'click',
    () => {
      state.armedAt = performance.now();
      state.from = page.document.querySelector('main h1')?.textContent ?? null;
      state.usableAt = null;
    },
    true,
  );
  new page.MutationObserver(() => state.check()).observe(page.document, {
    subtree: true,
    childList: true,
    attributes: true,
  });
}

/** Runs in the page: milliseconds from the last arming to usable, or null while it is not usable yet. */
function usableAfter(): number | null {
  const { __lr: state } = globalThis as unknown as { __lr: { armedAt: number; usableAt: number | null } };
  return state.usableAt === null ? null : state.usableAt - state.armedAt;
}

/** Runs in the page: the addresses of the API answers the server put into the page. */
function firstScreenCalls(): string[] {
  const { document, location } = globalThis as unknown as {
    document: { querySelectorAll(selector: string): Iterable<{ textContent: string | null }> };
    location: { origin: string };
  };
  return [...document.querySelectorAll('script.lr-first-screen')].flatMap((block) =>
    Object.keys(JSON.parse(block.textContent ?? '{}') as object).map((path) => `${location.origin}${path}`),
  );
}

/** Runs in the page: the HTML of its `<main>`, the page as the console drew it. */
function drawnMain(): string {
  const { document } = globalThis as unknown as {
    document: { querySelector(selector: string): { innerHTML: string } | null };
  };
  return document.querySelector('main')?.innerHTML ?? '';
}

/** Runs in the page: the page shows its heading and nothing is loading (for pages opened only to click from). */
function pageIsUsable(): boolean {
  const { document } = globalThis as unknown as { document: { querySelector(selector: string): unknown } };
  return document.querySelector('main h1') !== null && document.querySelector('[data-loading]') === null;
}

/**
 * Runs in the page: the page as drawn, as plain HTML — no script (nor the data blocks), no preloads;
 * its stylesheets stay at their addresses (/console/assets/…), which the floor's server serves from
 * the build: from another origin the console's server would refuse them (CORS, CORP), and the copy
 * would be drawn unstyled.
 */
function plainCopy(): string {
  type Element = { remove(): void };
  const { document } = globalThis as unknown as {
    document: {
      documentElement: {
        cloneNode(deep: boolean): { outerHTML: string; querySelectorAll(selector: string): Iterable<Element> };
      };
    };
  };
  const copy = document.documentElement.cloneNode(true);
  for (const element of copy.querySelectorAll('script, link[rel="modulepreload"]')) element.remove();
  return `<!doctype html>${copy.outerHTML}`;
}

const LOAD_NAMES = {
  cold: 'first visit (empty cache)',
  warm: 'next visit, a new tab (cached scripts)',
  inApp: 'from the menu of an open console',
  person: "from the menu, a person's click",
} as const;

interface Load {
  usableMs: number;
  apiFloorMs: number;
  /** The API calls the page made (or that the server made for it), replayed for the floors. */
  apiCalls: string[];
  /** Scripts the page asked for before it was usable. */
  scripts: string[];
}

/**
 * Opens `url` in `page` (or, with `menuPath`, clicks the menu link to it in the console already
 * open, as the driver does or, with `person`, as a person does) and times it until usable on the
 * page's clock; then replays its API calls alone.
 */
async function measureLoad(page: Page, url: string, menuPath?: string, person = false): Promise<Load> {
  const apiCalls: string[] = [];
  const scripts = new Set<string>();
  const onRequest = (request: Request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/api/') && request.method() === 'GET') apiCalls.push(request.url());
    if (request.resourceType() === 'script') scripts.add(pathname);
  };
  page.on('request', onRequest);
  if (menuPath) {
    // The menu links the dashboard as /console (its index route), the others by their path.
    const entry = page.locator(`nav a[href="${menuPath.replace(/\/$/, '')}"]`);
    if (person) {
      await entry.hover();
      await page.waitForTimeout(PERSON_CLICK.restMs);
      await page.mouse.down();
      await page.waitForTimeout(PERSON_CLICK.pressMs);
      await page.mouse.up();
    } else {
      await entry.click();
    }
  } else {
    await page.goto(url);
  }
  const usableMs = (await (await page.waitForFunction(usableAfter)).jsonValue()) as number;
  const before = [...scripts];
  page.off('request', onRequest);
  // The calls the server made for the page and put into it (src/web/console-first-screen.ts) count
  // as the page's API calls too: the floor is the same calls, however they were made.
  if (!menuPath) apiCalls.push(...(await page.evaluate(firstScreenCalls)));
  return { usableMs, apiFloorMs: await apiFloor(page, apiCalls), apiCalls, scripts: before };
}

/** Runs in the page: every stylesheet it links has loaded (a refused one has no sheet). */
function stylesheetsLoaded(): boolean {
  const { document } = globalThis as unknown as {
    document: { querySelectorAll(selector: string): Iterable<{ sheet: unknown }> };
  };
  const links = [...document.querySelectorAll('link[rel="stylesheet"]')];
  return links.length > 0 && links.every((link) => link.sheet !== null);
}

/**
 * The saved drawing (plainCopy) as React's floor: the body moves into an inert `<template>` in the
 * head and the page loads DRAW_PAGE, which draws it with React.
 */
function reactFloorCopy(plain: string): string {
  const body = /<body([^>]*)>([\s\S]*)<\/body>/.exec(plain);
  const head = plain.indexOf('</head>');
  if (!body || head < 0) throw new Error('the saved page has no head or body');
  const loader = `<template id="lr-page">${body[2]}</template><script type="module" async src="${DRAW_PAGE}"></script>`;
  return `${plain.slice(0, head)}${loader}${plain.slice(head, body.index)}<body${body[1]}></body></html>`;
}

/** Where React's floor page loads its script from. */
const DRAW_PAGE = '/draw-page.js';

/** React's floor's script (react-floor/draw-page.ts), bundled and minified for production as the console is. */
async function drawPageScript(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'react-floor', 'draw-page.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const [output] = bundle.outputFiles;
  if (!output) throw new Error('esbuild gave no output for draw-page.ts');
  return output.text;
}

/**
 * The headers of the console's page that change how the browser opens it, not what it shows: its
 * security policy. Cross-Origin-Opener-Policy in particular puts the page in a browsing context group
 * of its own: a new tab, or one coming from about:blank, starts a renderer process for it.
 */
const PAGE_POLICY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'x-content-type-options',
  'x-frame-options',
];

/** The console page's policy headers (PAGE_POLICY_HEADERS), as its server sends them. */
async function consolePolicyHeaders(url: string): Promise<Record<string, string>> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return Object.fromEntries(
    PAGE_POLICY_HEADERS.flatMap((name) => {
      const value = response.headers.get(name);
      return value === null ? [] : [[name, value]];
    }),
  );
}

/**
 * A floor for a page: `html` (plainCopy or reactFloorCopy) served by a bare Node server with
 * `headers`, with the console's stylesheets and `script` at DRAW_PAGE (cached as the console's hashed
 * files are), opened in a fresh context, then in a new tab of it, timed as the console's next visit is.
 * Milliseconds, one per run.
 */
async function floorLoads(
  browser: Browser,
  html: string,
  { headers = {}, script = '' }: { headers?: Record<string, string>; script?: string } = {},
): Promise<number[]> {
  const cached = (type: string) => ({ 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable' });
  const server = createServer((request, response) => {
    if (request.url === DRAW_PAGE) {
      response.writeHead(200, cached('text/javascript; charset=utf-8'));
      response.end(script);
      return;
    }
    // The console's stylesheets, from its build, as the console's server sends them.
    if (request.url?.startsWith('/console/assets/') && request.url.endsWith('.css')) {
      response.writeHead(200, cached('text/css; charset=utf-8'));
      response.end(readFileSync(join(CONSOLE_DIST, 'assets', basename(request.url))));
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      await context.addInitScript(watchUsable);
      const first = await context.newPage();
      // The first visit puts the stylesheets (and script) in the cache, as the console's first visit does.
      await first.goto(url);
      await first.waitForFunction(usableAfter);
      if (!(await first.evaluate(stylesheetsLoaded))) throw new Error('a floor page drew without its stylesheets');
      await first.close();
      const page = await context.newPage();
      await page.goto(url);
      times.push((await (await page.waitForFunction(usableAfter)).jsonValue()) as number);
      await context.close();
    }
    return times;
  } finally {
    server.close();
  }
}

/**
 * The browser's floor for a click in the menu, in the page the click leaves: the API calls the
 * console made for the page it opened, then that page as the console drew it (`drawn`, the HTML of
 * its `<main>`) put in place of the page left and laid out, as the console's heading focus lays it
 * out, timed to the next frame as the console is. No script of the console's runs in between.
 */
async function menuFloor(page: Page, urls: string[], drawn: string): Promise<number> {
  return page.evaluate(
    async ({ urls, drawn }) => {
      const page = globalThis as unknown as {
        document: { querySelector(selector: string): { innerHTML: string; offsetHeight: number } | null };
        requestAnimationFrame(callback: () => void): void;
      };
      const started = performance.now();
      await Promise.all(urls.map(async (url) => (await fetch(url)).arrayBuffer()));
      const main = page.document.querySelector('main');
      if (!main) throw new Error('the page has no <main>');
      main.innerHTML = drawn;
      void main.offsetHeight;
      await new Promise<void>((resolve) => page.requestAnimationFrame(resolve));
      return performance.now() - started;
    },
    { urls, drawn },
  );
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

const drawPage = await drawPageScript();
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
    const person: Load[] = [];
    const menuFloors: number[] = [];
    let plain = '';
    for (let run = 0; run < RUNS; run++) {
      const context = await harness.browser.newContext({ storageState });
      await context.addInitScript(watchUsable);
      const first = await context.newPage();
      cold.push(await measureLoad(first, `${harness.base}${target.path}`));
      await first.close();
      // The officer's next visit, from a bookmark or a link: a new tab; the hashed scripts come from the cache.
      const page = await context.newPage();
      warm.push(await measureLoad(page, `${harness.base}${target.path}`));
      if (!plain) plain = await page.evaluate(plainCopy);
      // Most visits are clicks in the menu of a console already open: from the audit page to this one.
      await page.goto(`${harness.base}/console/audit`);
      await page.waitForFunction(pageIsUsable);
      const click = await measureLoad(page, `${harness.base}${target.path}`, target.path);
      inApp.push(click);
      const drawn = await page.evaluate(drawnMain);
      await page.goto(`${harness.base}/console/audit`);
      await page.waitForFunction(pageIsUsable);
      person.push(await measureLoad(page, `${harness.base}${target.path}`, target.path, true));
      await page.goto(`${harness.base}/console/audit`);
      await page.waitForFunction(pageIsUsable);
      menuFloors.push(await menuFloor(page, click.apiCalls, drawn));
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
    const headers = await consolePolicyHeaders(`${harness.base}${target.path}`);
    const plainMs = median(await floorLoads(harness.browser, plain));
    const plainHeadersMs = median(await floorLoads(harness.browser, plain, { headers }));
    const reactMs = median(await floorLoads(harness.browser, reactFloorCopy(plain), { headers, script: drawPage }));
    const next = summary(warm);
    const clicked = summary(inApp);
    const menuFloorMs = median(menuFloors);
    const row = {
      page: target.name,
      scripts: scripts.length,
      initialJsGzipKb: Math.round(gzipBytes / 102.4) / 10,
      cold: summary(cold),
      warm: next,
      inApp: clicked,
      person: summary(person),
      // The same page as plain HTML (no script, no API call), beside the console's next visit's API calls.
      plainHtml: {
        usableMs: Math.round(plainMs),
        ratioToApiCalls: Math.round((plainMs / next.apiFloorMs) * 100) / 100,
      },
      // The same, sent with the console page's policy headers.
      plainHtmlWithPolicy: {
        usableMs: Math.round(plainHeadersMs),
        ratioToApiCalls: Math.round((plainHeadersMs / next.apiFloorMs) * 100) / 100,
      },
      // From the menu: the page's API calls, then its drawing put in place as HTML, beside those calls alone.
      menuFloor: {
        usableMs: Math.round(menuFloorMs),
        ratioToApiCalls: Math.round((menuFloorMs / clicked.apiFloorMs) * 100) / 100,
      },
      // The same page drawn by React alone (no router, components, queries or API call), with those headers.
      reactAlone: {
        usableMs: Math.round(reactMs),
        ratioToApiCalls: Math.round((reactMs / next.apiFloorMs) * 100) / 100,
      },
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
      (['cold', 'warm', 'inApp', 'person'] as const).map(
        (load) =>
          `| ${row.page} | ${row.scripts} | ${row.initialJsGzipKb} KB | ${LOAD_NAMES[load]} | ${row[load].usableMs} | ${row[load].apiFloorMs} | ${row[load].ratio}× |`,
      ),
    ),
    '',
    `A person's click: the pointer rests ${PERSON_CLICK.restMs} ms on the menu entry, then a press of ${PERSON_CLICK.pressMs} ms; timed from the release, when the browser acts. The driver's click reaches the entry and presses it within a few milliseconds.`,
    '',
    "The floors, next visit (a new tab), beside the API calls of the console's next visit: the browser's (the same page as the console drew it, saved as plain HTML with its stylesheets; no script, no API call), sent bare and then with the console page's policy headers, and React's (that page drawn by React alone from its saved markup, with those headers: react-dom, no router, component library, query cache or API call).",
    '',
    "| page | the page's API calls alone (ms) | plain HTML | ratio | plain HTML, the console's headers | ratio | React alone, the console's headers | ratio | the console | ratio |",
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.warm.apiFloorMs} | ${row.plainHtml.usableMs} | ${row.plainHtml.ratioToApiCalls}× | ${row.plainHtmlWithPolicy.usableMs} | ${row.plainHtmlWithPolicy.ratioToApiCalls}× | ${row.reactAlone.usableMs} | ${row.reactAlone.ratioToApiCalls}× | ${row.warm.usableMs} | ${row.warm.ratio}× |`,
    ),
    '',
    "The browser's floor from the menu, beside the API calls of the driver's click: those calls, then the page as the console drew it put in place of the page left, as HTML, and laid out, timed to the next frame; no script of the console's runs.",
    '',
    "| page | the page's API calls alone (ms) | the calls, then the drawing in place | ratio | the console, driver's click | ratio |",
    '|---|---|---|---|---|---|',
    ...rows.map(
      (row) =>
        `| ${row.page} | ${row.inApp.apiFloorMs} | ${row.menuFloor.usableMs} | ${row.menuFloor.ratioToApiCalls}× | ${row.inApp.usableMs} | ${row.inApp.ratio}× |`,
    ),
  ];
  process.stdout.write(`\n${lines.join('\n')}\n`);
  const results = join(import.meta.dirname, '..', 'results');
  writeFileSync(join(results, 'console.md'), `${lines.join('\n')}\n`);
  writeFileSync(join(results, 'console.json'), `${JSON.stringify({ shape: SHAPE, runs: RUNS, rows }, null, 2)}\n`);
} finally {
  await harness.close();
}
