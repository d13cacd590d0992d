import type { Formatters } from '../../../i18n/index.ts';
import type { HandoffCase } from '../api/handoffs-api.ts';

/** States in which a reply is still owed, so the due-by time counts (as the server's `overdue` view). */
const AWAITING: ReadonlySet<HandoffCase['status']> = new Set(['submitted', 'referred', 'in_progress']);

export type Sla =
  | { kind: 'none' }
  | { kind: 'answered' }
  | { kind: 'due'; when: string }
  | { kind: 'overdue'; when: string };

/**
 * Where a case stands against its due-by time: due in some time, overdue since some time, or no
 * longer owed a reply. `when` is already written for the officer ("in 3 hours", "2 days ago").
 *
 * @example slaOf(item, format.relative).kind === 'overdue'
 */
export function slaOf(
  item: Pick<HandoffCase, 'status' | 'dueAt'>,
  relative: Formatters['relative'],
  now: Date = new Date(),
): Sla {
  if (!AWAITING.has(item.status)) return { kind: 'answered' };
  if (!item.dueAt) return { kind: 'none' };
  const when = relative(item.dueAt, now);
  return Date.parse(item.dueAt) < now.getTime() ? { kind: 'overdue', when } : { kind: 'due', when };
}
