import { describe, expect, it } from 'vitest';
import { readFindings } from './draft-finding.ts';
import { sourceStatus } from './source-status.ts';

const source = { publishedVersion: null, withdrawnAt: null, withdrawalRequestedAt: null };

describe('sourceStatus', () => {
  it('says in review while a draft waits, even when an older version is published', () => {
    expect(sourceStatus(source, [{ status: 'draft' }])).toBe('inReview');
    expect(sourceStatus({ ...source, publishedVersion: 1 }, [{ status: 'draft' }, { status: 'published' }])).toBe(
      'inReview',
    );
    expect(sourceStatus({ ...source, publishedVersion: 1 }, [{ status: 'published' }])).toBe('published');
  });

  it('puts a withdrawal, asked or done, before everything else', () => {
    const at = '2026-12-05T00:00:00Z';
    expect(sourceStatus({ ...source, publishedVersion: 1, withdrawalRequestedAt: at }, [{ status: 'draft' }])).toBe(
      'withdrawalRequested',
    );
    expect(sourceStatus({ ...source, withdrawnAt: at, withdrawalRequestedAt: at }, [{ status: 'withdrawn' }])).toBe(
      'withdrawn',
    );
  });

  it('says rejected when the only draft was rejected and nothing is published', () => {
    expect(sourceStatus(source, [{ status: 'rejected' }])).toBe('rejected');
    expect(sourceStatus(source, [])).toBe('draft');
  });
});

describe('readFindings', () => {
  it('reads the guard summary the server stores and drops what it cannot read', () => {
    const findings = readFindings([
      {
        ordinal: 2,
        entryKey: 'fee:en',
        kinds: ['pii', 'url', 'bogus'],
        summary: {
          injection: { flagged: false, score: 0.1, reasons: [] },
          pii: { hk_phone: 2 },
          urls: [{ host: 'evil.example', verdict: 'block', reasons: ['blocklisted'] }],
        },
      },
      { nonsense: true },
      'x',
    ]);
    expect(findings).toEqual([
      {
        ordinal: 2,
        entryKey: 'fee:en',
        kinds: ['pii', 'url'],
        pii: [{ type: 'hk_phone', count: 2 }],
        urls: [{ host: 'evil.example', verdict: 'block' }],
        injectionScore: 0.1,
        injectionReasons: [],
      },
    ]);
    expect(readFindings(null)).toEqual([]);
  });
});
