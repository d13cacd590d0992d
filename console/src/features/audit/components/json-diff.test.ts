import { describe, expect, it } from 'vitest';
import { diffJson } from './json-diff.ts';

describe('diffJson', () => {
  it('lists every field of a created object as added', () => {
    expect(diffJson(null, { id: 'u1', roles: ['editor'] })).toEqual([
      { path: 'id', kind: 'added', before: undefined, after: '"u1"' },
      { path: 'roles.0', kind: 'added', before: undefined, after: '"editor"' },
    ]);
  });

  it('marks changed, removed and unchanged fields, nested paths included, in a stable order', () => {
    const changes = diffJson(
      { status: 'active', roles: ['editor', 'agent'], name: { en: 'A', zh: '甲' }, revokedAt: null },
      { status: 'disabled', roles: ['editor'], name: { en: 'A', zh: '乙' }, revokedAt: '2026-12-05T00:00:00Z' },
    );
    expect(changes.map((change) => [change.path, change.kind])).toEqual([
      ['name.en', 'same'],
      ['name.zh', 'changed'],
      ['revokedAt', 'changed'],
      ['roles.0', 'same'],
      ['roles.1', 'removed'],
      ['status', 'changed'],
    ]);
    expect(changes.find((change) => change.path === 'revokedAt')).toMatchObject({
      before: 'null',
      after: '"2026-12-05T00:00:00Z"',
    });
  });

  it('orders array items numerically and keeps empty containers and scalars as one field', () => {
    const items = Array.from({ length: 11 }, (_, index) => index);
    expect(
      diffJson(null, { items })
        .map((change) => change.path)
        .slice(9),
    ).toEqual(['items.9', 'items.10']);
    expect(diffJson({ tags: [] }, { tags: {} })).toEqual([
      { path: 'tags', kind: 'changed', before: '[]', after: '{}' },
    ]);
    expect(diffJson(1, 2)).toEqual([{ path: '', kind: 'changed', before: '1', after: '2' }]);
  });

  it('gives nothing for an entry with neither side', () => {
    expect(diffJson(null, null)).toEqual([]);
    expect(diffJson(undefined, undefined)).toEqual([]);
  });
});
