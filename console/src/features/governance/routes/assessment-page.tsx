import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { OthersChanged, Page, ProblemMessage, QueryView, Section } from '../../../components/index.ts';
import { commonMessages, useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { isChangedMeanwhile, ProblemError } from '../../../lib/problem.ts';
import { readAgainIfChangedMeanwhile } from '../../../lib/read-again.ts';
import { useRebasingDraft } from '../../../lib/rebasing-draft.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import {
  type Assessment,
  assessmentQuery,
  type Capacity,
  reviewQueueQuery,
  templateQuery,
  useSaveAnswers,
  useSubmitAssessment,
} from '../api/assessments-api.ts';
import { catalogueEntryQuery } from '../api/catalogue-api.ts';
import {
  basesOf,
  type DraftAnswer,
  draftOf,
  type FormTemplate,
  patchOf,
  problemsByPlace,
  type QuestionRef,
  rebasedDraft,
  type SetName,
  withTheirAnswer,
} from '../assessment-form.ts';
import { AnswerSetForm } from '../components/answer-set-form.tsx';
import { DecisionPanel } from '../components/decision-panel.tsx';
import { DecisionsTable } from '../components/decisions-table.tsx';
import { RiskSection } from '../components/risk-section.tsx';
import { valueKey } from '../labels.ts';
import { useBilingual } from '../localized.ts';
import { governanceMessages } from '../messages.ts';

/** `/console/governance/assessments/:id`: answer a stage's assessment, or review it. */
export default function AssessmentPage() {
  const { id = '' } = useParams();
  const assessment = useQuery(assessmentQuery(id));
  return (
    <QueryView query={assessment} asPage>
      {(loaded) => <AssessmentForm key={loaded.id} assessment={loaded} />}
    </QueryView>
  );
}

