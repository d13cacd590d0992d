import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../audit/index.ts';
import type { Role } from '../core/index.ts';
import { answeredTurn, createFixture, type Fixture, handoffCase, knowledgeDraft } from './test-fixture.ts';
import {
  HOSTILE_VALUES,
  hostileValue,
  type JsonSchema,
  TAINTS,
  taintString,
  type ValuePools,
  validValue,
} from './testing/json-schema-arbitrary.ts';

/**
 * Property-based fuzzing of every operation in `/openapi.json`: valid and broken examples drawn
 * from each operation's own schemas (body, query, path), sent by callers of every kind, must never
 * answer 5xx; every refusal is problem+json with a matching status (under `/v1`, OpenAI's error
 * shape), and the audit chain verifies
 * afterwards. `FUZZ_SEED` and `FUZZ_RUNS` replay or widen a run (a failure prints its seed).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
/** 5xx codes that report a remote failure honestly (a model provider that cannot be reached). */
const UPSTREAM = new Set(['upstream_failed', 'provider_unavailable', 'circuit_open', 'capability_unavailable']);

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
  bodyRequired: boolean;
}

interface Drawn {
  role: Role | null;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  sendBody: boolean;
}

const CALLERS: (Role | null)[] = [
  'platform_admin',
  'platform_admin',
  'dept_admin',
  'editor',
  'approver',
  'agent',
  null,
];

function operations(doc: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(methods)) {
      const op = raw as {
        parameters?: Parameter[];
        requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
      };
      out.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
        bodyRequired: op.requestBody?.required ?? false,
      });
    }
  }
  return out;
}

function drawFor(op: Operation, pools: ValuePools): fc.Arbitrary<Drawn> {
  const group = (where: 'path' | 'query', hostile: boolean) => {
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const parameter of op.parameters.filter((p) => p.in === where)) {
      const valid = validValue(parameter.schema, pools);
      model[parameter.name] = hostile
        ? fc.oneof(
            valid,
            fc.constantFrom(...HOSTILE_VALUES),
            fc
              .tuple(valid, fc.constantFrom(...TAINTS), fc.nat())
              .map(([value, taint, at]) => taintString(String(value), taint, at)),
          )
        : valid;
      if (parameter.required || where === 'path') required.push(parameter.name);
    }
    return fc.record(model, { requiredKeys: required });
  };
  return fc.boolean().chain((hostile) =>
    fc.record({
      role: fc.constantFrom(...CALLERS),
      params: group('path', hostile),
      query: group('query', hostile),
      body: op.body ? (hostile ? hostileValue(op.body, pools) : validValue(op.body, pools)) : fc.constant(undefined),
      sendBody: op.bodyRequired ? fc.constant(true) : fc.boolean(),
    }),
  );
}

