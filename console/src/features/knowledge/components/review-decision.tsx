import { Button } from 'react-aria-components';
import { ProblemMessage } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useSendOnce } from '../../../lib/send-once.ts';
import { useApproveVersion, useRejectVersion, type VersionDetail } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';

/**
 * Approve, approve over the findings with a written reason, or reject with a reason. The editor of
 * the draft is told that another approver must decide; if they press anyway, the server's
 * maker-checker refusal is shown as it was given.
 */
export function ReviewDecision({
  version,
  findingsCount,
}: {
  version: VersionDetail['version'];
  findingsCount: number;
}) {
  const t = useMessages(knowledgeMessages);
  const me = useCurrentUser();
  const approve = useApproveVersion(version.id);
  const reject = useRejectVersion(version.id);
  const sendApprove = useSendOnce(approve);
  const sendReject = useSendOnce(reject);
  if (!me.can('knowledge:approve')) return <p className="notice">{t('noApprovePermission')}</p>;
  const done = approve.data ?? reject.data;
  return (
    <>
      {version.editorId === me.user.id ? <p className="notice">{t('ownDraft')}</p> : null}
      {done ? null : (
        <div className="decision-actions">
          {findingsCount === 0 ? (
            <Button
              className="button button-primary"
              isPending={approve.isPending}
              isDisabled={Boolean(done)}
              onPress={() => {
                reject.reset();
                sendApprove(undefined);
              }}
            >
              {t('approve')}
            </Button>
          ) : (
            <ConfirmDialog
              trigger={t('approveWithOverride')}
              title={t('approveWithOverride')}
              body={<p>{t('overrideHelp')}</p>}
              confirm={t('approveWithOverride')}
              reason={{
                label: t('overrideReason'),
                required: t('overrideReasonRequired'),
                field: 'body.override.reason',
              }}
              pending={approve.isPending}
              error={approve.error}
              onConfirm={(reason, close) => {
                reject.reset();
                sendApprove(reason, () => close());
              }}
            />
          )}
          <ConfirmDialog
            trigger={t('reject')}
            title={t('reject')}
            confirm={t('reject')}
            danger
            reason={{ label: t('rejectReason'), required: t('rejectReasonRequired'), field: 'body.reason' }}
            pending={reject.isPending}
            error={reject.error}
            onConfirm={(reason, close) => {
              approve.reset();
              sendReject(reason, () => close());
            }}
          />
        </div>
      )}
      <div role="status">
        {approve.data ? <p className="notice">{t('approved', { version: approve.data.version })}</p> : null}
        {reject.data ? <p className="notice">{t('rejected', { version: reject.data.version })}</p> : null}
      </div>
      {approve.isError && findingsCount === 0 ? <ProblemMessage error={approve.error} /> : null}
    </>
  );
}
