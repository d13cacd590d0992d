import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PRINCIPAL } from '../access/index.ts';
import { createBot, publishBot } from '../chat/index.ts';
import { configSchema } from '../core/index.ts';
import { ADDRESS_FAILURE_FACTOR, AuthFailureLimiter } from './auth-failure-limiter.ts';
import { createFixture, type Fixture } from './test-fixture.ts';

const LIMIT = 3;
const wrong = (n: number) => `Bearer lr_wrong${n}wrongwrongwrongwrong`;

describe('failed-key limiter (issue #12, item 8)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture({ authFailureLimit: LIMIT });
  });
  afterAll(async () => f.close());

  const me = (authorization: string, remoteAddress: string, headers: Record<string, string> = {}) =>
    f.app.inject({ url: '/api/v1/me', headers: { authorization, ...headers }, remoteAddress });

  it('never refuses a valid key or Bearer public, however many bad keys came from the same address', async () => {
    const address = '10.20.0.1';
    for (let i = 0; i < LIMIT * 4; i += 1) await me(wrong(1), address);
    const blocked = await me(wrong(1), address);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await me(`Bearer ${f.own.keys.platform_admin}`, address)).statusCode).toBe(200);
    const publicBot = await f.app.inject({
      url: '/api/v1/bots/no-such-bot/public',
      headers: { authorization: 'Bearer public' },
      remoteAddress: address,
    });
    expect(publicBot.statusCode).toBe(404);
  });

  it('counts failures per address and key prefix: one client’s bad key does not block another’s', async () => {
    const address = '10.20.0.2';
    for (let i = 0; i < LIMIT; i += 1) expect((await me(wrong(2), address)).statusCode).toBe(401);
    expect((await me(wrong(2), address)).statusCode).toBe(429);
    // Another key (a colleague behind the same NAT who mistyped) is told why it failed.
    expect((await me(wrong(3), address)).json()).toMatchObject({ status: 401, detail: 'The API key is not known' });
  });

  it('still stops a sprayer whose every guess starts differently, at the address-wide ceiling', async () => {
    const address = '10.20.0.3';
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * ADDRESS_FAILURE_FACTOR + 1; i += 1) {
      statuses.push((await me(`Bearer lr_${String(i).padStart(8, '0')}sprayspray`, address)).statusCode);
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(LIMIT * ADDRESS_FAILURE_FACTOR);
    expect(statuses.at(-1)).toBe(429);
    expect((await me(`Bearer ${f.own.keys.editor}`, address)).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For without LIONROCK_TRUST_PROXY: a forged address does not escape the limit', async () => {
    const address = '10.20.0.4';
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i += 1) {
      statuses.push((await me(wrong(4), address, { 'x-forwarded-for': `198.51.100.${i}` })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe('behind a trusted proxy (LIONROCK_TRUST_PROXY)', () => {
  let f: Fixture;
  const proxy = '10.30.0.1';
  beforeAll(async () => {
    f = await createFixture({
      authFailureLimit: LIMIT,
      trustProxy: configSchema.shape.trustProxy.parse('10.30.0.0/16'),
    });
    const ctx = { principal: CLI_PRINCIPAL, requestId: 't' };
    await createBot(f.store.db, ctx, {
      id: 'proxied-bot',
      departmentId: f.own.department.id,
      config: {
        name: { zh: '測試', en: 'Test' },
        greeting: { zh: '你好', en: 'Hello' },
        disclosure: { zh: '人工智能', en: 'AI' },
        fallback: { zh: '請致電 1823', en: 'Call 1823' },
        publicRatePerMinute: 2,
      },
    });
    await publishBot(f.store.db, ctx, 'proxied-bot');
  });
  afterAll(async () => f.close());

  const viaProxy = (client: string, authorization: string) =>
    f.app.inject({
      url: '/api/v1/me',
      headers: { authorization, 'x-forwarded-for': client },
      remoteAddress: proxy,
    });

  it('counts two clients behind one proxy separately for failed keys', async () => {
    for (let i = 0; i < LIMIT; i += 1) expect((await viaProxy('203.0.113.1', wrong(5))).statusCode).toBe(401);
    expect((await viaProxy('203.0.113.1', wrong(5))).statusCode).toBe(429);
    // The same bad key from the second client is its own count.
    expect((await viaProxy('203.0.113.2', wrong(5))).statusCode).toBe(401);
  });

  it('counts two clients behind one proxy separately for the public chat limit', async () => {
    const ask = (client: string) =>
      f.app.inject({
        method: 'POST',
        url: '/api/v1/bots/proxied-bot/ask',
        headers: { 'x-forwarded-for': client },
        remoteAddress: proxy,
        payload: { question: '你好' },
      });
    expect((await ask('203.0.113.7')).statusCode).toBe(200);
    expect((await ask('203.0.113.7')).statusCode).toBe(200);
    expect((await ask('203.0.113.7')).statusCode).toBe(429);
    expect((await ask('203.0.113.8')).statusCode).toBe(200);
  });

  it('believes X-Forwarded-For only from the configured proxies', async () => {
    const direct = (client: string) =>
      f.app.inject({
        url: '/api/v1/me',
        headers: { authorization: wrong(6), 'x-forwarded-for': client },
        remoteAddress: '192.0.2.50',
      });
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 1; i += 1) statuses.push((await direct(`203.0.113.${100 + i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});

describe('LIONROCK_TRUST_PROXY', () => {
  const parse = (value: unknown) => configSchema.safeParse({ trustProxy: value });
  it('takes false, a hop count or addresses and CIDRs, and refuses true and junk naming the setting', () => {
    expect(configSchema.parse({}).trustProxy).toBe(false);
    expect(parse('false').data?.trustProxy).toBe(false);
    expect(parse('2').data?.trustProxy).toBe(2);
    expect(parse(' 10.0.0.0/8, 192.168.1.7 ,::1,fd00::/8,loopback').data?.trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    for (const bad of ['true', true, '10.0.0.0/33', 'proxy.example', '', '0.5', 11]) {
      const result = parse(bad);
      expect(result.success, String(bad)).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['trustProxy']);
    }
  });
});

describe('AuthFailureLimiter', () => {
  it('forgets failures when the window ends', () => {
    let now = 0;
    const limiter = new AuthFailureLimiter(2, 60_000, () => now);
    limiter.recordFailure('a', 'lr_aaaaaaaa');
    limiter.recordFailure('a', 'lr_aaaaaaaa');
    expect(limiter.blockedFor('a', 'lr_aaaaaaaa')).toBe(60);
    expect(limiter.blockedFor('a', 'lr_bbbbbbbb')).toBe(0);
    expect(limiter.blockedFor('b', 'lr_aaaaaaaa')).toBe(0);
    now = 60_000;
    expect(limiter.blockedFor('a', 'lr_aaaaaaaa')).toBe(0);
  });
});
