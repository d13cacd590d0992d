import { describe, expect, it } from 'vitest';
import { formatters } from '../../../i18n/index.ts';
import { slaOf } from './sla.ts';

const now = new Date('2026-12-05T08:00:00Z');
const en = formatters('en').relative;
const zh = formatters('zh-Hant').relative;

describe('a case against its due-by time', () => {
  it('is due in some hours while a reply is owed', () => {
    expect(slaOf({ status: 'submitted', dueAt: '2026-12-05T11:00:00Z' }, en, now)).toEqual({
      kind: 'due',
      when: 'in 3 hours',
    });
    expect(slaOf({ status: 'in_progress', dueAt: '2026-12-05T11:00:00Z' }, zh, now)).toEqual({
      kind: 'due',
      when: '3 小時後',
    });
  });

  it('is overdue once the time has passed', () => {
    expect(slaOf({ status: 'referred', dueAt: '2026-12-03T08:00:00Z' }, en, now)).toEqual({
      kind: 'overdue',
      when: '2 days ago',
    });
  });

  it('owes nothing once replied or closed, and has no deadline without a due-by time', () => {
    expect(slaOf({ status: 'replied', dueAt: '2026-12-03T08:00:00Z' }, en, now)).toEqual({ kind: 'answered' });
    expect(slaOf({ status: 'closed', dueAt: null }, en, now)).toEqual({ kind: 'answered' });
    expect(slaOf({ status: 'submitted', dueAt: null }, en, now)).toEqual({ kind: 'none' });
  });
});
