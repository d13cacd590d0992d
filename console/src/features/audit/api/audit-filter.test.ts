import { describe, expect, it } from 'vitest';
import { auditQuery, EMPTY_FILTER, filterFromParams, filterToParams } from './audit-filter.ts';

describe('the audit search', () => {
  it('sends only the fields filled in, trimmed', () => {
    expect(auditQuery({ ...EMPTY_FILTER, action: ' user.create ', entityType: '' })).toEqual({ action: 'user.create' });
    expect(auditQuery(EMPTY_FILTER)).toEqual({});
  });

  it('reads a date range as whole days in Hong Kong time', () => {
    expect(auditQuery({ ...EMPTY_FILTER, from: '2026-12-05', to: '2026-12-05' })).toEqual({
      from: '2026-12-04T16:00:00.000Z',
      to: '2026-12-05T15:59:59.999Z',
    });
  });

  it('ignores a date that is not a day', () => {
    expect(auditQuery({ ...EMPTY_FILTER, from: '5/12/2026' })).toEqual({});
  });

  it('round-trips through the address', () => {
    const filter = { ...EMPTY_FILTER, action: 'user.create', from: '2026-12-01', departmentId: 'd1' };
    const params = filterToParams(filter);
    expect(params.toString()).toBe('action=user.create&from=2026-12-01&departmentId=d1');
    expect(filterFromParams(params)).toEqual(filter);
  });
});