function urlFor(op: Operation, drawn: Drawn): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeSegment(drawn.params[name]));
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(drawn.query)) {
    if (value === undefined) continue;
    query.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** A path segment as a client would send it; a raw `%00` goes through as the byte it names. */
function encodeSegment(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  if (text === '%00') return text;
  try {
    return encodeURIComponent(text) || '%20';
  } catch {
    // A lone surrogate has no UTF-8 form: a client can only send its replacement.
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

describe('fuzzing every operation of the OpenAPI document', () => {
  let f: Fixture;
  let ops: Operation[];
  let pools: ValuePools;
  const seen = { requests: 0, byStatus: new Map<number, number>() };

  beforeAll(async () => {
    f = await createFixture({ bodyLimit: 64 * 1024 });
    const doc = (await f.app.inject({ url: '/openapi.json' })).json();
    ops = operations(doc);
    // Objects for the ids to land on: own and other department's, plus random ones from the schema.
    const own = await answeredTurn(f, f.own);
    const other = await answeredTurn(f, f.other);
    const ownCase = await handoffCase(f, f.own);
    const otherCase = await handoffCase(f, f.other);
    const draft = await knowledgeDraft(f.store, f.own);
    const otherDraft = await knowledgeDraft(f.store, f.other);
    pools = {
      ids: [
        f.own.department.id,
        f.other.department.id,
        f.own.bystander.id,
        f.other.bystander.id,
        own.sessionId,
        other.sessionId,
        ownCase.id,
        otherCase.id,
        draft.sourceId,
        draft.versionId,
        otherDraft.sourceId,
        otherDraft.versionId,
      ],
      names: [own.botId, other.botId, ownCase.reference, otherCase.reference, 'demo-1823', 'phish.example', 'fake'],
      // Nothing listens on port 9 (discard): a provider or import pointed here fails at once, offline.
      urls: ['http://127.0.0.1:9/v1', 'https://127.0.0.1:9/', 'http://[::1]:9/'],
    };
  }, 60_000);
  afterAll(async () => {
    const statuses = [...seen.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    console.info(`openapi fuzz: ${seen.requests} requests over ${ops.length} operations (${statuses.join(' ')})`);
    await f.close();
  });

  it('covers every operation the document lists', () => {
    expect(ops.length).toBeGreaterThan(50);
  });

  it('answers no operation with a 5xx, whatever it is sent', async () => {
    // Every failure is collected (not only the first), so one run counts them all.
    const failures: string[] = [];
    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(drawFor(op, pools), async (drawn) => {
          const url = urlFor(op, drawn);
          const withBody = drawn.sendBody && op.method !== 'GET' && op.method !== 'DELETE';
          const response = await f.as(drawn.role, {
            method: op.method as 'POST',
            url,
            ...(withBody
              ? { payload: JSON.stringify(drawn.body ?? null), headers: { 'content-type': 'application/json' } }
              : {}),
          });
          seen.requests += 1;
          seen.byStatus.set(response.statusCode, (seen.byStatus.get(response.statusCode) ?? 0) + 1);
          const sent = `${op.method} ${url.slice(0, 300)} as ${drawn.role ?? 'anonymous'} ${withBody ? JSON.stringify(drawn.body ?? null).slice(0, 500) : ''}`;
          const label = `${sent} → ${response.statusCode} ${response.body.slice(0, 200)}`;
          if (response.statusCode < 400) return;
          if (op.path.startsWith('/v1/')) {
            // The OpenAI-compatible routes answer errors in OpenAI's shape (issue #13, item 9).
            const { error } = response.json() as { error?: { message?: unknown; type?: unknown; code?: unknown } };
            if (response.statusCode >= 500) failures.push(label);
            else if (!/^application\/json/.test(String(response.headers['content-type'])))
              failures.push(`not JSON: ${label}`);
            else if (typeof error?.message !== 'string' || typeof error.type !== 'string')
              failures.push(`not an OpenAI error: ${label}`);
            return;
          }
          const problem = response.json() as { code?: string; status?: number };
          const upstream = response.statusCode >= 500 && UPSTREAM.has(problem.code ?? '');
          if (response.statusCode >= 500 && !upstream) failures.push(label);
          else if (!/^application\/problem\+json/.test(String(response.headers['content-type'])))
            failures.push(`not problem+json: ${label}`);
          else if (problem.status !== response.statusCode) failures.push(`status mismatch: ${label}`);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    }
    await f.app.lionrock.conversation.turns.flush();
    expect(failures).toEqual([]);
    expect((await verifyAudit(f.store.db)).ok).toBe(true);
  }, 600_000);

  it('answers no upload with a 5xx: file names, fields and contents of any kind', async () => {
    const failures: string[] = [];
    const head = fc.constantFrom(
      '',
      '%PDF-1.7\n',
      'PK\u0003\u0004',
      '{"id":"a","question":"狗牌幾錢？","answer":"',
      'question,answer\n',
      '<html><body><h1>',
      '\ufeff',
    );
    const upload = fc.record({
      role: fc.constantFrom<Role | null>('editor', 'dept_admin', 'platform_admin', 'agent', null),
      fileName: fc.oneof(
        fc.constantFrom(
          'faq.jsonl',
          'faq.csv',
          'faq.xlsx',
          'guide.pdf',
          'guide.docx',
          'page.html',
          'notes.txt',
          'scan.png',
        ),
        fc
          .tuple(fc.string({ maxLength: 30 }), fc.constantFrom(...TAINTS), fc.nat())
          .map(([name, taint, at]) => taintString(`${name}.jsonl`, taint, at)),
      ),
      contentType: fc.constantFrom('application/octet-stream', 'text/plain', 'application/pdf', 'image/png', 'x/y'),
      content: fc.tuple(head, fc.uint8Array({ maxLength: 2048 }), fc.string({ maxLength: 200, unit: 'grapheme' })),
      fields: fc.dictionary(
        fc.constantFrom('departmentId', 'botId', 'title', 'unknown'),
        fc.oneof(fc.constantFrom(...pools.ids, ...pools.names), fc.string({ maxLength: 50 })),
        { maxKeys: 3 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(upload, async (drawn) => {
        const boundary = 'fuzzBoundary7MA4YWxkTrZu0gW';
        const parts = Object.entries(drawn.fields).map(
          ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        );
        const [start, bytes, text] = drawn.content;
        const payload = Buffer.concat([
          Buffer.from(parts.join('')),
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${drawn.fileName}"\r\nContent-Type: ${drawn.contentType}\r\n\r\n`,
          ),
          Buffer.from(start),
          Buffer.from(text),
          Buffer.from(bytes),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        const response = await f.as(drawn.role, {
          method: 'POST',
          url: '/api/v1/knowledge/sources',
          payload,
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        });
        seen.requests += 1;
        seen.byStatus.set(response.statusCode, (seen.byStatus.get(response.statusCode) ?? 0) + 1);
        const label = `upload ${JSON.stringify(drawn.fileName)} ${JSON.stringify(drawn.fields)} as ${drawn.role} → ${response.statusCode} ${response.body.slice(0, 200)}`;
        const problem = response.statusCode >= 400 ? (response.json() as { code?: string }) : {};
        if (response.statusCode >= 500 && !UPSTREAM.has(problem.code ?? '')) failures.push(label);
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
    expect(failures).toEqual([]);
  }, 600_000);
});
