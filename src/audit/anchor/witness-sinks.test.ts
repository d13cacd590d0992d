import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type Store } from '../../store/index.ts';
import { appendAudit } from '../index.ts';
import { loadAnchorPublicKey } from './anchor-key.ts';
import { type Checkpoint, CheckpointVerifier } from './checkpoint.ts';
import { openCheckpointer } from './index.ts';
import { witnessSink } from './witness-sinks.ts';

/** A witness service another team runs: keeps what it is sent; answers `status`. */
async function httpWitness(status = 201): Promise<{ url: string; received: Checkpoint[]; server: Server }> {
  const received: Checkpoint[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push(JSON.parse(body) as Checkpoint);
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/checkpoints`, received, server };
}

describe('audit anchor witnesses', () => {
  let store: Store;
  let dir: string;
  beforeEach(async () => {
    store = await openTestStore();
    dir = mkdtempSync(join(tmpdir(), 'lionrock-witness-'));
    await store.db.transaction((tx) =>
      appendAudit(
        tx,
        { actor: { id: 'u-1', roles: ['editor'], departmentId: null }, requestId: null },
        { action: 'thing.update', entityType: 'thing', entityId: '1', departmentId: null },
      ),
    );
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends every checkpoint, signed, to an HTTP witness and to syslog as well as the file', async () => {
    const http = await httpWitness();
    const syslog = createSocket('udp4');
    const lines: string[] = [];
    syslog.on('message', (message) => lines.push(message.toString()));
    await new Promise<void>((resolve) => syslog.bind(0, '127.0.0.1', resolve));
    const paths = {
      file: join(dir, 'audit-anchor.jsonl'),
      keyFile: join(dir, 'audit-anchor.key'),
      witnesses: [http.url, `udp://127.0.0.1:${syslog.address().port}`],
    };
    try {
      const written = await (await openCheckpointer(store.db, paths)).checkpoint();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const inFile = JSON.parse(readFileSync(paths.file, 'utf8').trim()) as Checkpoint;
      expect(http.received).toEqual([inFile]);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^<110>1 \S+ \S+ lionrock \d+ audit-anchor - \{/);
      expect(JSON.parse(lines[0]?.slice(lines[0].indexOf('{')) ?? '')).toEqual(inFile);
      const publicKey = loadAnchorPublicKey(paths);
      expect(publicKey && new CheckpointVerifier(publicKey).valid(http.received[0] as Checkpoint)).toBe(true);
      expect(written).toEqual(inFile);
    } finally {
      http.server.close();
      syslog.close();
    }
  });

  it('still anchors to the file when a witness refuses, and reports the witness', async () => {
    const http = await httpWitness(503);
    const failures: string[] = [];
    const paths = { file: join(dir, 'a.jsonl'), keyFile: join(dir, 'a.key'), witnesses: [http.url] };
    try {
      const checkpointer = await openCheckpointer(store.db, paths, (location, error) =>
        failures.push(`${location}: ${(error as Error).message}`),
      );
      expect(await checkpointer.checkpoint()).toMatchObject({ seq: 1 });
      expect(readFileSync(paths.file, 'utf8').trim().split('\n')).toHaveLength(1);
      expect(failures).toEqual([`${http.url}: witness ${http.url} answered 503`]);
      // The file has it: the next round does not sign the same head again.
      expect(await checkpointer.checkpoint()).toBeNull();
    } finally {
      http.server.close();
    }
  });

  it('refuses a witness that is neither http(s) nor udp, naming it', () => {
    expect(() => witnessSink('ftp://example.org/x')).toThrow(/ftp:\/\/example.org\/x is not an audit witness/);
  });
});
