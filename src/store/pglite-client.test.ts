import { types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from './pglite-client.ts';

describe('openPglite (parsers set once on the instance)', () => {
  let client: Awaited<ReturnType<typeof openPglite>>;
  beforeAll(async () => {
    client = await openPglite();
  });
  afterAll(() => client.close());

  it('reads timestamps as Postgres text, with or without per-statement parsers', async () => {
    const plain = await client.query<{ at: unknown }>(`select timestamptz '2026-11-22 01:02:03.456+00' as at`);
    expect(plain.rows[0]?.at).toBe('2026-11-22 01:02:03.456+00');
    const withParsers = await client.query<{ at: unknown }>(
      `select timestamptz '2026-11-22 01:02:03.456+00' as at`,
      [],
      {
        parsers: { [types.TIMESTAMPTZ]: (text: string) => text },
      },
    );
    expect(withParsers.rows[0]?.at).toBe('2026-11-22 01:02:03.456+00');
  });

  it('keeps other types parsed, and transactions with their rollback and state', async () => {
    await client.query('create table t (n int, j jsonb)');
    await client.transaction(async (tx) => {
      await tx.query('insert into t values ($1, $2)', [1, { a: 1 }]);
      await tx.rollback();
      expect(tx.closed).toBe(true);
    });
    await client.transaction((tx) => tx.query('insert into t values ($1, $2)', [2, { b: 2 }]));
    expect((await client.query('select n, j from t')).rows).toEqual([{ n: 2, j: { b: 2 } }]);
    expect(client.closed).toBe(false);
  });
});
