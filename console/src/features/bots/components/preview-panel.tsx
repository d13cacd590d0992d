import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage, TextField } from '../../../components/index.ts';
import {
  actionLabel,
  findingLabel,
  guardPolicyMessages,
  stageLabel,
} from '../../../components/guard-policy-messages.ts';
import { GuardReasons, guardReasons } from '../../../components/guard-reasons.tsx';
import { type CommonMessageKey, commonMessages, languageOfText, useI18n, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { type Preview, usePreview } from '../api/bots.ts';
import { type BotMessageKey, botMessages } from '../messages.ts';

const VERSION_STATUS: Record<Preview['status'], BotMessageKey> = {
  draft: 'version_draft',
  published: 'version_published',
  superseded: 'version_superseded',
};
const OUTCOME_LABEL: Record<Preview['outcome'], CommonMessageKey> = {
  answered: 'outcome_answered',
  fallback: 'outcome_fallback',
  blocked: 'outcome_blocked',
  small_talk: 'outcome_small_talk',
  handoff: 'outcome_handoff',
  background: 'outcome_background',
};

/** Asks the bot's latest version and shows how the answer came about: passages, confidence, guard verdicts. */
export function PreviewPanel({ botId, threshold, unsaved }: { botId: string; threshold: number; unsaved: boolean }) {
  const t = useMessages(botMessages);
  const common = useMessages(commonMessages);
  const words = useMessages(guardPolicyMessages);
  const { format } = useI18n();
  const preview = usePreview(botId);
  const [question, setQuestion] = useState('');
  const [blank, setBlank] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Nothing to ask: said beside the box rather than nothing happening.
    setBlank(!question.trim());
    // biome-ignore lint/plugin/send-once: a preview records nothing; a question asked meanwhile replaces the one on its way
    if (question.trim()) preview.mutate(question);
  };
  const result = preview.data;
  const answerLang = result?.language === 'en' ? 'en' : result?.language === 'zh-Hans' ? 'zh-Hans' : 'zh-Hant-HK';

  return (
    <div className="preview">
      <p className="field-help">{t('previewIntro')}</p>
      {unsaved ? <p className="notice">{t('previewUnsaved')}</p> : null}
      <Form onSubmit={submit} className="form" aria-label={t('sectionPreview')} validationBehavior="aria">
        <TextField
          label={t('question')}
          name="question"
          value={question}
          onChange={(text) => {
            setQuestion(text);
            setBlank(false);
          }}
          description={t('questionHelp')}
          error={
            blank
              ? t('questionBlank')
              : preview.error instanceof ProblemError
                ? preview.error.fieldMessage('body.question')
                : undefined
          }
        />
        <Button type="submit" className="button button-primary" isPending={preview.isPending}>
          {preview.isPending ? t('asking') : t('ask')}
        </Button>
      </Form>
      {preview.error ? <ProblemMessage error={preview.error} /> : null}
      <div className="preview-result" aria-live="polite" aria-busy={preview.isPending}>
        {result ? (
          <>
            <h3>{t('answer')}</h3>
            <p className="preview-summary">
              {t('answerFrom', {
                version: result.version,
                status: t(VERSION_STATUS[result.status]),
                outcome: common(OUTCOME_LABEL[result.outcome]),
                confidence: format.number(result.confidence),
              })}
            </p>
            <blockquote className="preview-answer" lang={answerLang}>
              {result.answer}
            </blockquote>
            <h3>{t('passages')}</h3>
            {result.passages.length === 0 ? (
              <p className="muted">{t('noPassages')}</p>
            ) : (
              <table className="data">
                <caption>{t('passagesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('passageTitle')}</th>
                    <th scope="col" className="number">
                      {t('passageConfidence')}
                    </th>
                    <th scope="col">{t('passageExcerpt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.passages.map((passage) => (
                    <tr key={passage.entryId}>
                      <th scope="row" lang={languageOfText(passage.title)}>
                        {passage.title}
                      </th>
                      <td className="number">
                        {t(passage.confidence >= threshold ? 'passageMeets' : 'passageBelow', {
                          confidence: format.number(passage.confidence),
                        })}
                      </td>
                      <td lang={languageOfText(passage.excerpt)}>{passage.excerpt}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h3>{t('verdicts')}</h3>
            {result.guard.length === 0 ? (
              <p>{t('noFindings')}</p>
            ) : (
              <table className="data">
                <caption>{t('verdictsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('verdictStage')}</th>
                    <th scope="col">{t('verdictCode')}</th>
                    <th scope="col">{t('verdictAction')}</th>
                    <th scope="col">{t('verdictReasons')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.guard.map((finding) => (
                    <tr key={`${finding.stage}-${finding.code}-${finding.action}-${finding.reasons.join()}`}>
                      <th scope="row">{stageLabel(words, finding.stage)}</th>
                      <td>{findingLabel(words, finding.code)}</td>
                      <td>{actionLabel(words, finding.action)}</td>
                      {/* In the page's language where the detector has the words; else English, marked so. */}
                      <td>
                        <GuardReasons reasons={guardReasons(finding.reasons, finding.reasonTexts)} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
