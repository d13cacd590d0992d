import { useQuery } from '@tanstack/react-query';
import { QueryView } from '../../../components/index.ts';
import { commonMessages, LANGUAGE_TAG, useI18n, useMessages } from '../../../i18n/index.ts';
import { type DraftDetail, type DraftIssue, draftIssuesQuery } from '../api/drafts-api.ts';
import { draftMessages } from '../draft-messages.ts';
import './draft.css';
import { around } from './draft-flag.ts';
import { DRAFT_LANG, ISSUE_LABEL, inLocale } from './draft-labels.ts';

/**
 * The flagged sentence in its paragraph, in the draft's language; the words that mark where it
 * starts and ends (for a screen reader) are the console's, in the officer's.
 */
export function FlaggedSentence({ text, issue, lang }: { text: string; issue: DraftIssue; lang: string }) {
  const t = useMessages(draftMessages);
  const common = useMessages(commonMessages);
  const { locale } = useI18n();
  if (issue.start === null || issue.end === null)
    return (
      <>
        {issue.sentence ? <span lang={lang}>{issue.sentence}</span> : t('noSentence', { element: issue.element ?? '' })}
      </>
    );
  const { before, flagged, after } = around(text, issue.start, issue.end);
  return (
    <span lang={lang}>
      {before}
      {/* Marked by weight, underline and words, not by colour alone. */}
      <mark className="draft-flag">
        <span className="visually-hidden" lang={LANGUAGE_TAG[locale]}>
          {t('flaggedStart')}
          {common('fieldSeparator')}
        </span>
        {flagged}
        <span className="visually-hidden" lang={LANGUAGE_TAG[locale]}>
          {common('inBrackets', { text: t('flaggedEnd') })}
        </span>
      </mark>
      {after}
    </span>
  );
}

/** The issue report of one version, like Minute's hallucination table: kind, the flagged sentence in its place, why. */
export function DraftIssues({ draft, version }: { draft: DraftDetail; version: number }) {
  const t = useMessages(draftMessages);
  const { locale, format } = useI18n();
  const report = useQuery(draftIssuesQuery(draft.id, version));
  return (
    <QueryView query={report}>
      {(data) => (
        <>
          <p>
            {t('issuesCounts', {
              unsupported: format.number(data.counts.unsupported_claim ?? 0),
              contradiction: format.number(data.counts.contradiction ?? 0),
              wrong: format.number(data.counts.wrong_figure ?? 0),
              missing: format.number(data.counts.missing_element ?? 0),
            })}
          </p>
          {data.issues.length === 0 ? (
            <p>{t('issuesNone', { version: data.version })}</p>
          ) : (
            <table className="data draft-issues">
              <caption>
                {t('issuesCaption', { version: data.version, count: format.number(data.issues.length) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('colKind')}</th>
                  <th scope="col">{t('colSentence')}</th>
                  <th scope="col">{t('colExplanation')}</th>
                </tr>
              </thead>
              <tbody>
                {data.issues.map((issue, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id; the report never reorders
                  <tr key={index}>
                    <th scope="row">{t(ISSUE_LABEL[issue.kind])}</th>
                    <td>
                      <FlaggedSentence text={data.text} issue={issue} lang={DRAFT_LANG[draft.language]} />
                    </td>
                    <td>
                      {inLocale(issue.explanation, locale)}
                      {issue.figures?.length ? <> {t('figures', { figures: format.list(issue.figures) })}</> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </QueryView>
  );
}
