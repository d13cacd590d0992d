import { Section } from '../../../components/index.ts';
import { languageOfText, useI18n, useMessages } from '../../../i18n/index.ts';
import { type Brief, citationsOf, type GenerativeBrief } from '../api/task-result.ts';
import { assistantMessages } from '../messages.ts';
import { CitationText } from './citation-text.tsx';
import { SummaryView } from './summary-view.tsx';

/**
 * A brief over several documents: the model's brief first when one wrote it (each sentence with
 * its sources, an unsupported one marked), then where they agree, where they differ, and each
 * one's key points, the evidence worked out without a model.
 */
export function BriefView({ brief, generative }: { brief: Brief; generative?: GenerativeBrief | undefined }) {
  const t = useMessages(assistantMessages);
  const { format } = useI18n();
  return (
    <>
      {generative ? (
        <SummaryView
          id="model-brief"
          title={t('modelBriefSection')}
          summary={{
            document: '',
            title: '',
            language: generative.language,
            method: 'generative',
            keyPoints: generative.keyPoints,
          }}
          index={-1}
        />
      ) : null}
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
                    <span lang={languageOfText(agreement.point.text)}>{agreement.point.text}</span>{' '}
                    <CitationText citations={citationsOf(agreement.point)} />
                  </td>
                  <td>
                    {agreement.alsoIn.map((support, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the brief's order is fixed
                      <p key={index}>
                        <span lang={languageOfText(support.text)}>{support.text}</span>{' '}
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
                    <span lang={languageOfText(difference.point.text)}>{difference.point.text}</span>{' '}
                    <CitationText citations={citationsOf(difference.point)} />
                  </td>
                  <td>
                    {difference.kind === 'only-in-one' ? (
                      t('onlyIn', { document: citationsOf(difference.point)[0]?.document ?? '' })
                    ) : (
                      <>
                        {t('figuresDiffer', {
                          point: format.list(difference.figures.point),
                          other: format.list(difference.figures.other),
                        })}
                        <p>
                          <span lang={languageOfText(difference.other.text)}>{difference.other.text}</span>{' '}
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
