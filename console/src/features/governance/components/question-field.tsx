import { FieldError, Label, RadioGroup, Text } from 'react-aria-components';
import { Choice, MessageWithData, TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { type DraftAnswer, type FormQuestion, KIND_VALUES } from '../assessment-form.ts';
import { valueKey } from '../labels.ts';
import { useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';

/**
 * One question: its number and text (the group's label), guidance, the principles it serves, the
 * answer its kind takes (yes / no / N/A, go / no-go / escalate, a level, or text), the
 * justification an N/A needs, the reviewer's comment, and the server's refusals beside each part.
 */
export function QuestionField({
  question,
  answer,
  onChange,
  principles,
  valueErrors,
  justificationErrors,
  reviewerComment,
  isReadOnly,
}: {
  question: FormQuestion;
  answer: DraftAnswer | undefined;
  onChange: (answer: DraftAnswer) => void;
  principles: string[];
  valueErrors: string[] | undefined;
  justificationErrors: string[] | undefined;
  reviewerComment: string | undefined;
  isReadOnly: boolean;
}) {
  const t = useMessages(governanceMessages);
  const { format } = useI18n();
  const pick = useBilingual();
  // Header questions have no number: their text alone names them.
  const number = question.number ?? '';
  const named = number || question.id;
  const value = answer?.value ?? '';
  const justification = answer?.justification ?? '';
  const invalid = Boolean(valueErrors?.length || justificationErrors?.length);
  // What the question serves and what the reviewer said, under either kind of question.
  const notes = (principlesClass: string) => (
    <>
      {principles.length > 0 ? (
        <p className={principlesClass}>{t('principlesServed', { principles: format.list(principles) })}</p>
      ) : null}
      {reviewerComment ? (
        <p className="gov-comment">
          <MessageWithData template={t('reviewerComment')} data={{ comment: reviewerComment }} />
        </p>
      ) : null}
    </>
  );
  return (
    <div className="gov-question" data-question={question.id} {...(invalid ? { 'data-invalid': true } : {})}>
      {question.kind === 'text' ? (
        <>
          <TextField
            label={number ? `${number} ${pick(question.text)}` : pick(question.text)}
            value={value}
            onChange={(next) => onChange({ value: next, justification: '' })}
            multiline
            rows={2}
            isDisabled={isReadOnly}
            error={valueErrors?.join(' ')}
            {...(question.help ? { description: pick(question.help) } : {})}
          />
          {notes('muted')}
        </>
      ) : (
        <RadioGroup
          value={value || null}
          onChange={(next) => onChange({ value: next, justification })}
          isReadOnly={isReadOnly}
          isInvalid={Boolean(valueErrors?.length)}
          validationBehavior="aria"
        >
          <Label className="gov-question-text">
            <span className="gov-question-number">{number}</span> {pick(question.text)}
          </Label>
          {question.help ? <Text slot="description">{pick(question.help)}</Text> : null}
          {notes('gov-principles-line muted')}
          <div className="gov-choices">
            {KIND_VALUES[question.kind].map((choice) => (
              <Choice key={choice} value={choice}>
                {t(valueKey('answer', choice))}
              </Choice>
            ))}
          </div>
          <FieldError className="field-error">{valueErrors?.join(' ')}</FieldError>
        </RadioGroup>
      )}
      {value === 'na' ? (
        <TextField
          label={t('justification', { number: named })}
          description={t('justificationHelp')}
          value={justification}
          onChange={(next) => onChange({ value, justification: next })}
          multiline
          rows={2}
          isRequired
          isDisabled={isReadOnly}
          error={justificationErrors?.join(' ')}
        />
      ) : null}
    </div>
  );
}
