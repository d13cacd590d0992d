/**
 * The answers the server put into the console's page for its first screen (src/web/console-first-screen.ts):
 * the session check and the opened page's first reads, made by the server while the browser loaded
 * the scripts. The page arrives in parts — the app's script first (it runs as soon as it has loaded,
 * vite.config.ts), then each answer as the server has it — so a call made before the page has
 * arrived whole waits for the next part. Each answer is handed out once, to the first GET of the
 * same path and query, instead of a network call; everything after (a refetch, another page) goes
 * to the network.
 */
const BLOCKS = 'script.lr-first-screen';

/**
 * How long after the page opened its answers may stand in for a call: the first screen asks for them
 * within moments; a read first made later (a page opened from the menu minutes on) deserves fresh data.
 */
const FRESH_MS = 10_000;

const answers = new Map<string, unknown>();
const read = new WeakSet<Element>();

const stillArriving = () => document.readyState === 'loading';

/** Files the answers of every block that has arrived whole (the server ends each with a line break). */
function readArrivedBlocks(): void {
  for (const block of document.querySelectorAll(BLOCKS)) {
    if (read.has(block) || (stillArriving() && !block.nextSibling)) continue;
    read.add(block);
    try {
      for (const [key, answer] of Object.entries(JSON.parse(block.textContent ?? '') as Record<string, unknown>)) {
        answers.set(key, answer);
      }
    } catch {
      // A damaged block costs only the calls it would have saved.
    }
  }
}

/** Resolves when more of the page has arrived, or all of it. */
function moreOfThePage(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', done);
      resolve();
    };
    const observer = new MutationObserver(done);
    observer.observe(document.body ?? document.documentElement, { childList: true });
    document.addEventListener('DOMContentLoaded', done);
  });
}

/** The key a read is filed under: path and query parameters in sorted order (as the server files it). */
export function firstScreenKey(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.sort();
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/**
 * The server's answer to `request` if the page carries one not yet handed out, as a JSON response;
 * otherwise null (make the call).
 */
export async function takeFirstScreenAnswer(request: Request): Promise<Response | null> {
  if (request.method !== 'GET' || !globalThis.document || performance.now() > FRESH_MS) return null;
  const key = firstScreenKey(new URL(request.url));
  for (;;) {
    readArrivedBlocks();
    if (answers.has(key)) {
      const answer = answers.get(key);
      answers.delete(key);
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
    }
    if (!stillArriving()) return null;
    await moreOfThePage();
  }
}
