/**
 * The embedded database's own thread. PGlite runs Postgres as WebAssembly on the thread that
 * calls it, so on the server's thread every write would stall HTTP handling; here it runs beside
 * it and the server sends queries as messages (see pglite-worker-client.ts for the protocol).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import type { WorkerReply, WorkerRequest } from './pglite-worker-protocol.ts';

const port = parentPort;
if (!port) throw new Error('pglite-worker.ts runs only as a worker thread');

const { dataDir } = workerData as { dataDir: string | null };
const ready = dataDir ? PGlite.create(dataDir) : PGlite.create();
const transactions = new Map<number, { tx: Transaction; finish: (commit: boolean) => void }>();
let nextTransaction = 1;

port.on('message', (request: WorkerRequest) => {
  void handle(request).then(
    (value) => post({ id: request.id, ok: true, value }),
    (error: unknown) => post({ id: request.id, ok: false, error: describeError(error) }),
  );
});

function post(reply: WorkerReply): void {
  port?.postMessage(reply);
}

async function handle(request: WorkerRequest): Promise<unknown> {
  const db = await ready;
  switch (request.kind) {
    case 'ready':
      return null;
    case 'query': {
      const options: QueryOptions = { rowMode: request.rowMode };
      // Columns the caller parses itself come back as Postgres text.
      if (request.rawTypes.length) options.parsers = Object.fromEntries(request.rawTypes.map((t) => [t, raw]));
      const target = request.transaction === null ? db : transactionOf(request.transaction).tx;
      return target.query(request.sql, request.params, options);
    }
    case 'begin':
      return begin(db);
    case 'end': {
      const open = transactionOf(request.transaction);
      transactions.delete(request.transaction);
      return new Promise((resolve, reject) => {
        pendingEnds.set(request.transaction, { resolve, reject });
        open.finish(request.commit);
      });
    }
    case 'close':
      await db.close();
      setImmediate(() => process.exit(0));
      return null;
  }
}

const raw = (value: string) => value;
const pendingEnds = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();

/**
 * Opens a PGlite transaction that stays open across messages: PGlite holds its lock (other
 * queries wait, as they would in-thread) until the client sends `end`.
 */
function begin(db: PGlite): Promise<number> {
  const id = nextTransaction++;
  return new Promise((opened, failedToOpen) => {
    db.transaction(async (tx) => {
      const commit = await new Promise<boolean>((finish) => {
        transactions.set(id, { tx, finish });
        opened(id);
      });
      if (!commit) await tx.rollback();
    }).then(
      () => settleEnd(id, (end) => end.resolve(null)),
      (error: unknown) => {
        if (!settleEnd(id, (end) => end.reject(error))) failedToOpen(error);
      },
    );
  });
}

function settleEnd(id: number, settle: (end: { resolve: (v: unknown) => void; reject: (e: unknown) => void }) => void) {
  const end = pendingEnds.get(id);
  if (!end) return false;
  pendingEnds.delete(id);
  settle(end);
  return true;
}

function transactionOf(id: number) {
  const open = transactions.get(id);
  if (!open) throw new Error(`transaction ${id} is not open`);
  return open;
}

/** Postgres errors cross the thread as data: message, SQLSTATE code and the fields drivers expose. */
function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: Record<string, unknown> = { name: error.name, message: error.message };
  for (const key of ['code', 'detail', 'hint', 'constraint', 'table', 'column', 'schema', 'severity', 'position']) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}
