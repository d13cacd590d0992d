import { MessageWithData } from '../../../components/index.ts';
import { findingLine, guardPolicyMessages } from '../../../components/guard-policy-messages.ts';
import { GuardReasons, guardReasons } from '../../../components/guard-reasons.tsx';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import type { AuditEntry } from '../api/guard-api.ts';
import { guardMessages } from '../messages.ts';

interface FindingAfter {
  botId?: string;
  outcome?: string;
  stage?: string;
  issues?: Array<{ code?: string; action?: string; stage?: string; reasons?: unknown; reasonTexts?: unknown }>;
}

const OUTCOMES = ['answered', 'fallback', 'blocked', 'small_talk', 'handoff', 'background'] as const;
type OutcomeKey = `outcome_${(typeof OUTCOMES)[number]}`;

/** What the turn became, as its message key; null for a value this console does not know yet (shown as it came). */
function outcomeKey(outcome: string): OutcomeKey | null {
  return (OUTCOMES as readonly string[]).includes(outcome) ? (`outcome_${outcome}` as OutcomeKey) : null;
}

/** The reasons shown after a finding: the first three, as the audit trail's line had them. */
const SHOWN_REASONS = 3;

/**
 * A finding's issues, one a line, in the page's language: "Question (input): Prompt injection →
 * Block (asks to ignore or override earlier instructions; …)", the words the bot preview uses.
 */
function Issues({ after }: { after: FindingAfter }) {
  const words = useMessages(guardPolicyMessages);
  const common = useMessages(commonMessages);
  const issues = after.issues ?? [];
  if (issues.length === 0) return '—';
  return issues.map((issue, index) => {
    const reasons = guardReasons(issue.reasons, issue.reasonTexts).slice(0, SHOWN_REASONS);
    const stage = issue.stage ?? after.stage;
    return (
      // biome-ignore lint/suspicious/noArrayIndexKey: one entry's issues, in the order the guard found them
      <div key={index}>
        {findingLine(words, { stage, code: issue.code ?? '—', action: issue.action ?? '—' })}
        {reasons.length > 0 ? (
          <MessageWithData template={common('inBrackets')} data={{ text: <GuardReasons reasons={reasons} /> }} />
        ) : null}
      </div>
    );
  });
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
                <Issues after={after} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
