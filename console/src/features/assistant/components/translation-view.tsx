import { type FormEvent, Fragment, type ReactNode, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useParams } from 'react-router';
import { ProblemMessage, Section, TextField } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { fieldMessageOf } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type GlossaryViolation, type ReviewSentence, useReviewSentence } from '../api/translate-api.ts';
import { translateMessages } from '../translate-messages.ts';
import { markedSegments } from './marked-segments.ts';
import './translation-view.css';

type Language = 'en' | 'zh-Hant' | 'zh-Hans';

/** A translate job's output as the server stores it (src/assistant/workspace, src/assistant/translate-store). */
export interface TranslationOutput {
  translation: {
    mode: 'model' | 'script-conversion' | 'glossary-lookup';
    from: Language;
    to: Language;
    sentences: Omit<ReviewSentence, 'machine' | 'status'>[];
    terms: { term: string; approved: string[]; sentences: number[] }[];
  };
  glossary?: { source: 'request' | 'department' | 'none'; version: number | null };
  review?: { sentences: ReviewSentence[] };
}

/** Whether a task's output is a translation (read defensively: older results may lack fields). */
export function isTranslationOutput(output: unknown): output is TranslationOutput {
  const translation = (output as { translation?: { sentences?: unknown } } | null)?.translation;
  return Array.isArray(translation?.sentences);
}

