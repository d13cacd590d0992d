import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';
import type { WorkerReply, WorkerRequest } from './pglite-worker-protocol.ts';

type Request = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** What drizzle's PGlite driver calls: statements, and transactions that run several of them. */
export interface PgliteQueryable {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
}

export interface PgliteWorkerTransaction extends PgliteQueryable {
  rollback(): Promise<void>;
  readonly closed: boolean;
}

/**
 * The embedded database in a worker thread, behind the slice of PGlite's interface drizzle uses.
 * Keeps WebAssembly Postgres off the thread that serves HTTP: with PGlite in-thread, every batch
 * of conversation turns written stalled the answering of questions.
 *
 * @example const client = await PgliteWorkerClient.start('./.lionrock/pgdata');
 *          const db = drizzle({ client, schema });
 */
export class PgliteWorkerClient implements PgliteQueryable {
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(databaseError(reply.error));
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the embedded database thread stopped (exit code ${code})`)));
  }

  /** Starts the thread and opens the database (`null`: in memory); resolves once it answers. */
  static async start(dataDir: string | null): Promise<PgliteWorkerClient> {
    const client = new PgliteWorkerClient(spawnWorker({ dataDir }));
    await client.send({ kind: 'ready' });
    return client;
  }

  query<T>(sql: string, params: unknown[] = [], options: QueryOptions = {}): Promise<Results<T>> {
    return this.run<T>(sql, params, options, null);
  }

  /** Runs `callback` in one transaction: committed when it resolves, rolled back when it throws. */
  async transaction<T>(callback: (tx: PgliteWorkerTransaction) => Promise<T>): Promise<T> {
    const id = (await this.send({ kind: 'begin' })) as number;
    let closed = false;
    let rolledBack = false;
    const tx: PgliteWorkerTransaction = {
      query: <R>(sql: string, params: unknown[] = [], options: QueryOptions = {}) =>
        this.run<R>(sql, params, options, id),
      rollback: async () => {
        rolledBack = true;
        closed = true;
        await this.send({ kind: 'end', transaction: id, commit: false });
      },
      get closed() {
        return closed;
      },
    };
    let result: T;
    try {
      result = await callback(tx);
    } catch (error) {
      if (!closed) {
        closed = true;
        await this.send({ kind: 'end', transaction: id, commit: false });
      }
      throw error;
    }
    if (!rolledBack) {
      closed = true;
      await this.send({ kind: 'end', transaction: id, commit: true });
    }
    return result;
  }

  async close(): Promise<void> {
    if (this.failure) return;
    await this.send({ kind: 'close' });
    await new Promise((resolve) => this.worker.once('exit', resolve));
  }

  private async run<T>(
    sql: string,
    params: unknown[],
    options: QueryOptions,
    transaction: number | null,
  ): Promise<Results<T>> {
    const parsers = options.parsers ?? {};
    const rawTypes = Object.keys(parsers).map(Number);
    const result = (await this.send({
      kind: 'query',
      sql,
      params,
      rowMode: options.rowMode ?? 'object',
      rawTypes,
      transaction,
    })) as Results<T>;
    if (rawTypes.length) applyParsers(result, parsers);
    return result;
  }

  private send(request: Request): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }
}

/** The caller's parsers (functions cannot cross threads) run here over the raw text values. */
function applyParsers(result: Results<unknown>, parsers: NonNullable<QueryOptions['parsers']>): void {
  result.fields.forEach((field, column) => {
    const parse = parsers[field.dataTypeID];
    if (!parse) return;
    for (const row of result.rows as Record<string | number, unknown>[]) {
      const key = Array.isArray(row) ? column : field.name;
      const value = row[key];
      if (typeof value === 'string') row[key] = parse(value);
    }
  });
}

/** A Postgres error rebuilt on this side, with its SQLSTATE `code` (e.g. 23505) and details. */
function databaseError(fields: Record<string, unknown>): Error {
  const error = new Error(String(fields.message ?? 'database error'));
  Object.assign(error, fields);
  return error;
}

/**
 * The worker runs from dist/ once built, and from sources under tsx in development and tests;
 * Node 20 does not pass `--import` loader hooks on to worker threads, so the worker registers
 * tsx itself before loading the TypeScript entry.
 */
function spawnWorker(workerData: { dataDir: string | null }): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./pglite-worker.js', import.meta.url), { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./pglite-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
