import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiResponse } from '../../../lib/api-types.ts';

export type DepartmentAnalytics = ApiResponse<'/api/v1/analytics/department', 'get'>;
export type Department = ApiResponse<'/api/v1/departments', 'get'>['items'][number];

/** The periods the dashboard offers, in days. */
export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];

/**
 * The whole dashboard in one call (`GET /api/v1/analytics/department`): the server aggregates every
 * bot's turns in SQL, so the page waits for one response however many bots the department has.
 */
export const departmentAnalyticsQuery = (departmentId: string, days: Period) =>
  queryOptions({
    queryKey: ['dashboard', 'department', departmentId, days],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/analytics/department', { params: { query: { departmentId, days } } })),
    // Every conversation, case and quota change moves these numbers: each visit re-reads them (the
    // last figures stay on screen meanwhile), rather than showing a quota saved a moment ago as unset.
    staleTime: 0,
  });

/** Departments a platform admin can pick (others see only their own, and get no picker). */
export const departmentsQuery = queryOptions({
  queryKey: ['departments'],
  queryFn: async () => unwrap(await api.GET('/api/v1/departments')).items,
  staleTime: 60_000,
});
