import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import type { HandoffCase } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';
import { slaOf } from './sla.ts';

const STATUS_LABEL = {
  submitted: 'statusSubmitted',
  referred: 'statusReferred',
  in_progress: 'statusInProgress',
  replied: 'statusReplied',
  closed: 'statusClosed',
} as const;

/** A case's state in words (colour is never the only signal). */
export function CaseStatus({ status }: { status: HandoffCase['status'] }) {
  const t = useMessages(handoffMessages);
  const tone = status === 'closed' || status === 'replied' ? 'badge-ok' : 'badge-neutral';
  return <span className={`badge ${tone}`}>{t(STATUS_LABEL[status])}</span>;
}

/** "due in 3 hours" / "overdue: was due 2 days ago", with the exact time for whoever needs it. */
export function CaseDue({ item }: { item: Pick<HandoffCase, 'status' | 'dueAt'> }) {
  const t = useMessages(handoffMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const sla = slaOf(item, format.relative);
  if (sla.kind === 'answered') return <span className="muted">{t('repliedOn')}</span>;
  if (sla.kind === 'none' || !item.dueAt) return <span className="muted">{t('noDue')}</span>;
  return (
    <span className={sla.kind === 'overdue' ? 'badge badge-danger' : undefined}>
      {t(sla.kind === 'overdue' ? 'overdueBy' : 'dueIn', { when: sla.when })}
      <time className="muted" dateTime={item.dueAt}>
        {common('inBrackets', { text: format.dateTime(item.dueAt) })}
      </time>
    </span>
  );
}
