import { changedMeanwhile } from '../../lib/changed-meanwhile.ts';

/**
 * The assessment form's logic, apart from React: which questions a stage asks (grouped by part and
 * section as the template lays them out), the draft an officer edits, what changed since the last
 * save, and where each refusal the server names belongs.
 */

export type Kind = 'yes_no' | 'yes_no_na' | 'text' | 'go_no_go' | 'level';
export type SetName = 'answers' | 'tierAnswers' | 'privacyAnswers';
export const SET_NAMES: readonly SetName[] = ['answers', 'tierAnswers', 'privacyAnswers'];

interface Localized {
  en: string;
  zhHant: string;
}
export interface FormQuestion {
  id: string;
  number?: string | undefined;
  kind: Kind;
  text: Localized;
  help?: Localized | undefined;
  stages?: readonly string[] | undefined;
  principles?: readonly string[] | undefined;
}
export interface FormTemplate {
  id: string;
  version: string;
  title: Localized;
  stages?: readonly string[] | undefined;
  principles?: ReadonlyArray<{ id: string; name: Localized }> | undefined;
  parts: ReadonlyArray<{
    id: string;
    title: Localized;
    description?: Localized | undefined;
    sections: ReadonlyArray<{
      id: string;
      title: Localized;
      range?: string | undefined;
      questions: readonly FormQuestion[];
    }>;
  }>;
}

/** The values each closed kind takes, in the order the form offers them. */
export const KIND_VALUES: Record<Exclude<Kind, 'text'>, readonly string[]> = {
  yes_no: ['yes', 'no'],
  yes_no_na: ['yes', 'no', 'na'],
  go_no_go: ['go', 'no_go', 'escalate'],
  level: ['low', 'medium', 'high'],
};

/**
 * The parts and sections with the questions that apply at `stage` (those naming it or naming no
 * stage; all of them for a template without stages or a null stage). Empty sections and parts go.
 */
export function stageLayout(template: FormTemplate, stage: string | null) {
  const applies = (q: FormQuestion) => !template.stages || stage === null || !q.stages || q.stages.includes(stage);
  return template.parts
    .map((part) => ({
      ...part,
      sections: part.sections
        .map((section) => ({ ...section, questions: section.questions.filter(applies) }))
        .filter((section) => section.questions.length > 0),
    }))
    .filter((part) => part.sections.length > 0);
}

/** The question ids a stage asks, in reading order. */
export function stageQuestionIds(template: FormTemplate, stage: string | null): string[] {
  return stageLayout(template, stage).flatMap((part) =>
    part.sections.flatMap((section) => section.questions.map((q) => q.id)),
  );
}

export interface DraftAnswer {
  value: string;
  justification: string;
}
export type Draft = Record<SetName, Record<string, DraftAnswer>>;

type Stored = Record<string, { value: string; justification?: string | undefined }>;

/** The editable copy of an assessment's stored answer sets. */
export function draftOf(sets: {
  answers: Stored;
  tierAnswers: { answers: Stored } | null;
  privacyAnswers: { answers: Stored } | null;
}): Draft {
  const copy = (answers: Stored | undefined) =>
    Object.fromEntries(
      Object.entries(answers ?? {}).map(([id, a]) => [id, { value: a.value, justification: a.justification ?? '' }]),
    );
  return {
    answers: copy(sets.answers),
    tierAnswers: copy(sets.tierAnswers?.answers),
    privacyAnswers: copy(sets.privacyAnswers?.answers),
  };
}

/**
 * The PATCH body for what changed between `saved` and `draft`: changed or new answers, null for
 * cleared ones; a blank text answer counts as cleared; a justification is sent only with N/A.
 * Empty when nothing changed.
 */
export function patchOf(
  saved: Draft,
  draft: Draft,
): Partial<Record<SetName, Record<string, { value: string; justification?: string } | null>>> {
  const patch: Partial<Record<SetName, Record<string, { value: string; justification?: string } | null>>> = {};
  for (const name of SET_NAMES) {
    const changes: Record<string, { value: string; justification?: string } | null> = {};
    const ids = new Set([...Object.keys(saved[name]), ...Object.keys(draft[name])]);
    for (const id of ids) {
      const before = saved[name][id];
      const after = draft[name][id];
      const value = after?.value.trim() ?? '';
      if (!value) {
        if (before) changes[id] = null;
        continue;
      }
      const justification = after?.value === 'na' ? after.justification.trim() : '';
      if (
        before &&
        before.value === after?.value &&
        (before.value !== 'na' || before.justification === justification)
      ) {
        continue;
      }
      changes[id] = justification ? { value: after?.value ?? value, justification } : { value: after?.value ?? value };
    }
    if (Object.keys(changes).length > 0) patch[name] = changes;
  }
  return patch;
}

type AnswerSent = { value: string; justification?: string } | null;

/** Two answers alike as saving reads them: both unanswered (blank counts as unanswered), or the same value and, for N/A, the same reason. */
export function sameAnswer(a: DraftAnswer | undefined, b: DraftAnswer | undefined): boolean {
  const valueA = a?.value.trim() ?? '';
  const valueB = b?.value.trim() ?? '';
  if (!valueA || !valueB) return !valueA && !valueB;
  return a?.value === b?.value && (a?.value !== 'na' || a.justification.trim() === b?.justification.trim());
}

