import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client.ts';
import type { ApiBody, ApiResponse } from '../../../lib/api-types.ts';
import { isChangedMeanwhile } from '../../../lib/problem.ts';

export type User = ApiResponse<'/api/v1/users', 'get'>['items'][number];
export type Role = User['roles'][number];
export type ApiKey = ApiResponse<'/api/v1/keys', 'get'>['items'][number];
export type NewKey = ApiResponse<'/api/v1/keys', 'post'>;
export type Department = ApiResponse<'/api/v1/departments', 'get'>['items'][number];

/** The roles a person or machine account may hold, in the order the form lists them. */
export const ROLES: readonly Role[] = [
  'platform_admin',
  'dept_admin',
  'editor',
  'approver',
  'reviewer',
  'auditor',
  'agent',
  'service',
  'assurance_reviewer',
  'it_board',
];

export const departmentsQuery = queryOptions({
  queryKey: ['people', 'departments'],
  queryFn: async () => unwrap(await api.GET('/api/v1/departments')).items,
});

export const usersQuery = (departmentId: string) =>
  queryOptions({
    queryKey: ['people', 'users', departmentId],
    queryFn: async () => unwrap(await api.GET('/api/v1/users', { params: { query: { departmentId } } })).items,
  });

/** The caller's keys, or with `key:manage` the department's (platform admins: every department's). */
export const keysQuery = queryOptions({
  queryKey: ['people', 'keys'],
  queryFn: async () => unwrap(await api.GET('/api/v1/keys')).items,
});

/** After any change here: lists refetch (and the audit page shows the new entries). */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['people'] });
}

/** Refused because someone else changed it meanwhile: the lists read what they saved, for the dialog to show. */
function useReadTheirs() {
  const invalidate = useInvalidate();
  return (error: Error) => {
    if (isChangedMeanwhile(error)) void invalidate();
  };
}

export function useCreateUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: ApiBody<'/api/v1/users', 'post'>) => unwrap(await api.POST('/api/v1/users', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidate();
  const readTheirs = useReadTheirs();
  return useMutation({
    mutationFn: async ({ id, ...body }: { id: string } & ApiBody<'/api/v1/users/{id}', 'patch'>) =>
      unwrap(await api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
    onError: readTheirs,
  });
}

export function useCreateKey() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: ApiBody<'/api/v1/keys', 'post'>) => unwrap(await api.POST('/api/v1/keys', { body })),
    onSuccess: invalidate,
  });
}

export function useRevokeKey() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await api.DELETE('/api/v1/keys/{id}', { params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

export function useCreateDepartment() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (body: ApiBody<'/api/v1/departments', 'post'>) =>
      unwrap(await api.POST('/api/v1/departments', { body })),
    onSuccess: invalidate,
  });
}

export function useUpdateDepartment() {
  const invalidate = useInvalidate();
  const readTheirs = useReadTheirs();
  return useMutation({
    mutationFn: async ({ id, ...body }: { id: string } & ApiBody<'/api/v1/departments/{id}', 'patch'>) =>
      unwrap(await api.PATCH('/api/v1/departments/{id}', { params: { path: { id } }, body })),
    onSuccess: invalidate,
    onError: readTheirs,
  });
}
