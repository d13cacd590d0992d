import { Worker } from 'node:worker_threads';
import type { ChunkDraft } from './chunk.ts';
import type { DraftFinding } from './draft-findings.ts';
import type { Extracted, UploadedFile } from './extracted.ts';
import type { FileType } from './file-type.ts';
import { ImportError } from './import-error.ts';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import-limits.ts';
import type { WorkerAnswer, WorkerRequest } from './parse-worker.ts';

// From the sources (tests, `npm start` through tsx) the worker must register tsx itself: a worker
// does not inherit its parent's loader hooks. From dist/ it is plain JavaScript.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCES ? './parse-worker.ts' : './parse-worker.js', import.meta.url);

/** A parse thread: started once (~0.5-1 s with tsx and the parsers), reused until idle or dead. */
interface ParseThread {
  worker: Worker;
  heapMb: number;
  ready: Promise<void>;
  idle: NodeJS.Timeout | null;
}

const idleThreads: ParseThread[] = [];
let busy = 0;
const waiting: (() => void)[] = [];

function startThread(heapMb: number): ParseThread {
  const options = { resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  let worker: Worker;
  if (FROM_SOURCES) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
    worker = new Worker(boot, { ...options, eval: true });
  } else {
    worker = new Worker(WORKER_URL, options);
  }
  worker.unref();
  const thread: ParseThread = { worker, heapMb, ready: Promise.resolve(), idle: null };
  // A thread that dies while parked (or errs with nobody asking) just leaves the pool.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    leavePool(thread);
    if (thread.idle) clearTimeout(thread.idle);
  });
  thread.ready = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The import worker failed to start (exit code ${code})`)));
  });
  // Nobody may be awaiting `ready` when start-up fails; the failure surfaces at the next parse.
  thread.ready.catch(() => undefined);
  return thread;
}

function takeThread(heapMb: number): ParseThread {
  const index = idleThreads.findIndex((thread) => thread.heapMb === heapMb);
  const thread = index >= 0 ? idleThreads.splice(index, 1)[0] : undefined;
  if (!thread) return startThread(heapMb);
  if (thread.idle) clearTimeout(thread.idle);
  thread.idle = null;
  return thread;
}

function leavePool(thread: ParseThread): void {
  const index = idleThreads.indexOf(thread);
  if (index >= 0) idleThreads.splice(index, 1);
}

function parkThread(thread: ParseThread, idleMs: number): void {
  thread.idle = setTimeout(() => {
    // Out of the pool before it is ended: a thread ends some milliseconds after `terminate`, and
    // one taken meanwhile would stop before answering its file (a 500 for a file that is fine).
    leavePool(thread);
    void thread.worker.terminate();
  }, idleMs);
  thread.idle.unref();
  idleThreads.push(thread);
}

async function acquireSlot(maxParallel: number): Promise<void> {
  if (busy < maxParallel) {
    busy += 1;
    return;
  }
  // releaseSlot() hands its slot over, so `busy` stays counted.
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else busy -= 1;
}

/**
 * Parses one file in a worker thread whose heap is capped at `limits.parserHeapMb`: a file that
 * needs more memory, or longer than `limits.parseTimeoutMs`, ends only that thread and is refused
 * as `too_large`, naming the limit. The API's event loop never runs a parser, so health checks and
 * chat keep answering during a heavy import; at most `limits.maxParallel` files parse at once and
 * further imports wait their turn. Threads are reused, and ended after `limits.parserIdleMs` idle.
 */
export async function parseIsolated(file: UploadedFile, type: FileType, limits: ImportLimits): Promise<Extracted> {
  const answer = await runIsolated(
    { kind: 'parse', fileName: file.fileName, bytes: file.bytes, type, maxTextChars: limits.maxTextChars },
    limits,
  );
  if ('extracted' in answer) return answer.extracted;
  throw new Error('The import worker answered a parse with something else');
}

/**
 * The guard's scan of a draft's chunks ({@link scanDraft}), in a parse worker: at the text limit it
 * takes seconds of CPU, which must not stall the API's event loop either.
 */
export async function scanDraftIsolated(
  chunks: readonly ChunkDraft[],
  blocklist: ReadonlySet<string>,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<DraftFinding[]> {
  const answer = await runIsolated({ kind: 'scan', chunks: [...chunks], blocklist: [...blocklist] }, limits);
  if ('findings' in answer) return answer.findings;
  throw new Error('The import worker answered a scan with something else');
}

async function runIsolated(request: WorkerRequest, limits: ImportLimits) {
  await acquireSlot(limits.maxParallel);
  const thread = takeThread(limits.parserHeapMb);
  let reusable = false;
  try {
    await thread.ready;
    const answer = await ask(thread.worker, request, limits);
    reusable = true;
    if (answer.ok) return answer;
    if (answer.code)
      throw new ImportError(
        answer.code,
        answer.zhHant ? { en: answer.message, zhHant: answer.zhHant } : answer.message,
      );
    throw new Error(answer.message);
  } finally {
    if (reusable) parkThread(thread, limits.parserIdleMs);
    else void thread.worker.terminate();
    releaseSlot();
  }
}

/** Sends one request to the thread and waits for its answer, its death, or the time limit. */
function ask(worker: Worker, request: WorkerRequest, limits: ImportLimits): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (answer: WorkerAnswer) => {
      done();
      resolve(answer);
    };
    const onError = (error: Error & { code?: string }) => {
      done();
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportError('too_large', {
              en: `Reading the file needs more than the ${limits.parserHeapMb} MB of memory allowed for one import`,
              zhHant: `讀取此檔案所需的記憶體超過每次匯入容許的 ${limits.parserHeapMb} MB`,
            })
          : error,
      );
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`The import worker stopped (exit code ${code}) before answering`));
    };
    const timer = setTimeout(() => {
      done();
      reject(
        new ImportError('too_large', {
          en: `The file could not be read within the ${Math.round(limits.parseTimeoutMs / 1000)} s allowed for one import`,
          zhHant: `未能在每次匯入容許的 ${Math.round(limits.parseTimeoutMs / 1000)} 秒內讀取此檔案`,
        }),
      );
    }, limits.parseTimeoutMs);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(request);
  });
}
