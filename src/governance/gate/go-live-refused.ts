import { AppError, type FieldIssue } from '../../core/index.ts';
import type { GoLiveCondition, GoLiveStatus } from './go-live-condition.ts';

/**
 * The 409 a refused publication or move to `live` answers: one issue per unmet condition (field
 * `gate.<id>`, worded in the reader's language by the problem renderer from the `en` / `zhHant`
 * it carries), and the unmet conditions themselves, in both languages, as the problem's
 * `conditions` member.
 */
export class GoLiveRefused extends AppError {
  readonly problemExtensions: { ready: false; conditions: GoLiveCondition[] };

  constructor(readonly verdict: GoLiveStatus) {
    const status = verdict;
    const unmet = status.conditions.filter((c) => !c.met);
    const issues = unmet.map((c): FieldIssue & { params: Record<string, string> } => ({
      field: `gate.${c.id}`,
      code: 'go_live_unmet',
      message: `${c.detail.en} ${c.action.en}`,
      params: { en: `${c.detail.en} ${c.action.en}`, zhHant: `${c.detail.zhHant}${c.action.zhHant}` },
    }));
    const what = status.botId ? `Bot "${status.botId}"` : `Application ${status.applicationId ?? ''}`;
    super(
      'conflict',
      `${what} cannot go live: ${unmet.length} go-live condition(s) not met (${unmet.map((c) => c.id).join(', ')})`,
      issues,
    );
    this.problemExtensions = { ready: false, conditions: unmet };
  }
}
