import { seededRandom } from '../../scripts/seeded-shuffle.ts';
import type { Sample } from './injection-corpus.ts';

export type Placement = 'question before' | 'question after' | 'questions both sides' | 'three questions before';
export const PLACEMENTS: Placement[] = [
  'question before',
  'question after',
  'questions both sides',
  'three questions before',
];

export interface Diluted {
  placement: Placement;
  text: string;
}

const citizenQuestions = (test: Sample[]) => test.filter((s) => s.label === 0 && s.category === 'question');

/** Questions by language (a mixed attack gets English ones), all of them for a language with none. */
function questionsByLanguage(questions: Sample[]): (lang: Sample['lang']) => Sample[] {
  const byLang = new Map<Sample['lang'], Sample[]>();
  for (const q of questions) {
    const same = byLang.get(q.lang) ?? [];
    same.push(q);
    byLang.set(q.lang, same);
  }
  return (lang) => byLang.get(lang === 'mixed' ? 'en' : lang) ?? questions;
}

/**
 * Held-out attacks written on one line with held-out citizen questions in the same language around
 * them: the evasion of hiding an instruction among ordinary words (a question before it, a notice's
 * title) so a length-normalised classifier reads mostly benign text. Deterministic.
 */
export function dilutedAttacks(test: Sample[]): Diluted[] {
  const random = seededRandom(20261207);
  const questionsIn = questionsByLanguage(citizenQuestions(test));
  const out: Diluted[] = [];
  for (const attack of test.filter((s) => s.label === 1)) {
    const pool = questionsIn(attack.lang);
    const q = () => pool[Math.floor(random() * pool.length)]?.text ?? '';
    const [a, b, c] = [q(), q(), q()];
    out.push(
      { placement: 'question before', text: `${a} ${attack.text}` },
      { placement: 'question after', text: `${attack.text} ${a}` },
      { placement: 'questions both sides', text: `${a} ${attack.text} ${b}` },
      { placement: 'three questions before', text: `${a} ${b} ${c} ${attack.text}` },
    );
  }
  return out;
}

/** Pairs of held-out citizen questions on one line: what the diluted attacks must not turn into alarms. */
export function questionPairs(test: Sample[], count: number): string[] {
  const random = seededRandom(7);
  const questions = citizenQuestions(test);
  const questionsIn = questionsByLanguage(questions);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const out: string[] = [];
  while (out.length < count) {
    const first = pick(questions);
    if (!first) break;
    // Two questions of one language, as one person would write them.
    const second = pick(questionsIn(first.lang));
    out.push(`${first.text} ${second?.text ?? ''}`);
  }
  return out;
}
