/** The audit search as the form holds it (and the address keeps it: `?action=user.create&from=2026-12-01`). */
export interface AuditFilter {
  action: string;
  entityType: string;
  actorId: string;
  /** `YYYY-MM-DD`, a day in Hong Kong time. */
  from: string;
  to: string;
  departmentId: string;
}

export const FILTER_KEYS = ['action', 'entityType', 'actorId', 'from', 'to', 'departmentId'] as const;

export const EMPTY_FILTER: AuditFilter = {
  action: '',
  entityType: '',
  actorId: '',
  from: '',
  to: '',
  departmentId: '',
};

export function filterFromParams(params: URLSearchParams): AuditFilter {
  const filter = { ...EMPTY_FILTER };
  for (const key of FILTER_KEYS) filter[key] = params.get(key)?.trim() ?? '';
  return filter;
}

export function filterToParams(filter: AuditFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key].trim()) params.set(key, filter[key].trim());
  return params;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The query `GET /api/v1/audit` takes: empty fields left out, a date range as whole Hong Kong days
 * (from 00:00 of the first to the last millisecond of the last, HKT = UTC+8, no daylight saving).
 */
export function auditQuery(filter: AuditFilter) {
  const text = (value: string) => (value.trim() ? value.trim() : undefined);
  const query: {
    action?: string;
    entityType?: string;
    actorId?: string;
    departmentId?: string;
    from?: string;
    to?: string;
  } = {};
  const set = <K extends keyof typeof query>(key: K, value: string | undefined) => {
    if (value !== undefined) query[key] = value;
  };
  set('action', text(filter.action));
  set('entityType', text(filter.entityType));
  set('actorId', text(filter.actorId));
  set('departmentId', text(filter.departmentId));
  if (DAY.test(filter.from)) set('from', new Date(`${filter.from}T00:00:00.000+08:00`).toISOString());
  if (DAY.test(filter.to)) set('to', new Date(`${filter.to}T23:59:59.999+08:00`).toISOString());
  return query;
}
