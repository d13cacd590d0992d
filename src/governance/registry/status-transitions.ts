import { AppError, type FieldIssue, issueMessage } from '../../core/index.ts';
import type { AiApplicationStatus } from '../../store/index.ts';

/**
 * The only moves an application's status may make (issue #16). `live` is reached from `testing`
 * (first go-live) or `suspended` (resumed), both through the go-live gate; `retired` is final.
 */
export const STATUS_TRANSITIONS: Readonly<Record<AiApplicationStatus, readonly AiApplicationStatus[]>> = {
  draft: ['in_review', 'retired'],
  in_review: ['draft', 'approved', 'retired'],
  approved: ['draft', 'testing', 'retired'],
  testing: ['draft', 'live', 'retired'],
  live: ['suspended', 'retired'],
  suspended: ['live', 'draft', 'retired'],
  retired: [],
};

/** Whether the table allows moving from `from` to `to`. */
export function canMoveStatus(from: AiApplicationStatus, to: AiApplicationStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** The 409 for a move the table does not allow, naming both ends (the catalogue words it in Chinese). */
export function transitionRefused(from: AiApplicationStatus, to: AiApplicationStatus): AppError {
  const allowed = STATUS_TRANSITIONS[from];
  // `params` lets the problem renderer word the issue in Chinese from the catalogue (transition_not_allowed).
  const issue: FieldIssue & { params: Record<string, unknown> } = {
    field: 'body.status',
    code: 'transition_not_allowed',
    message: `cannot move from "${from}" to "${to}"; from "${from}" it may move to ${
      allowed.length > 0 ? allowed.map((s) => `"${s}"`).join(', ') : 'nothing (it is final)'
    }`,
    params: { from, to, allowed },
  };
  return new AppError(
    'conflict',
    {
      en: `An application in status "${from}" cannot move to "${to}"`,
      zhHant: `此人工智能應用${issueMessage('transition_not_allowed', { from, to }, 'zh-Hant')}`,
    },
    [issue],
  );
}
