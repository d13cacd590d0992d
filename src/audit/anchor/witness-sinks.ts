import { createSocket } from 'node:dgram';
import { hostname } from 'node:os';
import type { AnchorSink } from './anchor-sink.ts';
import type { Checkpoint } from './checkpoint.ts';

/**
 * Sends each checkpoint to an HTTP witness: a service another team runs, which keeps what it is
 * sent. `POST <url>` with the checkpoint as JSON; anything but 2xx is a failure.
 */
export class HttpWitnessSink implements AnchorSink {
  constructor(
    readonly location: string,
    private readonly timeoutMs = 5_000,
  ) {}

  async append(checkpoint: Checkpoint): Promise<void> {
    const response = await fetch(this.location, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(checkpoint),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`witness ${this.location} answered ${response.status}`);
  }
}

/**
 * Sends each checkpoint to a syslog collector over UDP (RFC 5424, facility "log audit", severity
 * informational), where it lands in a log the database's users cannot edit.
 */
export class SyslogWitnessSink implements AnchorSink {
  readonly location: string;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {
    this.location = `udp://${host}:${port}`;
  }

  async append(checkpoint: Checkpoint): Promise<void> {
    // <110> = facility 13 (log audit) × 8 + severity 6 (informational).
    const line = `<110>1 ${checkpoint.at} ${hostname()} lionrock ${process.pid} audit-anchor - ${JSON.stringify(checkpoint)}`;
    const socket = createSocket(this.host.includes(':') ? 'udp6' : 'udp4');
    try {
      await new Promise<void>((resolve, reject) =>
        socket.send(line, this.port, this.host, (error) => (error ? reject(error) : resolve())),
      );
    } finally {
      socket.close();
    }
  }
}

/**
 * A witness named by URL: `http(s)://…` posts to a witness service, `udp://host:port` sends to
 * syslog. Throws naming the URL when it is neither.
 */
export function witnessSink(url: string): AnchorSink {
  const parsed = new URL(url);
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return new HttpWitnessSink(url);
  if (parsed.protocol === 'udp:' && parsed.hostname) {
    return new SyslogWitnessSink(parsed.hostname.replace(/^\[|\]$/g, ''), Number(parsed.port || 514));
  }
  throw new Error(`${url} is not an audit witness: use http(s)://… or udp://host:port`);
}

/**
 * The anchor file plus copies to witnesses. A checkpoint counts as written once the file has it;
 * a witness that fails is reported (`onWitnessError`) without holding the file back, so an
 * unreachable witness never stops the anchoring that `audit verify` reads.
 */
export class TeeAnchorSink<Primary extends AnchorSink> implements AnchorSink {
  readonly location: string;

  constructor(
    readonly primary: Primary,
    private readonly witnesses: readonly AnchorSink[],
    private readonly onWitnessError: (location: string, error: unknown) => void,
  ) {
    this.location = [primary.location, ...witnesses.map((w) => w.location)].join(', ');
  }

  async append(checkpoint: Checkpoint): Promise<void> {
    await this.primary.append(checkpoint);
    const results = await Promise.allSettled(this.witnesses.map((witness) => witness.append(checkpoint)));
    results.forEach((result, i) => {
      if (result.status === 'rejected') this.onWitnessError(this.witnesses[i]?.location ?? '?', result.reason);
    });
  }
}
