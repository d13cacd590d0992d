import { languageOfText, useMessages } from '../../../i18n/index.ts';
import type { VersionDetail } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';

/** Every entry (FAQ answer, passage, dataset) of a version, as citizens would be served it. */
export function EntriesTable({ chunks, version }: { chunks: VersionDetail['chunks']; version: number }) {
  const t = useMessages(knowledgeMessages);
  // Its own box: a long text scrolls the table sideways, not the section's heading with it (styles.css).
  return (
    <div>
      <table className="data">
        <caption>{t('entriesCaption', { version })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colEntry')}</th>
            <th scope="col">{t('colQuestion')}</th>
            <th scope="col">{t('colText')}</th>
          </tr>
        </thead>
        <tbody>
          {chunks.map((chunk) => {
            const question = chunk.question || chunk.headingPath.join(' › ');
            return (
              <tr key={chunk.id}>
                <th scope="row">
                  <code>{chunk.entryKey}</code>
                  <br />
                  <span className="muted">
                    {t('entryNumber', { number: chunk.ordinal + 1 })}
                    {chunk.page ? ` · ${t('pageNumber', { page: chunk.page })}` : null}
                  </span>
                </th>
                <td lang={languageOfText(question, chunk.language)}>{question}</td>
                <td lang={languageOfText(chunk.text, chunk.language)}>{chunk.text}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
