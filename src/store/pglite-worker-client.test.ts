import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteWorkerClient } from './pglite-worker-client.ts';

describe('PgliteWorkerClient (the embedded database on its own thread)', () => {
  let dir: string;
  let client: PgliteWorkerClient;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lionrock-worker-'));
    client = await PgliteWorkerClient.start(join(dir, 'pgdata'));
    await client.query('create table notes (id int primary key, body text not null, at timestamptz default now())');
  }, 60_000);

  afterAll(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs parameterised statements and returns rows in object or array mode', async () => {
    await client.query('insert into notes (id, body) values ($1, $2), ($3, $4)', [1, 'one', 2, 'two']);
    const objects = await client.query<{ id: number; body: string }>('select id, body from notes order by id');
    expect(objects.rows).toEqual([
      { id: 1, body: 'one' },
      { id: 2, body: 'two' },
    ]);
    const arrays = await client.query('select id, body from notes where id = $1', [2], { rowMode: 'array' });
    expect(arrays.rows).toEqual([[2, 'two']]);
  });

  it("applies the caller's parsers to the raw text of their types (functions cannot cross threads)", async () => {
    const timestamptz = 1184;
    const result = await client.query<{ at: string }>('select at from notes where id = 1', [], {
      parsers: { [timestamptz]: (text: string) => `parsed:${text}` },
    });
    expect(result.rows[0]?.at).toMatch(/^parsed:\d{4}-\d{2}-\d{2} /);
  });

  it('commits a transaction whose callback resolves, rolls back one that throws', async () => {
    await client.transaction(async (tx) => {
      await tx.query('insert into notes (id, body) values (10, $1)', ['kept']);
    });
    await expect(
      client.transaction(async (tx) => {
        await tx.query('insert into notes (id, body) values (11, $1)', ['lost']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const rows = await client.query<{ id: number }>('select id from notes where id in (10, 11)');
    expect(rows.rows).toEqual([{ id: 10 }]);
  });

  it('rolls back on an explicit rollback and reports the transaction closed', async () => {
    await client.transaction(async (tx) => {
      await tx.query('insert into notes (id, body) values (12, $1)', ['lost']);
      await tx.rollback();
      expect(tx.closed).toBe(true);
    });
    expect((await client.query('select id from notes where id = 12')).rows).toEqual([]);
  });

  it('passes Postgres errors across with their SQLSTATE code and constraint', async () => {
    const error = await client.query('insert into notes (id, body) values (1, $1)', ['again']).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: '23505', constraint: 'notes_pkey' });
  });

  it('isolates a transaction: a statement from outside waits until it commits', async () => {
    const order: string[] = [];
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = client.transaction(async (tx) => {
      await tx.query('insert into notes (id, body) values (20, $1)', ['inside']);
      order.push('inserted');
      await held;
      order.push('committing');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const outside = client.query<{ n: number }>('select count(*)::int as n from notes where id = 20').then((r) => {
      order.push('outside read');
      return r.rows[0]?.n;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await transaction;
    expect(await outside).toBe(1);
    expect(order).toEqual(['inserted', 'committing', 'outside read']);
  });

  it('keeps what was committed across a restart of the thread', async () => {
    await client.close();
    client = await PgliteWorkerClient.start(join(dir, 'pgdata'));
    const rows = await client.query<{ id: number }>('select id from notes order by id');
    expect(rows.rows.map((r) => r.id)).toEqual([1, 2, 10, 20]);
  }, 60_000);
});
