import { Section } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { type Brief, citationsOf } from '../api/task-result.ts';
import { assistantMessages } from '../messages.ts';
import { CitationText } from './citation-text.tsx';
import { SummaryView } from './summary-view.tsx';
import { textLang } from './text-lang.ts';

/** A brief over several documents: where they agree, where they differ, then each one's key points. */
export function BriefView({ brief }: { brief: Brief }) {
  const t = useMessages(assistantMessages);
  return (
    <>
      <Section id="agreements" title={t('agreementsSection')}>
        {brief.agreements.length === 0 ? (
          <p>{t('noAgreements')}</p>
        ) : (
          <table className="data">
            <caption>{t('agreementsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colPoint')}</th>
                <th scope="col">{t('alsoIn')}</th>
              </tr>
            </thead>
            <tbody>
              {brief.agreements.map((agreement, row) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the brief's order is fixed
                <tr key={row}>
                  <td>
                    <span lang={textLang(agreement.point.text)}>{agreement.point.text}</span>{' '}
                    <CitationText citations={citationsOf(agreement.point)} />
                  </td>
                  <td>
                    {agreement.alsoIn.map((support, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the brief's order is fixed
                      <p key={index}>
                        <span lang={textLang(support.text)}>{support.text}</span>{' '}
                        <CitationText citations={[support.citation]} />
                      </p>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="differences" title={t('differencesSection')}>
        {brief.differences.length === 0 ? (
          <p>{t('noDifferences')}</p>
        ) : (
          <table className="data">
            <caption>{t('differencesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colPoint')}</th>
                <th scope="col">{t('colDifference')}</th>
              </tr>
            </thead>
            <tbody>
              {brief.differences.map((difference, row) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the brief's order is fixed
                <tr key={row}>
                  <td>
                    <span lang={textLang(difference.point.text)}>{difference.point.text}</span>{' '}
                    <CitationText citations={citationsOf(difference.point)} />
                  </td>
                  <td>
                    {difference.kind === 'only-in-one' ? (
                      t('onlyIn', { document: citationsOf(difference.point)[0]?.document ?? '' })
                    ) : (
                      <>
                        {t('figuresDiffer', {
                          point: difference.figures.point.join(', '),
                          other: difference.figures.other.join(', '),
                        })}
                        <p>
                          <span lang={textLang(difference.other.text)}>{difference.other.text}</span>{' '}
                          <CitationText citations={[difference.other.citation]} />
                        </p>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      {brief.summaries.map((summary, index) => (
        <SummaryView key={summary.document} summary={summary} index={index} />
      ))}
    </>
  );
}
