import { commonMessages, useMessages } from '../../../i18n/index.ts';
import type { Citation } from '../api/task-result.ts';
import { assistantMessages } from '../messages.ts';

/** Where a sentence comes from: document, page when it has pages, section when under a heading. */
export function CitationText({ citations }: { citations: readonly Citation[] }) {
  const t = useMessages(assistantMessages);
  const common = useMessages(commonMessages);
  return (
    <>
      {citations.map((citation, index) => {
        const where =
          citation.page !== null
            ? t('citationPage', { document: citation.document, page: citation.page })
            : t('citation', { document: citation.document });
        const section = citation.section ? ` ${t('citationSection', { section: citation.section })}` : '';
        return (
          // Citations have no id of their own; their order is the point's.
          // biome-ignore lint/suspicious/noArrayIndexKey: a point's citations never reorder
          <cite key={index} className="citation">
            {index > 0 ? common('clauseSeparator') : ''}
            {where}
            {section}
          </cite>
        );
      })}
    </>
  );
}
