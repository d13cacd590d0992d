import { useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import type { DraftDetail, DraftVersion } from '../api/drafts-api.ts';
import { draftMessages } from '../draft-messages.ts';
import './draft.css';
import { DRAFT_LANG, who } from './draft-labels.ts';

/** A version's paragraphs, each with who wrote it in words: the template, a model (which) or an officer (who). */
export function DraftParagraphs({ draft, version }: { draft: DraftDetail; version: DraftVersion }) {
  const t = useMessages(draftMessages);
  const me = useCurrentUser();
  const origin = (paragraph: DraftVersion['paragraphs'][number]) =>
    paragraph.origin === 'template'
      ? t('originTemplate')
      : paragraph.origin === 'model'
        ? t('originModel', { author: paragraph.author })
        : t('originOfficer', { author: who(paragraph.author, me.user.id, t('you')) });
  return (
    <table className="data draft-paragraphs">
      <caption>{t('paragraphsCaption', { version: version.version })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colParagraph')}</th>
          <th scope="col">{t('colOrigin')}</th>
        </tr>
      </thead>
      <tbody>
        {version.paragraphs.map((paragraph, index) => (
          // Paragraphs have no id; their place in the version is stable.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <tr key={index} className={`draft-origin-${paragraph.origin}`}>
            <td lang={DRAFT_LANG[draft.language]} className="draft-paragraph-text">
              {paragraph.text}
            </td>
            <td>{origin(paragraph)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
