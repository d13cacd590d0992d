import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import type { AuditEntry } from '../api/guard-api.ts';
import { guardMessages } from '../messages.ts';

interface FindingAfter {
  botId?: string;
  outcome?: string;
  stage?: string;
  issues?: Array<{ code?: string; action?: string; stage?: string; reasons?: string[] }>;
}

const OUTCOMES = ['answered', 'fallback', 'blocked', 'small_talk', 'handoff', 'background'] as const;
type OutcomeKey = `outcome_${(typeof OUTCOMES)[number]}`;

/** What the turn became, as its message key; null for a value this console does not know yet (shown as it came). */
function outcomeKey(outcome: string): OutcomeKey | null {
  return (OUTCOMES as readonly string[]).includes(outcome) ? (`outcome_${outcome}` as OutcomeKey) : null;
}

/** A finding's issues in one line: `input injection_detected → block (reason, …)`. */
function describeIssues(after: FindingAfter): string {
  return (after.issues ?? [])
    .map((issue) => {
      const where = issue.stage ?? after.stage;
      const reasons = issue.reasons?.length ? ` (${issue.reasons.slice(0, 3).join(', ')})` : '';
      return `${where ? `${where} ` : ''}${issue.code ?? '?'} → ${issue.action ?? '?'}${reasons}`;
    })
    .join('; ');
}

/** The latest guard findings from the audit trail: when, which bot, what the turn became, what was found. */
export function VerdictsTable({ entries }: { entries: readonly AuditEntry[] }) {
  const t = useMessages(guardMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  if (entries.length === 0) return <p>{t('noVerdicts')}</p>;
  return (
    <table className="data">
      <caption>{t('verdictsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colWhen')}</th>
          <th scope="col">{t('colBot')}</th>
          <th scope="col">{t('colOutcome')}</th>
          <th scope="col">{t('colFindings')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const after = (entry.after ?? {}) as FindingAfter;
          const outcome = after.outcome ? outcomeKey(after.outcome) : null;
          return (
            <tr key={entry.seq}>
              <th scope="row">
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              </th>
              <td>{after.botId ?? '—'}</td>
              <td>{outcome ? common(outcome) : (after.outcome ?? '—')}</td>
              <td>
                <code>{describeIssues(after)}</code>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
