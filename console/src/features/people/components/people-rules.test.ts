import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../../lib/problem.ts';
import type { User } from '../api/people-api.ts';
import {
  expiryFromDate,
  grantableRoles,
  keyOwnerChoices,
  keyState,
  mayManageUser,
  needsProblemBox,
  parseHours,
} from './people-rules.ts';

const user = (id: string, roles: User['roles'], status: User['status'] = 'active'): User => ({
  id,
  departmentId: 'd1',
  displayName: id,
  email: null,
  roles,
  status,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('people rules', () => {
  it('reads a revoked key as revoked even after it expired, and an expired one as expired', () => {
    const now = new Date('2026-12-05T00:00:00Z');
    expect(keyState({ revokedAt: '2026-11-01T00:00:00Z', expiresAt: '2026-11-02T00:00:00Z' }, now)).toBe('revoked');
    expect(keyState({ revokedAt: null, expiresAt: '2026-12-04T23:59:59Z' }, now)).toBe('expired');
    expect(keyState({ revokedAt: null, expiresAt: '2026-12-06T00:00:00Z' }, now)).toBe('active');
  });

  it('offers the platform admin role only to platform admins', () => {
    expect(grantableRoles(true)).toContain('platform_admin');
    expect(grantableRoles(false)).not.toContain('platform_admin');
    expect(grantableRoles(false)).toContain('service');
  });

  it('lets a department admin key only active machine accounts, a platform admin any active person but itself', () => {
    const users = [
      user('me', ['dept_admin']),
      user('editor', ['editor']),
      user('bot', ['service']),
      user('old-bot', ['service'], 'disabled'),
    ];
    expect(keyOwnerChoices(users, { id: 'me', isPlatformAdmin: false }).map((u) => u.id)).toEqual(['bot']);
    expect(keyOwnerChoices(users, { id: 'me', isPlatformAdmin: true }).map((u) => u.id)).toEqual(['editor', 'bot']);
  });

  it('never offers to manage oneself, nor a platform admin to a department admin', () => {
    expect(mayManageUser(user('me', ['dept_admin']), { id: 'me', isPlatformAdmin: true })).toBe(false);
    expect(mayManageUser(user('root', ['platform_admin']), { id: 'me', isPlatformAdmin: false })).toBe(false);
    expect(mayManageUser(user('root', ['platform_admin']), { id: 'me', isPlatformAdmin: true })).toBe(true);
  });

  it('sets a key to expire at the end of the chosen day in Hong Kong', () => {
    expect(expiryFromDate('2026-12-31')).toBe('2026-12-31T15:59:59.000Z');
    expect(expiryFromDate('')).toBeUndefined();
  });

  it('reads SLA hours as a whole number, empty as unset', () => {
    expect(parseHours(' 24 ')).toBe(24);
    expect(parseHours('')).toBeUndefined();
    expect(parseHours('1.5')).toBeNaN();
  });

  it('leaves the problem box out only when every reason sits beside a field the form shows', () => {
    const problem = (fields: string[]) =>
      new ProblemError({
        status: 400,
        code: 'validation_failed',
        title: 'Invalid',
        detail: 'Invalid',
        errors: fields.map((field) => ({ field, code: 'x', message: 'bad' })),
      });
    expect(needsProblemBox(null, ['body.email'])).toBe(false);
    expect(needsProblemBox(problem(['body.email']), ['body.email', 'body.roles'])).toBe(false);
    expect(needsProblemBox(problem(['body.email', 'body.departmentId']), ['body.email'])).toBe(true);
    expect(needsProblemBox(problem([]), ['body.email'])).toBe(true);
    expect(needsProblemBox(new Error('network'), ['body.email'])).toBe(true);
  });
});
