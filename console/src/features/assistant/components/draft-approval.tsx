import { useState } from 'react';
import { Button } from 'react-aria-components';
import { TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { fieldMessageOf } from '../../../lib/problem.ts';
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
  const [comment, setComment] = useState('');
  // A refusal belongs to the version it was about: a newer version (an edit, a model's) clears it.
  const [failure, setFailure] = useState<{ error: unknown; version: number } | null>(null);
  const fail = { onError: (error: unknown) => setFailure({ error, version: draft.currentVersion }) };
  const done = (message: string) => () => {
    setFailure(null);
    onDone(message);
  };
  const { approval } = draft;
  const name = (id: string) => who(id, me.user.id, t('you'));
  const busy = request.isPending || decide.isPending || finalise.isPending;
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
          isDisabled={busy}
          onPress={() => request.mutate(undefined, { onSuccess: done(t('requested')), ...fail })}
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
              isDisabled={busy}
              onPress={() =>
                decide.mutate(
                  { decision: 'approve', ...(comment.trim() ? { comment: comment.trim() } : {}) },
                  { onSuccess: done(t('approvedDone')), ...fail },
                )
              }
            >
              {t('approve')}
            </Button>
            <Button
              className="button"
              isDisabled={busy}
              onPress={() =>
                decide.mutate(
                  { decision: 'reject', ...(comment.trim() ? { comment: comment.trim() } : {}) },
                  { onSuccess: done(t('rejectedDone')), ...fail },
                )
              }
            >
              {t('reject')}
            </Button>
          </div>
        </>
      ) : null}
      {open ? (
        <Button
          className="button button-primary"
          isDisabled={busy}
          onPress={() => finalise.mutate(undefined, { onSuccess: done(t('finalised')), ...fail })}
        >
          {t('finalise')}
        </Button>
      ) : null}
      {failure && failure.version === draft.currentVersion ? <DraftRefusal error={failure.error} /> : null}
    </div>
  );
}
