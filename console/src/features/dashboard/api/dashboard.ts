import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiResponse } from '../../../lib/api-types.ts';
import type { SignedIn } from '../../../lib/current-user.tsx';

export type DepartmentAnalytics = ApiResponse<'/api/v1/analytics/department', 'get'>;
export type Department = ApiResponse<'/api/v1/departments', 'get'>['items'][number];

/** The periods the dashboard offers, in days. */
export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];

const isPeriod = (value: number): value is Period => (PERIODS as readonly number[]).includes(value);

/**
 * What the address asks the dashboard to show: the period (30 days unless `days` names another) and,
 * for platform admins, the department (`department`); everyone else sees their own.
 */
export function dashboardView(me: SignedIn, params: URLSearchParams): { departmentId: string; days: Period } {
  const asked = Number(params.get('days') ?? 30);
  const platformAdmin = me.user.roles.includes('platform_admin');
  return {
    days: isPeriod(asked) ? asked : 30,
    departmentId: (platformAdmin && params.get('department')) || me.department.id,
  };
}

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
    // Two seconds, not zero: the figures the router fetched for this very visit are not read twice.
    staleTime: 2_000,
  });

/** Departments a platform admin can pick (others see only their own, and get no picker). */
export const departmentsQuery = queryOptions({
  queryKey: ['departments'],
  queryFn: async () => unwrap(await api.GET('/api/v1/departments')).items,
  staleTime: 60_000,
});

/** Starts the dashboard's call while its code loads (the router calls it on navigation). */
export function prefetchDashboard(queryClient: QueryClient, me: SignedIn, params: URLSearchParams): Promise<unknown> {
  const { departmentId, days } = dashboardView(me, params);
  return Promise.all([
    queryClient.prefetchQuery(departmentAnalyticsQuery(departmentId, days)),
    me.user.roles.includes('platform_admin') ? queryClient.prefetchQuery(departmentsQuery) : undefined,
  ]);
}
