import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { Page, ProblemMessage, QueryView, Section } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { ProblemError } from '../../../lib/problem.ts';
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
  type Draft,
  type DraftAnswer,
  draftOf,
  type FormTemplate,
  patchOf,
  problemsByPlace,
  type SetName,
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
  return <QueryView query={assessment}>{(loaded) => <AssessmentForm key={loaded.id} assessment={loaded} />}</QueryView>;
}

function AssessmentForm({ assessment }: { assessment: Assessment }) {
  const t = useMessages(governanceMessages);
  const common = useMessages(commonMessages);
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
  const submit = useSubmitAssessment(assessment.id);
  // The server's answers: the baseline a save sends the difference from (the draft keeps the officer's edits).
  const saved = draftOf(assessment);
  const [draft, setDraft] = useState<Draft>(saved);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const editable = assessment.status === 'draft' && me.can('governance:prepare');
  const stageName = t(valueKey('stage', assessment.stage));
  const problemSource =
    submitError instanceof ProblemError ? submitError : save.error instanceof ProblemError ? save.error : null;
  const problems = problemsByPlace(problemSource?.problem.errors ?? []);
  const queued = queue.data?.find((item) => item.assessmentId === assessment.id);
  // The capacities the reviewer came to act in: kept once known, so the decision panel (and its
  // announcement) stays after the decision takes the assessment out of their queue.
  const [reviewAs, setReviewAs] = useState<Capacity[] | null>(null);
  useEffect(() => {
    if (queued && reviewAs === null && assessment.status === 'in_review') setReviewAs(queued.capacities);
  }, [queued, reviewAs, assessment.status]);
  const onAnswer = (set: SetName) => (questionId: string, answer: DraftAnswer) =>
    setDraft((current) => ({ ...current, [set]: { ...current[set], [questionId]: answer } }));

  /** Saves what changed; resolves false when the server refused it. */
  const saveChanges = async (): Promise<boolean> => {
    const patch = patchOf(saved, draft);
    if (Object.keys(patch).length === 0) return true;
    try {
      await save.mutateAsync(patch);
      return true;
    } catch {
      return false;
    }
  };
  const onSave = async () => {
    setNotice(null);
    setSubmitError(null);
    if (await saveChanges()) setNotice(t('savedDraft'));
  };
  const onSubmit = async () => {
    setNotice(null);
    setSubmitError(null);
    if (!(await saveChanges())) return;
    submit.mutate(undefined, {
      onSuccess: () => setNotice(t('submitted')),
      onError: (error) => setSubmitError(error),
    });
  };
  const templates = [impact, ...(tierSet ? [tier] : []), ...(privacySet ? [privacy] : [])];
  const loading = templates.find((query) => !query.isSuccess);

  return (
    <Page
      title={t('assessmentTitle', { stage: stageName, name: entry.data ? pick(entry.data.name) : '' })}
      description={t('assessmentIntro', {
        template: assessment.templates.join(', '),
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
            answers={draft.answers}
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
              answers={draft.tierAnswers}
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
              answers={draft.privacyAnswers}
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
      {editable ? (
        <div className="gov-sticky-actions">
          <Button className="button" isDisabled={save.isPending || submit.isPending} onPress={() => void onSave()}>
            {save.isPending ? common('saving') : t('saveDraft')}
          </Button>
          <Button
            className="button button-primary"
            isDisabled={save.isPending || submit.isPending}
            onPress={() => void onSubmit()}
          >
            {t('submit')}
          </Button>
        </div>
      ) : null}
      <div role="status">{notice ? <p className="notice">{notice}</p> : null}</div>
      {problemSource ? (
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
    </Page>
  );
}
