/** Messages between the server's thread and the embedded database's thread. */
export type WorkerRequest = { id: number } & (
  | { kind: 'ready' }
  | {
      kind: 'query';
      sql: string;
      params: unknown[];
      rowMode: 'object' | 'array';
      /** Type OIDs whose values come back as Postgres text, for the caller's own parsers. */
      rawTypes: number[];
      /** An open transaction, or null for a statement of its own. */
      transaction: number | null;
    }
  | { kind: 'begin' }
  | { kind: 'end'; transaction: number; commit: boolean }
  | { kind: 'close' }
);

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: Record<string, unknown> };