function AssessmentForm({ assessment }: { assessment: Assessment }) {
  const t = useMessages(governanceMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const pick = useBilingual();
  const me = useCurrentUser();
  const entry = useQuery(catalogueEntryQuery(assessment.applicationId));
  const impact = useQuery(templateQuery(assessment.templateId, assessment.templateVersion));
  const tierSet = assessment.tierAnswers;
  const privacySet = assessment.privacyAnswers;
  const tier = useQuery({
    ...templateQuery(tierSet?.templateId ?? '', tierSet?.templateVersion ?? ''),
    enabled: tierSet !== null,
  });
  const privacy = useQuery({
    ...templateQuery(privacySet?.templateId ?? '', privacySet?.templateVersion ?? ''),
    enabled: privacySet !== null,
  });
  const queue = useQuery({ ...reviewQueueQuery, enabled: me.can('governance:endorse') });
  const save = useSaveAnswers(assessment.id);
  const sendSave = useSendOnce(save);
  const submit = useSubmitAssessment(assessment.id);
  const sendSubmit = useSendOnce(submit);
  // The server's answers now, and the ones the officer's draft was made from: a save sends the
  // difference from its base, with the base (the server refuses to overwrite an answer someone else
  // saved since). Newer answers read meanwhile become the base, the officer's changes moved onto them.
  const saved = draftOf(assessment);
  const { base, draft, clashes, theirs, setDraft, takeTheirs } = useRebasingDraft({
    keptAs: `assessment.${assessment.id}`,
    latest: saved,
    rebase: rebasedDraft,
    withTheirs: withTheirAnswer,
    samePart: sameQuestion,
  });
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);

  const editable = assessment.status === 'draft' && me.can('governance:prepare');
  // Read-only, the page shows what is saved: never a kept draft's unsaved answers as the assessment's.
  const shown = editable ? draft : saved;
  const stageName = t(valueKey('stage', assessment.stage));
  const problemSource =
    submit.error instanceof ProblemError ? submit.error : save.error instanceof ProblemError ? save.error : null;
  const changedMeanwhile = isChangedMeanwhile(problemSource);
  // Questions both answered are marked from the draft's own record (their answer can be taken, the mark goes with it).
  const problems = problemsByPlace([
    ...clashes.map((clash) => ({ field: `${clash.set}.${clash.questionId}`, message: t('theyAnsweredThis') })),
    ...(problemSource?.problem.errors ?? []).filter((issue) => issue.code !== 'changed_meanwhile'),
  ]);
  const queued = queue.data?.find((item) => item.assessmentId === assessment.id);
  // The capacities the reviewer came to act in: kept once known, so the decision panel (and its
  // announcement) stays after the decision takes the assessment out of their queue.
  const [reviewAs, setReviewAs] = useState<Capacity[] | null>(null);
  useEffect(() => {
    if (queued && reviewAs === null && assessment.status === 'in_review') setReviewAs(queued.capacities);
  }, [queued, reviewAs, assessment.status]);
  const onAnswer = (set: SetName) => (questionId: string, answer: DraftAnswer) =>
    setDraft((current) => ({ ...current, [set]: { ...current[set], [questionId]: answer } }));

  /** Saves what changed, then `next` (at once when nothing changed; not when the server refused). */
  const saveThen = (next: () => void) => {
    const patch = patchOf(base, draft);
    if (Object.keys(patch).length === 0) return next();
    // Someone else answered the same questions meanwhile: their answers are read, and the draft moves onto them.
    sendSave(
      { ...patch, base: basesOf(base, patch) },
      next,
      readAgainIfChangedMeanwhile(queryClient, assessmentQuery(assessment.id)),
    );
  };
  const onSave = () => {
    setNotice(null);
    submit.reset();
    saveThen(() => setNotice(t('savedDraft')));
  };
  const onSubmit = () => {
    setNotice(null);
    submit.reset();
    saveThen(() => sendSubmit(undefined, () => setNotice(t('submitted'))));
  };
  const templates = [impact, ...(tierSet ? [tier] : []), ...(privacySet ? [privacy] : [])];
  const loading = templates.find((query) => !query.isSuccess);
  // The templates by their titles once read (by id and edition until then: `hk-aiaia@1.4`).
  const titled = templates.flatMap((query) => (query.data ? [`${pick(query.data.title)} ${query.data.version}`] : []));
  const templateWords = titled.length === templates.length ? titled : assessment.templates;

  return (
    <Page
      title={t('assessmentTitle', { stage: stageName, name: entry.data ? pick(entry.data.name) : '' })}
      description={t('assessmentIntro', {
        template: format.list(templateWords),
        status: t(valueKey('assessment', assessment.status)),
      })}
      actions={
        <Link className="button" to={`/governance/applications/${assessment.applicationId}`}>
          {t('backToApplication')}
        </Link>
      }
    >
      {!editable ? (
        <p className="notice">{t('readOnly', { status: t(valueKey('assessment', assessment.status)) })}</p>
      ) : null}
      {assessment.derivation ? (
        <RiskSection riskLevel={entry.data?.riskLevel ?? null} derivation={assessment.derivation} />
      ) : null}
      {loading ? (
        <QueryView query={loading}>{() => null}</QueryView>
      ) : (
        <>
          <AnswerSetForm
            set="answers"
            template={impact.data as FormTemplate}
            stage={assessment.stage}
            answers={shown.answers}
            comments={assessment.answers}
            problems={problems}
            isReadOnly={!editable}
            onAnswer={onAnswer('answers')}
          />
          {tierSet && tier.data ? (
            <AnswerSetForm
              set="tierAnswers"
              title={t('tierSetTitle')}
              template={tier.data as FormTemplate}
              stage={null}
              answers={shown.tierAnswers}
              comments={tierSet.answers}
              problems={problems}
              isReadOnly={!editable}
              onAnswer={onAnswer('tierAnswers')}
            />
          ) : null}
          {privacySet && privacy.data ? (
            <AnswerSetForm
              set="privacyAnswers"
              title={t('privacySetTitle')}
              template={privacy.data as FormTemplate}
              stage={null}
              answers={shown.privacyAnswers}
              comments={privacySet.answers}
              problems={problems}
              isReadOnly={!editable}
              onAnswer={onAnswer('privacyAnswers')}
            />
          ) : null}
        </>
      )}
      {assessment.decisions.length > 0 || assessment.status !== 'draft' ? (
        <Section id="decisions" title={t('sectionDecisions')}>
          <DecisionsTable decisions={assessment.decisions} />
        </Section>
      ) : null}
      {reviewAs ? <DecisionPanel assessmentId={assessment.id} capacities={reviewAs} /> : null}
      {/* While the form is editable its buttons stay at the foot of the window, and what a save or a
          submit answered sits just above them: a sighted officer who pressed Save mid-page sees it
          there, not at the foot of a page of sixty questions. */}
      <div className={editable ? 'gov-sticky-actions' : undefined}>
        <div className="gov-sticky-feedback">
          <div role="status">{notice ? <p className="notice">{notice}</p> : null}</div>
          {theirs > 0 ? (
            <OthersChanged
              summary={t('othersAnswered', { count: theirs })}
              choicesIntro={t('othersClash')}
              choices={clashes.map((clash) => ({
                id: `${clash.set}/${clash.questionId}`,
                label: t('useTheirAnswer', { question: questionLabel(templates, clash) }),
              }))}
              onTakeTheirs={(id) => {
                const clash = clashes.find((one) => `${one.set}/${one.questionId}` === id);
                if (clash) takeTheirs(clash);
              }}
            />
          ) : null}
          {changedMeanwhile ? null : problemSource ? (
            <div role="alert" className="problem">
              <p className="problem-title">
                {problemSource.problem.status === 422
                  ? t('submitRefused', { count: problemSource.problem.errors.length })
                  : problemSource.problem.detail}
              </p>
            </div>
          ) : submit.error || save.error ? (
            <ProblemMessage error={submit.error ?? save.error} />
          ) : null}
        </div>
        {editable ? (
          <div className="gov-sticky-buttons">
            <Button className="button" isPending={save.isPending || submit.isPending} onPress={() => void onSave()}>
              {save.isPending ? common('saving') : t('saveDraft')}
            </Button>
            <Button
              className="button button-primary"
              isPending={save.isPending || submit.isPending}
              onPress={() => void onSubmit()}
            >
              {t('submit')}
            </Button>
          </div>
        ) : null}
      </div>
    </Page>
  );
}

const sameQuestion = (a: QuestionRef, b: QuestionRef) => a.set === b.set && a.questionId === b.questionId;

/** A question as the officer finds it on the page: its number in its template, or its id. */
function questionLabel(templates: ReadonlyArray<{ data?: unknown }>, clash: QuestionRef): string {
  for (const template of templates) {
    const found = (template.data as FormTemplate | undefined)?.parts
      .flatMap((part) => part.sections.flatMap((section) => section.questions))
      .find((question) => question.id === clash.questionId);
    if (found) return found.number ?? found.id;
  }
  return clash.questionId;
}
