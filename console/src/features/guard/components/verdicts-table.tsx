import { MessageWithData } from '../../../components/index.ts';
import {
  findingLabel,
  findingLine,
  guardPolicyMessages,
  piiTypeLabel,
} from '../../../components/guard-policy-messages.ts';
import { GuardReasons, guardReasons } from '../../../components/guard-reasons.tsx';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import type { AuditEntry } from '../api/guard-api.ts';
import { guardMessages } from '../messages.ts';

interface FindingAfter {
  botId?: string;
  outcome?: string;
  stage?: string;
  issues?: Array<{ code?: string; action?: string; stage?: string; reasons?: unknown; reasonTexts?: unknown }>;
  /** An officer's scan of a text (POST /guard/scan) records what it found, not issues. */
  injection?: { flagged?: boolean; reasons?: unknown; reasonTexts?: unknown };
  pii?: Record<string, number>;
  urls?: Array<{ host?: string; reasons?: unknown; reasonTexts?: unknown }>;
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
  if (after.stage === 'scan') return <ScanFindings after={after} />;
  const issues = after.issues ?? [];
  if (issues.length === 0) return '—';
  return issues.map((issue, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: one entry's issues, in the order the guard found them
    <div key={index}>
      {findingLine(words, { stage: issue.stage ?? after.stage, code: issue.code ?? '—', action: issue.action ?? '—' })}
      <Reasons of={issue} />
    </div>
  ));
}

/**
 * What an officer's scan of a text found, one a line: "Prompt injection (…)", "Personal data: HKID
 * number ×1", "Unsafe link: bit.ly (…)". A scan acts on nothing, so no action follows.
 */
function ScanFindings({ after }: { after: FindingAfter }) {
  const words = useMessages(guardPolicyMessages);
  const t = useMessages(guardMessages);
  const { format } = useI18n();
  const pii = Object.entries(after.pii ?? {});
  const urls = after.urls ?? [];
  if (!after.injection?.flagged && pii.length === 0 && urls.length === 0) return '—';
  return (
    <>
      {after.injection?.flagged ? (
        <div>
          {findingLabel(words, 'injection_detected')}
          <Reasons of={after.injection} />
        </div>
      ) : null}
      {pii.length > 0 ? (
        <div>
          {t('scanFoundKinds', {
            finding: findingLabel(words, 'pii_found'),
            kinds: format.list(
              pii.map(([type, count]) =>
                t('kindCount', { kind: piiTypeLabel(words, type), count: format.number(count) }),
              ),
            ),
          })}
        </div>
      ) : null}
      {urls.map((url, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one scan's links, in the order of the text
        <div key={index}>
          <MessageWithData
            template={t('scanFoundLink', { finding: findingLabel(words, 'unsafe_url') })}
            data={{ host: url.host ?? '—' }}
          />
          <Reasons of={url} />
        </div>
      ))}
    </>
  );
}

/** A finding's first reasons in brackets, in the page's language where the detector has its words. */
function Reasons({ of }: { of: { reasons?: unknown; reasonTexts?: unknown } }) {
  const common = useMessages(commonMessages);
  const reasons = guardReasons(of.reasons, of.reasonTexts).slice(0, SHOWN_REASONS);
  if (reasons.length === 0) return null;
  return <MessageWithData template={common('inBrackets')} data={{ text: <GuardReasons reasons={reasons} /> }} />;
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
              <td>{outcome ? common(outcome) : after.stage === 'scan' ? t('scanOutcome') : (after.outcome ?? '—')}</td>
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
