import { Said, Section } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { citationsOf, type Summary } from '../api/task-result.ts';
import { assistantMessages } from '../messages.ts';
import { CitationText } from './citation-text.tsx';

/**
 * One document's key points with their sources; a model's unsupported sentence is marked, never hidden.
 * The points are in the document's language, the table's own words in the officer's.
 */
export function SummaryView({
  summary,
  index,
  id,
  title,
}: {
  summary: Summary;
  index: number;
  /** Another section id and heading, for a brief over several documents. */
  id?: string;
  title?: string;
}) {
  const t = useMessages(assistantMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  return (
    <Section
      id={id ?? `summary-${index}`}
      title={title ?? t('keyPoints', { document: summary.title || summary.document })}
    >
      <table className="data">
        <caption>{t('keyPointsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colPoint')}</th>
            <th scope="col">{t('colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.keyPoints.map((point, row) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: key points are a fixed list in reading order
            <tr key={row} className={point.supported === false ? 'assistant-point-unsupported' : undefined}>
              <td>
                <Said text={point.text} language={summary.language === 'zh' ? 'zh-Hant' : 'en'} />
                {point.supported === false ? <strong className="badge badge-danger"> {t('unsupported')}</strong> : null}
              </td>
              <td>
                <CitationText citations={citationsOf(point)} />
                {point.support !== undefined ? (
                  <span className="muted">
                    {common('inBrackets', { text: t('supportShare', { percent: format.percent(point.support) }) })}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
