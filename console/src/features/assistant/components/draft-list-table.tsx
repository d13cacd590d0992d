import { Link } from 'react-router';
import { languageOfText, useI18n, useMessages } from '../../../i18n/index.ts';
import type { DraftSummary, DraftTemplate } from '../api/drafts-api.ts';
import { draftMessages } from '../draft-messages.ts';
import { inLocale, LANGUAGE_LABEL, STATUS_LABEL } from './draft-labels.ts';

/** The department's drafts, each linking to its editor. */
export function DraftListTable({
  drafts,
  templates,
}: {
  drafts: readonly DraftSummary[];
  templates: readonly DraftTemplate[];
}) {
  const t = useMessages(draftMessages);
  const { format, locale } = useI18n();
  const templateTitle = (id: string) => {
    const template = templates.find((entry) => entry.id === id);
    return template ? inLocale(template.title, locale) : id;
  };
  return (
    <table className="data">
      <caption>{t('listCaption', { count: format.number(drafts.length) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colTitle')}</th>
          <th scope="col">{t('colTemplate')}</th>
          <th scope="col">{t('colLanguage')}</th>
          <th scope="col">{t('colStatus')}</th>
          <th scope="col">{t('colVersion')}</th>
          <th scope="col">{t('colUpdated')}</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => (
          <tr key={draft.id}>
            <th scope="row">
              <Link to={draft.id} lang={languageOfText(draft.title)}>
                {draft.title}
              </Link>
            </th>
            <td>{templateTitle(draft.templateId)}</td>
            <td>{t(LANGUAGE_LABEL[draft.language])}</td>
            <td>{t(STATUS_LABEL[draft.status])}</td>
            <td>{format.number(draft.currentVersion)}</td>
            <td>{format.dateTime(draft.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
