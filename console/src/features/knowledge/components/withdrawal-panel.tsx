import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useSendOnce } from '../../../lib/send-once.ts';
import {
  type SourceDetail,
  useConfirmWithdrawal,
  useDeclineWithdrawal,
  useRequestWithdrawal,
} from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { MessageWithData, usePersonName } from '../../../components/index.ts';

/**
 * Withdrawal is maker-checker too: an editor asks with a reason; an approver other than the one who
 * asked confirms or declines. Each step is confirmed in a dialog.
 */
export function WithdrawalPanel({
  source,
  people,
}: {
  source: SourceDetail['source'];
  people: SourceDetail['people'];
}) {
  const t = useMessages(knowledgeMessages);
  const { format } = useI18n();
  const me = useCurrentUser();
  const person = usePersonName(people);
  const ask = useRequestWithdrawal(source.id);
  const confirm = useConfirmWithdrawal(source.id);
  const decline = useDeclineWithdrawal(source.id);
  const sendAsk = useSendOnce(ask);
  const sendConfirm = useSendOnce(confirm);
  const sendDecline = useSendOnce(decline);
  const announcement = ask.isSuccess
    ? t('withdrawRequestedDone')
    : confirm.isSuccess
      ? t('withdrawDone')
      : decline.isSuccess
        ? t('declineDone')
        : null;
  return (
    <>
      <p>{t('withdrawIntro')}</p>
      {source.withdrawnAt ? (
        <p className="notice">{t('withdrawnOn', { date: format.dateTime(source.withdrawnAt) })}</p>
      ) : null}
      {source.withdrawalRequestedAt && !source.withdrawnAt ? (
        <p className="notice">
          <MessageWithData
            template={t('withdrawRequested')}
            data={{
              name: person(source.withdrawalRequestedBy),
              date: format.dateTime(source.withdrawalRequestedAt),
              reason: source.withdrawalReason ?? '',
            }}
          />
        </p>
      ) : null}
      <div className="decision-actions">
        {me.can('knowledge:write') &&
        !source.withdrawnAt &&
        !source.withdrawalRequestedAt &&
        source.publishedVersion !== null ? (
          <ConfirmDialog
            trigger={t('withdrawAsk')}
            title={t('withdrawDialogTitle', { title: source.title })}
            confirm={t('withdrawSubmit')}
            danger
            reason={{ label: t('withdrawReason'), required: t('withdrawReasonRequired'), field: 'body.reason' }}
            pending={ask.isPending}
            error={ask.error}
            onConfirm={(reason, close) => sendAsk(reason, () => close())}
          />
        ) : null}
        {me.can('knowledge:approve') && source.withdrawalRequestedAt && !source.withdrawnAt ? (
          <>
            <ConfirmDialog
              trigger={t('withdrawConfirm')}
              title={t('withdrawConfirmTitle', { title: source.title })}
              body={<p>{t('withdrawConfirmBody')}</p>}
              confirm={t('withdrawConfirmSubmit')}
              danger
              pending={confirm.isPending}
              error={confirm.error}
              onConfirm={(_reason, close) => sendConfirm(undefined, () => close())}
            />
            <ConfirmDialog
              trigger={t('withdrawDecline')}
              title={t('withdrawDeclineTitle', { title: source.title })}
              confirm={t('withdrawDeclineSubmit')}
              reason={{ label: t('declineReason'), required: t('declineReasonRequired'), field: 'body.reason' }}
              pending={decline.isPending}
              error={decline.error}
              onConfirm={(reason, close) => sendDecline(reason, () => close())}
            />
          </>
        ) : null}
      </div>
      <div role="status">{announcement ? <p className="notice">{announcement}</p> : null}</div>
    </>
  );
}
