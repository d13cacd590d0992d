import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './test-fixture.ts';

/** The sources list carries each source's latest version, so the console lists status and findings in one call. */

function multipart(fileName: string, content: string) {
  const boundary = `----lionrock${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`,
  );
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

interface ListItem {
  id: string;
  publishedVersion: number | null;
  latestVersion: { id: string; version: number; status: string; findingsCount: number } | null;
}

describe('GET /api/v1/knowledge/sources', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(async () => f.close());

  const list = async () =>
    ((await f.as('editor', { method: 'GET', url: '/api/v1/knowledge/sources' })).json() as { items: ListItem[] }).items;
  const upload = async (content: string) =>
    (
      await f.as('editor', { method: 'POST', url: '/api/v1/knowledge/sources', ...multipart('hours.csv', content) })
    ).json() as { source: { id: string }; version: { id: string } };

  it("gives each source its latest version: number, status and the count of the import scan's findings", async () => {
    const first = await upload('question,answer\nOpening hours?,9am to 5pm.\n');
    expect((await list()).find((item) => item.id === first.source.id)?.latestVersion).toEqual({
      id: first.version.id,
      version: 1,
      status: 'draft',
      findingsCount: 0,
    });
    await f.as('approver', { method: 'POST', url: `/api/v1/knowledge/versions/${first.version.id}/approve` });
    const second = await upload('question,answer\nWho can I call?,Call Mr Chan Tai-man on 9123 4567.\n');
    const item = (await list()).find((candidate) => candidate.id === first.source.id);
    expect(item?.publishedVersion).toBe(1);
    expect(item?.latestVersion).toMatchObject({ id: second.version.id, version: 2, status: 'draft' });
    expect(item?.latestVersion?.findingsCount).toBeGreaterThan(0);
  });
});