/**
 * What each question a save changes held in `base` (null: unanswered), sent with it so that the
 * server refuses a question someone else has answered otherwise since.
 */
export function basesOf(
  base: Draft,
  patch: ReturnType<typeof patchOf>,
): Partial<Record<SetName, Record<string, AnswerSent>>> {
  const bases: Partial<Record<SetName, Record<string, AnswerSent>>> = {};
  for (const name of SET_NAMES) {
    const changes = patch[name];
    if (!changes) continue;
    bases[name] = Object.fromEntries(
      Object.keys(changes).map((id) => {
        const answer = base[name][id];
        if (!answer?.value.trim()) return [id, null];
        const justification = answer.value === 'na' ? answer.justification.trim() : '';
        return [id, justification ? { value: answer.value, justification } : { value: answer.value }];
      }),
    );
  }
  return bases;
}

/** One question of one answer set. */
export interface QuestionRef {
  set: SetName;
  questionId: string;
}

/** `draft` with one question answered as in `theirs` (unanswered if it is there). */
export function withTheirAnswer(draft: Draft, theirs: Draft, { set, questionId }: QuestionRef): Draft {
  const answers = { ...draft[set] };
  const answer = theirs[set][questionId];
  if (answer) answers[questionId] = answer;
  else delete answers[questionId];
  return { ...draft, [set]: answers };
}

/**
 * The officer's changes to `base` moved onto `latest`, what the server holds now: the questions the
 * officer changed keep their answers, every other shows what was saved. `theirs` counts the answers
 * someone else saved that differ from what the officer had; `clashes` are those to questions the
 * officer changed too — the ones the server refuses to overwrite.
 */
export function rebasedDraft(
  base: Draft,
  draft: Draft,
  latest: Draft,
): { draft: Draft; clashes: QuestionRef[]; theirs: number } {
  const next: Draft = {
    answers: { ...latest.answers },
    tierAnswers: { ...latest.tierAnswers },
    privacyAnswers: { ...latest.privacyAnswers },
  };
  const clashes: QuestionRef[] = [];
  let theirs = 0;
  for (const name of SET_NAMES) {
    const ids = new Set([...Object.keys(base[name]), ...Object.keys(draft[name]), ...Object.keys(latest[name])]);
    const mine = [...ids].filter((questionId) => !sameAnswer(base[name][questionId], draft[name][questionId]));
    for (const questionId of mine) {
      const answer = draft[name][questionId];
      if (answer) next[name][questionId] = answer;
      else delete next[name][questionId];
    }
    const others = changedMeanwhile(ids, { base: base[name], stored: latest[name], next: draft[name] }, sameAnswer);
    theirs += others.length;
    clashes.push(
      ...others.filter((questionId) => mine.includes(questionId)).map((questionId) => ({ set: name, questionId })),
    );
  }
  return { draft: next, clashes, theirs };
}

/** Where a refusal belongs: `answers.Q12.justification`, `body.tierAnswers.H1.value`, `answers.header.owner`. */
export interface FieldPlace {
  set: SetName;
  questionId: string;
  part: 'value' | 'justification';
}

/**
 * Reads a problem's field name back to its question. Question ids may hold dots (`header.owner`,
 * AI Verify's `1.2.3`), so only a trailing `.value` / `.justification` is taken off.
 */
export function placeOf(field: string): FieldPlace | null {
  const path = field.replace(/^body\./, '');
  const dot = path.indexOf('.');
  if (dot < 0) return null;
  const set = path.slice(0, dot) as SetName;
  if (!SET_NAMES.includes(set)) return null;
  let rest = path.slice(dot + 1);
  let part: FieldPlace['part'] = 'value';
  if (rest.endsWith('.justification')) {
    part = 'justification';
    rest = rest.slice(0, -'.justification'.length);
  } else if (rest.endsWith('.value')) {
    rest = rest.slice(0, -'.value'.length);
  }
  return rest ? { set, questionId: rest, part } : null;
}

/** Refusals keyed `set/questionId/part`, so each question shows its own beside it. */
export function problemsByPlace(errors: ReadonlyArray<{ field: string; message: string }>): Map<string, string[]> {
  const byPlace = new Map<string, string[]>();
  for (const error of errors) {
    const place = placeOf(error.field);
    if (!place) continue;
    const key = placeKey(place);
    byPlace.set(key, [...(byPlace.get(key) ?? []), error.message]);
  }
  return byPlace;
}

export const placeKey = (place: FieldPlace) => `${place.set}/${place.questionId}/${place.part}`;

/** How many of `ids` have an answer (N/A counts once justified). */
export function answeredCount(answers: Record<string, DraftAnswer>, ids: readonly string[]): number {
  return ids.filter((id) => {
    const answer = answers[id];
    if (!answer?.value.trim()) return false;
    return answer.value !== 'na' || answer.justification.trim() !== '';
  }).length;
}
