import { memo } from 'react';
import { Link } from 'react-router';
import { languageOfText, useI18n, useMessages } from '../../../i18n/index.ts';
import type { Agent, HandoffCase } from '../api/handoffs-api.ts';
import { handoffMessages } from '../messages.ts';
import { CaseDue, CaseStatus } from './case-status.tsx';

/**
 * One page of the queue: reference (the link to the case), question, state, reply due, assignee.
 * Memoised: the inbox drawn ahead from the menu (app/page-slots.tsx) is drawn again when shown, and
 * its rows, read from the same cache, need not be.
 */
export const CasesTable = memo(function CasesTable({
  items,
  caption,
  agents,
  busy,
}: {
  items: readonly HandoffCase[];
  caption: string;
  /** True while the next page loads and this one still shows. */
  busy?: boolean;
  /** Undefined while the names are loading: the table shows before them. */
  agents: readonly Agent[] | undefined;
}) {
  const t = useMessages(handoffMessages);
  const { format } = useI18n();
  const nameOf = (id: string | null) =>
    id ? (agents ? (agents.find((agent) => agent.id === id)?.displayName ?? id) : '…') : null;
  return (
    <table className="data handoff-cases" aria-busy={busy || undefined}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colReference')}</th>
          <th scope="col">{t('colQuestion')}</th>
          <th scope="col">{t('colStatus')}</th>
          <th scope="col">{t('colDue')}</th>
          <th scope="col">{t('colAssignee')}</th>
          <th scope="col">{t('colOpened')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <Link to={`/handoffs/${item.id}`}>{item.reference}</Link>
            </th>
            <td className="handoff-question" lang={languageOfText(item.question, item.language)}>
              {item.question}
            </td>
            <td>
              <CaseStatus status={item.status} />
              {item.access === 'read' ? <div className="muted">{t('readOnly')}</div> : null}
            </td>
            <td>
              <CaseDue item={item} />
            </td>
            <td>{nameOf(item.assigneeId) ?? <span className="muted">{t('unassigned')}</span>}</td>
            <td>{format.dateTime(item.createdAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
