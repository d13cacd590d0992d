import { AppError, counted, type LocalizedIssue } from '../../core/index.ts';
import type { GoLiveCondition, GoLiveStatus } from './go-live-condition.ts';

/**
 * The 409 a refused publication or move to `live` answers: one issue per unmet condition (field
 * `gate.<id>`; it and the detail in both languages, the problem renderer sends the reader's), and
 * the unmet conditions themselves, in both languages, as the problem's `conditions` member.
 */
export class GoLiveRefused extends AppError {
  readonly problemExtensions: { ready: false; conditions: GoLiveCondition[] };

  constructor(readonly verdict: GoLiveStatus) {
    const status = verdict;
    const unmet = status.conditions.filter((c) => !c.met);
    const issues = unmet.map(
      (c): LocalizedIssue => ({
        field: `gate.${c.id}`,
        code: 'go_live_unmet',
        message: { en: `${c.detail.en} ${c.action.en}`, zhHant: `${c.detail.zhHant}${c.action.zhHant}` },
      }),
    );
    const names = { en: unmet.map((c) => c.name.en).join('; '), zhHant: unmet.map((c) => c.name.zhHant).join('；') };
    const what = status.botId
      ? { en: `Bot "${status.botId}"`, zhHant: `機械人「${status.botId}」` }
      : { en: `Application ${status.applicationId ?? ''}`, zhHant: `人工智能應用 ${status.applicationId ?? ''}` };
    super(
      'conflict',
      {
        en: `${what.en} cannot go live: ${counted(unmet.length, 'go-live condition')} not met (${names.en})`,
        zhHant: `${what.zhHant}未能上線：有 ${unmet.length} 項上線條件未符合（${names.zhHant}）`,
      },
      issues,
    );
    this.problemExtensions = { ready: false, conditions: unmet };
  }
}
