import { Link } from 'react-router';
import { MessageWithData } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type SourceDetail, useRollback } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { usePersonName } from '../../../components/index.ts';
import { VersionStatusBadge } from './status-badge.tsx';

/**
 * Every version of a source, newest first, with who made and reviewed it, why it was rejected or
 * overridden, a link to read it and, for versions once published, a rollback (confirmed in a dialog).
 */
export function VersionsTable({ detail }: { detail: SourceDetail }) {
  const t = useMessages(knowledgeMessages);
  const { format } = useI18n();
  const me = useCurrentUser();
  const person = usePersonName(detail.people);
  const rollback = useRollback(detail.source.id);
  const sendRollback = useSendOnce(rollback);
  const mayRollback = me.can('knowledge:approve') && !detail.source.withdrawnAt;
  return (
    <>
      <table className="data knowledge-table">
        <caption>{t('versionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('colVersion')}
            </th>
            <th scope="col">{t('colStatus')}</th>
            <th scope="col" className="number">
              {t('colFindings')}
            </th>
            <th scope="col">{t('colEditor')}</th>
            <th scope="col">{t('colReviewer')}</th>
            <th scope="col">{t('colReason')}</th>
            <th scope="col">{t('colCreated')}</th>
            <th scope="col">{t('colDetails')}</th>
          </tr>
        </thead>
        <tbody>
          {detail.versions.map((version) => {
            const findings = Array.isArray(version.findings) ? version.findings.length : 0;
            return (
              <tr key={version.id}>
                <th scope="row" className="number">
                  {format.number(version.version)}
                </th>
                <td>
                  <VersionStatusBadge status={version.status} />
                </td>
                <td className="number">{findings === 0 ? t('noFindingsShort') : format.number(findings)}</td>
                <td>{person(version.editorId)}</td>
                <td>
                  {person(version.reviewerId)}
                  {version.reviewedAt ? <div className="muted">{format.dateTime(version.reviewedAt)}</div> : null}
                </td>
                <td>
                  {version.rejectReason ? (
                    <MessageWithData template={t('rejectedBecause')} data={{ reason: version.rejectReason }} />
                  ) : null}
                  {version.overrideReason ? (
                    <MessageWithData template={t('overriddenBecause')} data={{ reason: version.overrideReason }} />
                  ) : null}
                </td>
                <td>{format.dateTime(version.createdAt)}</td>
                <td className="row-actions">
                  <Link to={`/knowledge/versions/${version.id}`}>
                    {version.status === 'draft'
                      ? t('review', { version: version.version })
                      : t('view', { version: version.version })}
                  </Link>
                  {mayRollback && version.status === 'superseded' && version.reviewedAt ? (
                    <ConfirmDialog
                      trigger={t('rollback', { version: version.version })}
                      title={t('rollbackTitle', { version: version.version })}
                      body={<p>{t('rollbackBody', { version: version.version })}</p>}
                      confirm={t('rollback', { version: version.version })}
                      pending={rollback.isPending}
                      error={rollback.variables === version.version ? rollback.error : null}
                      onConfirm={(_reason, close) => sendRollback(version.version, () => close())}
                    />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div role="status">
        {rollback.data ? <p className="notice">{t('rolledBack', { version: rollback.data.version })}</p> : null}
      </div>
    </>
  );
}
