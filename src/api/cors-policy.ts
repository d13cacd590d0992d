import { listDepartments, CLI_PRINCIPAL } from '../access/index.ts';
import type { Executor } from '../store/index.ts';

/**
 * Per-department CORS. Browsers preflight without credentials, so the preflight admits an origin
 * that any department allows; the real request is then checked against the caller's own
 * department. The cache is refreshed after department changes on this node and every
 * `refreshMs` to pick up changes made on other nodes.
 */
export class CorsPolicy {
  private byDepartment = new Map<string, ReadonlySet<string>>();
  private anywhere: ReadonlySet<string> = new Set();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly db: Executor) {}

  async start(refreshMs = 30_000): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), refreshMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    const rows = await listDepartments(this.db, CLI_PRINCIPAL);
    this.byDepartment = new Map(rows.map((row) => [row.id, new Set(row.corsOrigins)]));
    this.anywhere = new Set(rows.flatMap((row) => row.corsOrigins));
  }

  allowedAnywhere(origin: string): boolean {
    return this.anywhere.has(origin);
  }

  allowedFor(departmentId: string | null, origin: string): boolean {
    return departmentId !== null && (this.byDepartment.get(departmentId)?.has(origin) ?? false);
  }
}