/** Language names as each language writes its own (data, not interface text). */
const LANGUAGE_NAME: Record<Language, string> = { en: 'English', 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文' };

/**
 * A translation side by side for the officer's review: each source sentence beside its
 * translation, glossary problems marked in both (a <mark> and a text label, never colour alone)
 * with the approved wording, and per sentence Accept or Edit, stored through the review route.
 */
export function TranslationView({ output }: { output: TranslationOutput }) {
  const t = useMessages(translateMessages);
  const { format } = useI18n();
  const { jobId = '' } = useParams();
  const review = useReviewSentence(jobId);
  const sendReview = useSendOnce(review);
  const [saved, setSaved] = useState<string | null>(null);
  const { translation } = output;
  const reviewed = new Map((output.review?.sentences ?? []).map((sentence) => [sentence.id, sentence]));
  const sentences: ReviewSentence[] = translation.sentences.map(
    (sentence) => reviewed.get(sentence.id) ?? { ...sentence, machine: sentence.target, status: 'pending' as const },
  );
  const done = sentences.filter((sentence) => sentence.status !== 'pending').length;
  const violations = sentences.reduce((sum, sentence) => sum + sentence.violations.length, 0);
  const counts = {
    done: format.number(done),
    total: format.number(sentences.length),
    violations: format.number(violations),
  };
  const statusLabel = (status: ReviewSentence['status']) =>
    status === 'accepted' ? t('statusAccepted') : status === 'edited' ? t('statusEdited') : t('statusPending');
  const used = output.glossary;
  return (
    <>
      <Section id="translation" title={t('reviewSection')}>
        <p>{t('reviewIntro')}</p>
        {used ? (
          <p className="muted">
            {used.source === 'department'
              ? t('glossaryUsedDepartment', { version: format.number(used.version ?? 0) })
              : used.source === 'request'
                ? t('glossaryUsedRequest')
                : t('glossaryUsedNone')}
          </p>
        ) : null}
        <div role="status" className="translation-progress">
          <p>{done === sentences.length ? t('progressComplete', counts) : t('progress', counts)}</p>
          {saved ? <p className="notice">{saved}</p> : null}
        </div>
        {review.isError ? <ProblemMessage error={review.error} /> : null}
        <table className="data translation-review">
          <caption>
            {t('reviewCaption', { from: LANGUAGE_NAME[translation.from], to: LANGUAGE_NAME[translation.to] })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('colNumber')}</th>
              <th scope="col">{t('colSource')}</th>
              <th scope="col">{t('colTranslation')}</th>
              <th scope="col">{t('colGlossary')}</th>
              <th scope="col">{t('colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {sentences.map((sentence) => (
              <SentenceRow
                key={sentence.id}
                sentence={sentence}
                from={translation.from}
                to={translation.to}
                statusLabel={statusLabel(sentence.status)}
                busy={review.isPending && review.variables?.sentence === sentence.id}
                locked={review.isPending}
                error={review.variables?.sentence === sentence.id ? review.error : null}
                onStep={(step, onDone) =>
                  sendReview(step, (state) => {
                    const after = state.review.sentences.find((s) => s.id === sentence.id);
                    setSaved(
                      t('sentenceSaved', {
                        n: format.number(sentence.id),
                        status: statusLabel(after?.status ?? 'pending'),
                      }),
                    );
                    onDone?.();
                  })
                }
              />
            ))}
          </tbody>
        </table>
      </Section>
      {translation.terms.length > 0 ? (
        <Section id="translation-terms" title={t('termsSection')}>
          <table className="data">
            <caption>{t('termsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colTerm')}</th>
                <th scope="col">{t('colApproved')}</th>
                <th scope="col">{t('colSentences')}</th>
              </tr>
            </thead>
            <tbody>
              {translation.terms.map((term) => (
                <tr key={term.term}>
                  <th scope="row" lang={translation.from}>
                    {term.term}
                  </th>
                  <td lang={translation.to}>{term.approved.join(' / ')}</td>
                  <td>{format.list(term.sentences.map((n) => format.number(n)))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ) : null}
    </>
  );
}

type Step = { sentence: number; action: 'accept' } | { sentence: number; action: 'edit'; text: string };

function SentenceRow({
  sentence,
  from,
  to,
  statusLabel,
  busy,
  locked,
  error,
  onStep,
}: {
  sentence: ReviewSentence;
  from: Language;
  to: Language;
  statusLabel: string;
  /** This sentence's step is on its way. */
  busy: boolean;
  /**
   * Some sentence's step is on its way: one at a time, since a second step would take the review's
   * answer (its announcement, or its refusal) from the first.
   */
  locked: boolean;
  error: unknown;
  onStep: (step: Step, onDone?: () => void) => void;
}) {
  const t = useMessages(translateMessages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(sentence.target ?? '');
  const n = format.number(sentence.id);
  const flag = { text: t('glossaryProblem'), lang: locale === 'en' ? 'en' : 'zh-Hant' };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onStep({ sentence: sentence.id, action: 'edit', text }, () => setEditing(false));
  };
  return (
    <tr>
      <th scope="row">{n}</th>
      <td lang={from}>
        {highlight(
          sentence.source,
          sentence.violations.map((v) => v.source),
          flag,
        )}
      </td>
      <td lang={to}>
        {sentence.target === null ? (
          <em lang={locale === 'en' ? 'en' : 'zh-Hant'}>{t('notTranslated')}</em>
        ) : (
          highlight(
            sentence.target,
            sentence.violations.flatMap((v) => (v.target ? [v.target] : [])),
            flag,
          )
        )}
      </td>
      <td>
        {sentence.violations.length === 0 ? (
          t('noProblems')
        ) : (
          <ul className="glossary-problems">
            {sentence.violations.map((violation) => (
              <li key={`${violation.kind}-${violation.source.start}`}>
                <ViolationText violation={violation} locale={locale} /> {t('approved')}
                {common('fieldSeparator')}
                <span lang={to}>{violation.expected.join(' / ')}</span>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <p>{statusLabel}</p>
        {editing ? (
          <Form className="form" onSubmit={submit} aria-label={t('editSentence', { n })} validationBehavior="aria">
            <TextField
              label={t('editLabel', { n })}
              value={text}
              onChange={setText}
              multiline
              rows={3}
              inputLang={to}
              error={fieldMessageOf(error, 'body.text')}
            />
            <div className="actions">
              <Button type="submit" className="button button-primary" isPending={locked}>
                {busy ? t('saving') : t('save')}
              </Button>
              <Button type="button" className="button" onPress={() => setEditing(false)}>
                {t('cancel')}
              </Button>
            </div>
          </Form>
        ) : (
          <div className="actions">
            {sentence.target !== null ? (
              <Button
                className="button"
                aria-label={t('acceptSentence', { n })}
                isDisabled={locked}
                onPress={() => onStep({ sentence: sentence.id, action: 'accept' })}
              >
                {t('accept')}
              </Button>
            ) : null}
            <Button
              className="button"
              aria-label={t('editSentence', { n })}
              onPress={() => {
                setText(sentence.target ?? '');
                setEditing(true);
              }}
            >
              {t('edit')}
            </Button>
          </div>
        )}
      </td>
    </tr>
  );
}

function ViolationText({ violation, locale }: { violation: GlossaryViolation; locale: string }) {
  return locale === 'en' ? (
    <span lang="en">{violation.message.en}</span>
  ) : (
    <span lang="zh-Hant">{violation.message.zh}</span>
  );
}

/** The text with each span marked, and a text label after each mark so the problem is not shown by colour alone. */
function highlight(
  text: string,
  spans: readonly { start: number; end: number }[],
  label: { text: string; lang: string },
): ReactNode {
  let offset = 0;
  return markedSegments(text, spans).map((segment) => {
    const key = offset;
    offset += segment.text.length;
    if (!segment.marked) return <Fragment key={key}>{segment.text}</Fragment>;
    return (
      <Fragment key={key}>
        <mark className="glossary-violation">{segment.text}</mark>
        <span className="glossary-flag" lang={label.lang}>
          {` [${label.text}]`}
        </span>
      </Fragment>
    );
  });
}
