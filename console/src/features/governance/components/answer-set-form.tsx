import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import {
  answeredCount,
  type DraftAnswer,
  type FormTemplate,
  placeKey,
  type SetName,
  stageLayout,
  stageQuestionIds,
} from '../assessment-form.ts';
import { useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';
import { QuestionField } from './question-field.tsx';

/**
 * One answer set of an assessment (the impact assessment at its stage, the GenAI tier questions,
 * the PCPD checklist): the template's parts as `h2`, sections as `h3`, each applicable question.
 */
export function AnswerSetForm({
  set,
  template,
  stage,
  answers,
  comments,
  problems,
  isReadOnly,
  onAnswer,
  title,
}: {
  set: SetName;
  template: FormTemplate;
  stage: string | null;
  answers: Record<string, DraftAnswer>;
  comments: Record<string, { reviewerComment?: string | undefined }>;
  problems: Map<string, string[]>;
  isReadOnly: boolean;
  onAnswer: (questionId: string, answer: DraftAnswer) => void;
  title?: string;
}) {
  const t = useMessages(governanceMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const pick = useBilingual();
  const principleName = new Map((template.principles ?? []).map((p) => [p.id, pick(p.name)]));
  const ids = stageQuestionIds(template, stage);
  // A titled set sits under its own h2: its parts and sections go one level down.
  const PartHeading = title ? 'h3' : 'h2';
  const SectionHeading = title ? 'h4' : 'h3';
  return (
    <div className="gov-answer-set" data-set={set}>
      {title ? (
        <h2>
          {title}
          <span className="muted">
            {common('inBrackets', {
              text: t('answeredCount', {
                answered: format.number(answeredCount(answers, ids)),
                total: format.number(ids.length),
              }),
            })}
          </span>
        </h2>
      ) : (
        <p className="muted">
          {t('answeredCount', {
            answered: format.number(answeredCount(answers, ids)),
            total: format.number(ids.length),
          })}
        </p>
      )}
      {stageLayout(template, stage).map((part) => (
        <section key={part.id} className="gov-part" aria-labelledby={`${set}-${part.id}`}>
          <PartHeading id={`${set}-${part.id}`}>{pick(part.title)}</PartHeading>
          {part.description ? <p className="muted">{pick(part.description)}</p> : null}
          {part.sections.map((section) => (
            <div key={section.id}>
              {part.sections.length > 1 || section.title.en !== part.title.en ? (
                <SectionHeading className="gov-section-title">
                  {pick(section.title)}
                  {section.range ? (
                    <span className="muted">{common('inBrackets', { text: section.range })}</span>
                  ) : null}
                </SectionHeading>
              ) : null}
              {section.questions.map((question) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  answer={answers[question.id]}
                  onChange={(answer) => onAnswer(question.id, answer)}
                  principles={(question.principles ?? []).map((id) => principleName.get(id) ?? id)}
                  valueErrors={problems.get(placeKey({ set, questionId: question.id, part: 'value' }))}
                  justificationErrors={problems.get(placeKey({ set, questionId: question.id, part: 'justification' }))}
                  reviewerComment={comments[question.id]?.reviewerComment}
                  isReadOnly={isReadOnly}
                />
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
