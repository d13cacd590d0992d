import { describe, expect, it } from 'vitest';
import { formatLogLine } from './pretty-log.ts';

/** On a terminal, pino's JSON lines are shown as one readable line each. */
describe('formatLogLine', () => {
  const at = Date.UTC(2026, 0, 2, 3, 4, 5);

  it('shows the time, the level in words, the message and the other fields as key=value', () => {
    const line = formatLogLine(
      JSON.stringify({
        level: 40,
        time: at,
        pid: 1,
        hostname: 'h',
        msg: 'Generated the secret',
        file: '/data/secret.key',
      }),
    );
    expect(line).toMatch(/^\d\d:\d\d:\d\d WARN {2}Generated the secret file=\/data\/secret\.key\n$/);
    expect(line).not.toMatch(/pid|hostname|[{}]/);
  });

  it('writes a request as method, URL, status and time', () => {
    const line = formatLogLine(
      JSON.stringify({
        level: 30,
        time: at,
        reqId: 'r1',
        req: { method: 'GET', url: '/api/v1/me', id: 'r1' },
        res: { statusCode: 401 },
        responseTime: 3.456,
        msg: 'request completed',
      }),
    );
    expect(line).toMatch(/INFO {2}request completed GET \/api\/v1\/me 401 3\.5 ms/);
  });

  it('puts an error’s stack under its line, and passes through what is not JSON', () => {
    const line = formatLogLine(
      JSON.stringify({
        level: 50,
        time: at,
        msg: 'request failed',
        err: { message: 'boom', stack: 'Error: boom\n    at x' },
      }),
    );
    expect(line).toMatch(/ERROR request failed: boom\n {4}Error: boom\n {4} {4}at x\n$/);
    expect(formatLogLine('plain text')).toBe('plain text\n');
  });
});
