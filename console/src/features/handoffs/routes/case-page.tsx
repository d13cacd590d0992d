import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Page, QueryView, Section } from '../../../components/index.ts';
import { languageOfText, useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { agentsQuery, caseQuery, conversationQuery, type HandoffCase } from '../api/handoffs-api.ts';
import { Announcement } from '../components/announcement.tsx';
import { AssignmentPanel } from '../components/assignment-panel.tsx';
import { CaseDue, CaseStatus } from '../components/case-status.tsx';
import { ClosePanel } from '../components/close-panel.tsx';
import { Conversation } from '../components/conversation.tsx';
import { ReferForm } from '../components/refer-form.tsx';
import { ReplyForm } from '../components/reply-form.tsx';
import { TeachForm } from '../components/teach-form.tsx';
import { handoffMessages } from '../messages.ts';

const OWES_REPLY: ReadonlySet<HandoffCase['status']> = new Set(['submitted', 'referred', 'in_progress']);

/** One case: what was asked, the conversation, and the steps its department may take. */
export default function CasePage() {
  const { id = '' } = useParams();
  const t = useMessages(handoffMessages);
  const handoff = useQuery(caseQuery(id));
  return (
    <Page
      title={t('caseTitle', { reference: handoff.data?.reference ?? '…' })}
      actions={<Link to="/handoffs">{t('backToInbox')}</Link>}
    >
      <QueryView query={handoff}>{(item) => <CaseBody item={item} />}</QueryView>
    </Page>
  );
}

function CaseBody({ item }: { item: HandoffCase }) {
  const t = useMessages(handoffMessages);
  const { format } = useI18n();
  const me = useCurrentUser();
  const conversation = useQuery(conversationQuery(item.id));
  const agents = useQuery(agentsQuery);
  const [announced, announce] = useState<string | null>(null);
  const assignee = item.assigneeId ? agents.data?.find((agent) => agent.id === item.assigneeId) : undefined;
  const handles = item.access === 'handle' && me.can('handoff:work');
  const open = item.status !== 'closed';
  return (
    <>
      <Announcement message={announced} />
      <Section id="handoff-details" title={t('detailsTitle')}>
        <dl className="handoff-details">
          <dt>{t('question')}</dt>
          <dd lang={languageOfText(item.question, item.language)}>{item.question}</dd>
          <dt>{t('colStatus')}</dt>
          <dd>
            <CaseStatus status={item.status} />
          </dd>
          <dt>{t('colDue')}</dt>
          <dd>
            <CaseDue item={item} />
          </dd>
          <dt>{t('colAssignee')}</dt>
          <dd>{item.assigneeId ? (assignee?.displayName ?? item.assigneeId) : t('unassigned')}</dd>
          <dt>{t('reason')}</dt>
          <dd>{t(item.reason === 'accepted_offer' ? 'reasonAcceptedOffer' : 'reasonCitizenRequest')}</dd>
          <dt>{t('contact')}</dt>
          <dd>{item.contact ?? t('noContact')}</dd>
          <dt>{t('colOpened')}</dt>
          <dd>{format.dateTime(item.createdAt)}</dd>
        </dl>
        {item.access === 'read' ? <p className="notice">{t('readOnlyNotice')}</p> : null}
      </Section>
      <Section id="handoff-conversation" title={t('conversationTitle')}>
        <QueryView query={conversation}>{(turns) => <Conversation turns={turns} />}</QueryView>
      </Section>
      {handles && OWES_REPLY.has(item.status) ? (
        <>
          <Section id="handoff-assignment" title={t('assignmentTitle')}>
            <AssignmentPanel item={item} announce={announce} />
          </Section>
          <Section id="handoff-reply" title={t('replyTitle')}>
            <ReplyForm item={item} announce={announce} />
          </Section>
        </>
      ) : null}
      {handles && me.can('knowledge:write') && item.reply ? (
        <Section id="handoff-teach" title={t('teachTitle')}>
          <TeachForm item={item} reply={item.reply} announce={announce} />
        </Section>
      ) : null}
      {handles && (item.status === 'submitted' || item.status === 'referred') ? (
        <Section id="handoff-refer" title={t('referTitle')}>
          <ReferForm item={item} announce={announce} />
        </Section>
      ) : null}
      {handles && open ? (
        <Section id="handoff-close" title={t('closeTitle')}>
          <ClosePanel item={item} announce={announce} />
        </Section>
      ) : null}
      {handles && !open ? <p className="muted">{t('noActions')}</p> : null}
    </>
  );
}
