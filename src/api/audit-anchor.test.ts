import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../access/index.ts';
import { type AnchorPaths, openCheckpointer } from '../audit/index.ts';
import { configSchema } from '../core/index.ts';
import { openTestStore, type Store } from '../store/index.ts';
import { buildApp } from './app.ts';

/** GET /api/v1/audit/verify checks the node's audit anchor too (issue 12, item 12). */
describe('GET /api/v1/audit/verify with the audit anchor', () => {
  let store: Store;
  let dir: string;
  let anchor: AnchorPaths;
  let anchored: FastifyInstance;
  let plain: FastifyInstance;
  let adminKey: string;
  beforeAll(async () => {
    store = await openTestStore();
    dir = mkdtempSync(join(tmpdir(), 'lionrock-api-anchor-'));
    anchor = { file: join(dir, 'audit-anchor.jsonl'), keyFile: join(dir, 'audit-anchor.key') };
    adminKey = (await seedDemo(store.db, { keyLifetimeDays: 1 })).adminKey ?? '';
    const config = configSchema.parse({ logLevel: 'silent', runJobs: false });
    anchored = await buildApp({ store, config, logger: false, anchor });
    plain = await buildApp({ store, config, logger: false });
    await (await openCheckpointer(store.db, anchor)).checkpoint();
  }, 60_000);
  afterAll(async () => {
    await anchored.close();
    await plain.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const verify = async (app: FastifyInstance) =>
    (await app.inject({ url: '/api/v1/audit/verify', headers: { authorization: `Bearer ${adminKey}` } })).json();

  it('reports the anchor agreeing with the chain', async () => {
    expect(await verify(anchored)).toMatchObject({ ok: true, anchor: { anchored: true, ok: true, checkpoints: 1 } });
    expect(await verify(plain)).toMatchObject({ ok: true, anchor: { anchored: false } });
  });

  it('reports the newest entry deleted and the head rewound, which the chain alone cannot', async () => {
    await store.db.transaction(async (tx) => {
      await tx.execute(sql.raw('alter table audit_log disable trigger audit_log_append_only'));
      await tx.execute(sql.raw('delete from audit_log where seq = (select seq from audit_head)'));
      await tx.execute(
        sql.raw(
          'update audit_head set seq = seq - 1, hash = (select hash from audit_log where seq = audit_head.seq - 1)',
        ),
      );
      await tx.execute(sql.raw('alter table audit_log enable trigger audit_log_append_only'));
    });
    const verdict = await verify(anchored);
    expect(verdict).toMatchObject({ ok: false, anchor: { anchored: true, ok: false, problem: 'truncated' } });
    expect(verdict.anchor.reason).toMatch(/removed and the head rewound/);
  });
});
