import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, handoffCase, twicePublishedSource } from './test-fixture.ts';
import { faqUpload, multipartUpload } from './testing/multipart-upload.ts';

/**
 * Inputs that used to answer 500 (found by fuzzing every route of the OpenAPI document): each must
 * be a 4xx problem naming the field, and change nothing.
 */

interface Problem {
  status: number;
  code: string;
  errors: { field: string; code: string; message: string }[];
}

const NUL = '\u0000';
const LONE = '\ud800';

describe('inputs that used to answer 500', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  function expectProblem(
    response: { statusCode: number; headers: Record<string, unknown>; body: string; json(): unknown },
    status: number,
    field?: string,
  ): Problem {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json() as Problem;
    if (field) expect(problem.errors.map((e) => e.field)).toContain(field);
    return problem;
  }

  const filters: [string, string][] = [
    ['/api/v1/audit', 'action'],
    ['/api/v1/audit', 'entityId'],
    ['/api/v1/usage', 'model'],
    ['/api/v1/usage', 'provider'],
    ['/api/v1/guard/blocklist', 'contains'],
    ['/api/v1/guard/policy', 'botId'],
    ['/api/v1/knowledge/search', 'q'],
  ];
  for (const [path, name] of filters) {
    it(`GET ${path}?${name}= holding NUL is a 400 naming query.${name}`, async () => {
      const before = await f.auditCount();
      const response = await f.as('platform_admin', { method: 'GET', url: `${path}?${name}=x%00y` });
      const problem = expectProblem(response, 400, `query.${name}`);
      expect(problem.errors[0]?.code).toBe('unstorable_text');
      expect(await f.auditCount()).toBe(before);
    });
    // The bytes of a lone surrogate (CESU-8) are not UTF-8: they never decode to one, only to text.
    it(`GET ${path}?${name}= holding a lone surrogate's bytes is never a 5xx`, async () => {
      const response = await f.as('platform_admin', { method: 'GET', url: `${path}?${name}=x%ED%A0%80y` });
      expect(response.statusCode).toBeLessThan(500);
    });
  }

  it('a path parameter holding NUL is a 400 naming it', async () => {
    const response = await f.as('platform_admin', { method: 'DELETE', url: '/api/v1/guard/blocklist/ex%00ample.com' });
    expectProblem(response, 400, 'params.domain');
  });

  it('a blocklist source holding NUL is a 400 naming body.source', async () => {
    const response = await f.as('platform_admin', {
      method: 'POST',
      url: '/api/v1/guard/blocklist',
      payload: { source: `feed${NUL}`, content: 'bad.example\n' },
    });
    expectProblem(response, 400, 'body.source');
  });

  it('a CKAN query holding a lone surrogate is a 400 naming body.ckan.query', async () => {
    const response = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/knowledge/sources',
      payload: { ckan: { baseUrl: 'https://data.gov.hk', query: `dogs ${LONE}` } },
    });
    expectProblem(response, 400, 'body.ckan.query');
  });

  it('an object key holding NUL is refused, not only values', async () => {
    const response = await f.as('dept_admin', {
      method: 'POST',
      url: '/api/v1/guard/scan',
      payload: { text: 'hello', [`k${NUL}`]: 1 },
    });
    expectProblem(response, 400, `body.k${NUL}`);
  });

  it('rolling back to a version beyond the integer range is a 400, not a database error', async () => {
    const sourceId = await twicePublishedSource(f.store, f.own);
    const before = await f.auditCount();
    const response = await f.as('approver', {
      method: 'POST',
      url: `/api/v1/knowledge/sources/${sourceId}/rollback`,
      payload: { version: 2147483648 },
    });
    expectProblem(response, 400, 'body.version');
    expect(await f.auditCount()).toBe(before);
  });

  it('a URL import into a department that does not exist is a 404 naming body.departmentId', async () => {
    const before = await f.auditCount();
    const response = await f.as('platform_admin', {
      method: 'POST',
      url: '/api/v1/knowledge/sources',
      payload: { url: 'https://www.example.gov.hk/faq', departmentId: '00000000-0000-4000-8000-00000000abcd' },
    });
    expectProblem(response, 404, 'body.departmentId');
    expect(await f.auditCount()).toBe(before);
  });

  it('a file upload into a department that does not exist is a 404 naming body.departmentId', async () => {
    const upload = faqUpload('nowhere', { departmentId: '00000000-0000-4000-8000-00000000abcd' });
    expectProblem(await f.as('platform_admin', upload), 404, 'body.departmentId');
  });

  it('a handoff reply with a null body, or an entry id that is not sourceId:key, is a 400', async () => {
    const handoff = await handoffCase(f, f.own);
    const nullBody = await f.as('agent', {
      method: 'POST',
      url: `/api/v1/handoff-cases/${handoff.id}/reply`,
      payload: 'null',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(nullBody, 400, 'body');
    for (const entryId of ['not-a-uuid', 'nope:fee', ':fee']) {
      const response = await f.as('agent', {
        method: 'POST',
        url: `/api/v1/handoff-cases/${handoff.id}/reply`,
        payload: { reply: 'Please call 1823.', entryId },
      });
      expectProblem(response, 400, 'body.entryId');
    }
  });

  it('multipart without a boundary, or cut short, is a 400 naming the body', async () => {
    const noBoundary = await f.as('editor', {
      method: 'POST',
      url: '/api/v1/knowledge/sources',
      payload: 'whatever',
      headers: { 'content-type': 'multipart/form-data' },
    });
    expectProblem(noBoundary, 400, 'body');
    const truncated = await f.as('editor', {
      method: 'POST',
      url: '/api/v1/knowledge/sources',
      payload: '--xyz\r\nContent-Disposition: form-data; name="file"; filename="faq.jsonl"\r\n\r\n{"id":"a","qu',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
    });
    expectProblem(truncated, 400, 'body');
  });

  it('an uploaded file name holding NUL is a 400 naming body.file', async () => {
    const upload = multipartUpload({
      fileName: `faq${NUL}.jsonl`,
      content: '{"id":"a","question":"狗牌幾錢？","answer":"八十元。"}',
    });
    expectProblem(await f.as('editor', upload), 400, 'body.file');
  });
});
