import type { Glossary } from './glossary.ts';
import { checkSentence, type GlossaryViolation, type TargetLanguage } from './glossary-check.ts';
import type { TranslationResult } from './translation-types.ts';

/** One sentence under review: what the machine gave, what stands now, and the officer's verdict. */
export interface ReviewSentence {
  id: number;
  paragraph: number;
  source: string;
  /** The translation as produced (model or conversion); kept so an edit can be compared with it. */
  machine: string | null;
  /** The translation as it stands (the officer's wording once edited). */
  target: string | null;
  status: 'pending' | 'accepted' | 'edited';
  violations: GlossaryViolation[];
}

/** A translation under side-by-side review: plain data the API stores and passes back. */
export interface TranslationReview {
  from: TargetLanguage;
  to: TargetLanguage;
  sentences: ReviewSentence[];
}

/** The officer's step on one sentence: accept it as it stands, or replace it with their wording (which also settles it). */
export type ReviewAction = { sentence: number; action: 'accept' } | { sentence: number; action: 'edit'; text: string };

export interface ReviewIssue {
  code: 'unknown_sentence' | 'empty_translation' | 'nothing_to_accept';
  path: (string | number)[];
  message: string;
  messageZh: string;
}

export type ReviewResult = { ok: true; value: TranslationReview } | { ok: false; issues: ReviewIssue[] };

/** A review of a translation, every sentence pending. */
export function startReview(result: TranslationResult): TranslationReview {
  return {
    from: result.from,
    to: result.to,
    sentences: result.sentences.map((sentence) => ({
      id: sentence.id,
      paragraph: sentence.paragraph,
      source: sentence.source,
      machine: sentence.target,
      target: sentence.target,
      status: 'pending',
      violations: sentence.violations,
    })),
  };
}

/**
 * Applies one accept or edit and checks the sentence against the glossary again. Pure: returns a
 * new review (the old one is unchanged), or issues naming what is wrong; storing and auditing the
 * step is the caller's.
 *
 * @example
 * const next = applyReview(review, { sentence: 2, action: 'edit', text: '屋宇署表示…' }, glossary);
 * if (next.ok) next.value.sentences[1].violations // rechecked
 */
export function applyReview(review: TranslationReview, step: ReviewAction, glossary: Glossary | null): ReviewResult {
  const index = review.sentences.findIndex((sentence) => sentence.id === step.sentence);
  const current = review.sentences[index];
  if (!current) {
    return fail('unknown_sentence', ['sentence'], `no sentence ${step.sentence}`, `沒有第 ${step.sentence} 句`);
  }
  let next: ReviewSentence;
  if (step.action === 'edit') {
    const text = step.text.trim();
    if (text === '') {
      return fail('empty_translation', ['text'], 'the translation is empty', '譯文是空的');
    }
    next = { ...current, target: text, status: 'edited', violations: check(current.source, text, review, glossary) };
  } else {
    if (current.target === null) {
      return fail(
        'nothing_to_accept',
        ['sentence'],
        `sentence ${step.sentence} has no translation to accept: edit it`,
        `第 ${step.sentence} 句沒有可接納的譯文，請編輯`,
      );
    }
    next = { ...current, status: 'accepted', violations: check(current.source, current.target, review, glossary) };
  }
  const sentences = review.sentences.slice();
  sentences[index] = next;
  return { ok: true, value: { ...review, sentences } };
}

/** How far a review is: sentences by status, violations left, and whether every sentence is settled. */
export function reviewProgress(review: TranslationReview) {
  const count = (status: ReviewSentence['status']) => review.sentences.filter((s) => s.status === status).length;
  const pending = count('pending');
  return {
    accepted: count('accepted'),
    edited: count('edited'),
    pending,
    violations: review.sentences.reduce((sum, sentence) => sum + sentence.violations.length, 0),
    complete: pending === 0,
  };
}

function check(source: string, target: string, review: TranslationReview, glossary: Glossary | null) {
  return glossary ? checkSentence(source, target, glossary, review.from, review.to) : [];
}

function fail(code: ReviewIssue['code'], path: ReviewIssue['path'], en: string, zh: string): ReviewResult {
  return { ok: false, issues: [{ code, path, message: en, messageZh: zh }] };
}

/**
 * The translation as it stands, paragraphs as in the source: Chinese sentences joined directly,
 * English ones with a space; a sentence without a translation is left out (the review says which).
 *
 * @example reviewedText(review) // '衞生署今日公佈。\n立法會明日開會。'
 */
export function reviewedText(review: TranslationReview): string {
  const joiner = review.to === 'en' ? ' ' : '';
  const paragraphs = new Map<number, string[]>();
  for (const sentence of review.sentences) {
    if (sentence.target === null) continue;
    paragraphs.set(sentence.paragraph, [...(paragraphs.get(sentence.paragraph) ?? []), sentence.target]);
  }
  return [...paragraphs.values()].map((sentences) => sentences.join(joiner)).join('\n');
}
