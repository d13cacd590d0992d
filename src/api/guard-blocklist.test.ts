import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './test-fixture.ts';

/** The platform-wide URL blocklist through the API, with domains written in Chinese. */
describe('the URL blocklist takes internationalised domains', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture();
  });
  afterAll(() => f.close());

  const PUNYCODE = 'xn--mxtq1md9hf20c.hk';

  it('accepts 香港政府.hk and a web address on it, stored once in punycode, and blocks a link in the Chinese form', async () => {
    const imported = await f.as('platform_admin', {
      method: 'POST',
      url: '/api/v1/guard/blocklist',
      payload: { source: 'idn test', content: '香港政府.hk\nhttps://香港政府.hk/login\n' },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ added: 1, rejected: [] });

    const listed = await f.as('platform_admin', {
      url: `/api/v1/guard/blocklist?contains=${encodeURIComponent('香港政府')}`,
    });
    expect(listed.json()).toMatchObject({ items: [{ domain: PUNYCODE }], total: 1 });

    for (const link of ['https://香港政府.hk/login', `https://www.${PUNYCODE}/`]) {
      const scanned = await f.as('platform_admin', {
        method: 'POST',
        url: '/api/v1/guard/scan',
        payload: { text: `請即登入 ${link} 更新資料` },
      });
      expect(scanned.statusCode).toBe(200);
      expect(
        scanned.json().urls.map((u: { verdict: string }) => u.verdict),
        link,
      ).toEqual(['blocked']);
    }
  });

  it('removes the entry named in its Chinese form', async () => {
    const removed = await f.as('platform_admin', {
      method: 'DELETE',
      url: `/api/v1/guard/blocklist/${encodeURIComponent('香港政府.hk')}`,
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const listed = await f.as('platform_admin', { url: `/api/v1/guard/blocklist?contains=${PUNYCODE}` });
    expect(listed.json()).toMatchObject({ total: 0 });
  });
});
