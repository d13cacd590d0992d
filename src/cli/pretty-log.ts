/**
 * Log lines for a person at a terminal: pino writes one JSON object per line (what log shippers
 * want), and on a TTY `lionrock serve` passes each through {@link formatLogLine} instead. A few
 * lines of our own rather than pino-pretty, which is not a dependency.
 */

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
/** pino's own fields, shown another way or not at all. */
const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'req', 'res', 'responseTime', 'err']);

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One pino JSON line as `HH:MM:SS LEVEL message key=value…` (a request as method, URL, status and
 * time; an error's stack indented below). A line that is not JSON passes through unchanged.
 *
 * @example formatLogLine('{"level":30,"time":0,"msg":"ready"}') // '08:00:00 INFO  ready\n' in Hong Kong
 */
export function formatLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return ensureNewline(line);
    entry = parsed as Record<string, unknown>;
  } catch {
    return ensureNewline(line);
  }
  const time = new Date(typeof entry.time === 'number' ? entry.time : Date.now());
  const parts = [
    `${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`,
    LEVELS[Number(entry.level)] ?? String(entry.level),
    String(entry.msg ?? ''),
  ];
  const req = entry.req as { method?: string; url?: string } | undefined;
  if (req?.method) parts.push(req.method, String(req.url ?? ''));
  const res = entry.res as { statusCode?: number } | undefined;
  if (res?.statusCode) parts.push(String(res.statusCode));
  if (typeof entry.responseTime === 'number') parts.push(`${entry.responseTime.toFixed(1)} ms`);
  for (const [key, value] of Object.entries(entry)) {
    if (HIDDEN.has(key) || value === undefined) continue;
    parts.push(`${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  let text = parts.join(' ');
  const err = entry.err as { message?: string; stack?: string } | undefined;
  if (err?.message) text += `: ${err.message}`;
  if (err?.stack) text += `\n${err.stack.replace(/^/gm, '    ')}`;
  return `${text}\n`;
}

function ensureNewline(line: string): string {
  return line.endsWith('\n') ? line : `${line}\n`;
}

/** A pino destination that writes {@link formatLogLine}'s lines to `out`. */
export function prettyLogStream(out: NodeJS.WritableStream): { write(line: string): void } {
  return { write: (line) => void out.write(formatLogLine(line.trimEnd())) };
}
