import { useState } from 'react';
import { Button } from 'react-aria-components';
import { TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type DraftDetail, useDecideApproval, useFinaliseDraft, useRequestApproval } from '../api/drafts-api.ts';
import { draftMessages } from '../draft-messages.ts';
import { who } from './draft-labels.ts';
import { DraftRefusal } from './draft-refusal.tsx';
import './draft.css';

/**
 * The second officer's step where the department's policy asks for it: ask for approval, approve or
 * return with a comment (an officer who may approve, not the one who asked or wrote), finalise.
 * A refused step shows the server's reason in the officer's language.
 */
export function DraftApproval({ draft, onDone }: { draft: DraftDetail; onDone: (message: string) => void }) {
  const t = useMessages(draftMessages);
  const { format } = useI18n();
  const me = useCurrentUser();
  const request = useRequestApproval(draft.id);
  const decide = useDecideApproval(draft.id);
  const finalise = useFinaliseDraft(draft.id);
  const sendRequest = useSendOnce(request);
  const sendDecision = useSendOnce(decide);
  const sendFinalise = useSendOnce(finalise);
  const [comment, setComment] = useState('');
  // The step last sent, and the version it was about: its refusal shows until a newer version (an
  // edit, a model's) clears it.
  const [sent, setSent] = useState<{ step: 'request' | 'decide' | 'finalise'; version: number } | null>(null);
  const failure = sent?.version === draft.currentVersion ? { request, decide, finalise }[sent.step].error : null;
  const sending = (step: 'request' | 'decide' | 'finalise') => setSent({ step, version: draft.currentVersion });
  const done = (message: string) => () => onDone(message);
  const { approval } = draft;
  const name = (id: string) => who(id, me.user.id, t('you'));
  const open = draft.status !== 'finalised';
  // The server refuses the one who asked or wrote it; the button is not offered to them.
  const writers = new Set([draft.createdBy, approval.requestedBy, draft.versions.at(-1)?.createdBy]);
  const mayDecide = me.can('assistant:approve') && !writers.has(me.user.id);

  return (
    <div className="form">
      <p>{draft.approvalRequired ? t('approvalRequired') : t('approvalNotRequired')}</p>
      {approval.requestedBy && approval.requestedAt ? (
        <p>{t('requestedBy', { user: name(approval.requestedBy), at: format.dateTime(approval.requestedAt) })}</p>
      ) : null}
      {approval.decidedBy && approval.decidedAt ? (
        <p>
          {draft.status === 'rejected'
            ? t('decidedRejected', {
                user: name(approval.decidedBy),
                at: format.dateTime(approval.decidedAt),
                comment: approval.comment ?? '',
              })
            : t('decidedApproved', {
                user: name(approval.decidedBy),
                at: format.dateTime(approval.decidedAt),
                version: approval.decidedVersion ?? '',
              })}
        </p>
      ) : null}
      {draft.finalisedBy && draft.finalisedAt ? (
        <p>{t('finalisedBy', { user: name(draft.finalisedBy), at: format.dateTime(draft.finalisedAt) })}</p>
      ) : null}
      {open && (draft.status === 'draft' || draft.status === 'rejected') ? (
        <Button
          className="button"
          isPending={request.isPending}
          onPress={() => {
            sending('request');
            sendRequest(undefined, done(t('requested')));
          }}
        >
          {t('requestApproval')}
        </Button>
      ) : null}
      {draft.status === 'pending_approval' && mayDecide ? (
        <>
          <TextField
            label={t('commentLabel')}
            value={comment}
            onChange={setComment}
            multiline
            rows={3}
            error={fieldMessageOf(decide.error, 'body.comment')}
          />
          <div className="draft-actions">
            <Button
              className="button button-primary"
              isPending={decide.isPending}
              onPress={() => {
                sending('decide');
                sendDecision(
                  { decision: 'approve', ...(comment.trim() ? { comment: comment.trim() } : {}) },
                  done(t('approvedDone')),
                );
              }}
            >
              {t('approve')}
            </Button>
            <Button
              className="button"
              isPending={decide.isPending}
              onPress={() => {
                sending('decide');
                sendDecision(
                  { decision: 'reject', ...(comment.trim() ? { comment: comment.trim() } : {}) },
                  done(t('rejectedDone')),
                );
              }}
            >
              {t('reject')}
            </Button>
          </div>
        </>
      ) : null}
      {open ? (
        <Button
          className="button button-primary"
          isPending={finalise.isPending}
          onPress={() => {
            sending('finalise');
            sendFinalise(undefined, done(t('finalised')));
          }}
        >
          {t('finalise')}
        </Button>
      ) : null}
      {failure ? <DraftRefusal error={failure} /> : null}
    </div>
  );
}
