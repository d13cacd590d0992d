import { GuardReasons, guardReasons } from '../../../components/guard-reasons.tsx';
import { MessageWithData, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { TaskResult } from '../api/task-result.ts';
import { assistantMessages } from '../messages.ts';

/**
 * How a result was made and what to watch for: offline or which model (with its usage), the
 * server's note on what needs a model, instructions found in the documents, personal data.
 */
export function ResultNotes({ result }: { result: TaskResult }) {
  const t = useMessages(assistantMessages);
  const { locale, format } = useI18n();
  const mode =
    result.mode === 'generative' && result.model
      ? t('modeGenerative', { model: `${result.model.provider}/${result.model.model}` })
      : result.mode === 'extractive'
        ? t('modeExtractive')
        : t('modeRuleBased');
  const personalData = Object.keys(result.findings.outputPersonalData ?? {}).length > 0;
  return (
    <Section id="how-made" title={t('modeNote')}>
      <p>{mode}</p>
      <p>{locale === 'en' ? result.note.en : result.note.zh}</p>
      {result.usage.modelCalls > 0 ? (
        <p className="muted">
          {t('usage', {
            calls: format.number(result.usage.modelCalls),
            tokens: format.number(result.usage.promptTokens + result.usage.completionTokens),
          })}
        </p>
      ) : null}
      {result.mode === 'generative' && result.findings.personalDataMasked ? <p>{t('personalDataMasked')}</p> : null}
      {result.findings.instructions.map((finding) => (
        <div key={`${finding.documentId}-${finding.passage}`} className="notice">
          <p>
            {t('instructionsFound', {
              document: finding.document,
              passage: format.number(finding.passage + 1),
              line: format.number(finding.line),
            })}
          </p>
          {finding.reasons.length > 0 ? (
            <p>
              <MessageWithData
                template={t('instructionsWhy')}
                data={{ reasons: <GuardReasons reasons={guardReasons(finding.reasons, finding.reasonTexts)} /> }}
              />
            </p>
          ) : null}
        </div>
      ))}
      {personalData ? <p className="notice">{t('outputPersonalData')}</p> : null}
    </Section>
  );
}
