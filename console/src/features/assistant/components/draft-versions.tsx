import { Button } from 'react-aria-components';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import type { DraftDetail, DraftVersion } from '../api/drafts-api.ts';
import { draftMessages } from '../draft-messages.ts';
import { who } from './draft-labels.ts';

/** Every version: how it was made, by whom, when, its issue count, and a button to read its issue report. */
export function DraftVersions({
  draft,
  shown,
  onShow,
}: {
  draft: DraftDetail;
  shown: number;
  onShow: (version: number) => void;
}) {
  const t = useMessages(draftMessages);
  const { format } = useI18n();
  const me = useCurrentUser();
  const method = (version: DraftVersion) =>
    version.method === 'template'
      ? t('methodTemplate')
      : version.method === 'model'
        ? t('methodModel', { model: version.model ?? '' })
        : t('methodOfficer');
  return (
    <table className="data">
      <caption>{t('versionsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colVersion')}</th>
          <th scope="col">{t('colMethod')}</th>
          <th scope="col">{t('colBy')}</th>
          <th scope="col">{t('colAt')}</th>
          <th scope="col">{t('colIssues')}</th>
        </tr>
      </thead>
      <tbody>
        {draft.versions.map((version) => (
          <tr key={version.version}>
            <th scope="row">{format.number(version.version)}</th>
            <td>{method(version)}</td>
            <td>{who(version.createdBy, me.user.id, t('you'))}</td>
            <td>{format.dateTime(version.createdAt)}</td>
            <td>
              {format.number(version.issues.length)}{' '}
              <Button
                className="button"
                onPress={() => onShow(version.version)}
                aria-pressed={shown === version.version}
              >
                {t('showIssues', { version: version.version })}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
