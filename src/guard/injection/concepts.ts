import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * Concepts of intent (src/guard/data/injection-concepts.json): words of every language that make
 * the same move — "ignore", 「忽略」, 「唔使理」 are all `disregard` — so the classifier can learn
 * "disregard near directive" once and meet it in a language or a family it never saw. Latin terms
 * are one word or two (matched as a word or a word bigram); Chinese terms are 1–3 characters
 * (matched as a character n-gram), so concepts come from the tokens the classifier already reads.
 * Each concept also has its name in Traditional Chinese (`zhHant`), for the reasons a reader sees.
 */
export const MAX_CONCEPTS = 32;

const conceptFileSchema = z
  .object({
    /**
     * The edition of the concepts and their terms, which the model's concept weights were trained with
     * (model.ts refuses another). A Chinese name is not matched and changes no feature, so it does not
     * make a new edition.
     */
    version: z.number().int().positive(),
    description: z.string(),
    concepts: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z][a-z-]*$/),
            /** The concept's name in Traditional Chinese, as a verdict names it to a reader: `disregard` is 忽略. */
            zhHant: z.string().regex(/^[\u3400-\u9fff\uf900-\ufaff]{1,6}$/, '1 to 6 Chinese characters'),
            latin: z.array(z.string().regex(/^[a-z0-9']+( [a-z0-9']+)?$/, 'one or two lower-case words')),
            cjk: z.array(z.string().regex(/^[\u3400-\u9fff\uf900-\ufaff]{1,3}$/, '1 to 3 Chinese characters')),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_CONCEPTS),
  })
  .strict();

export interface ConceptLexicon {
  version: number;
  /** Concept ids; a concept's number is its index here. */
  ids: readonly string[];
  /** Each concept's name in Traditional Chinese, by the same number. */
  zhHant: readonly string[];
  /** Term → bit mask of its concepts (a term may serve two, e.g. "output" reveals and replies). */
  terms: ReadonlyMap<string, number>;
}

/** Validates a concept file and indexes its terms. Throws on a malformed file: a broken guard must not start. */
export function loadConceptLexicon(raw: unknown): ConceptLexicon {
  const file = conceptFileSchema.parse(raw);
  const terms = new Map<string, number>();
  file.concepts.forEach((concept, i) => {
    for (const term of [...concept.latin, ...concept.cjk]) terms.set(term, (terms.get(term) ?? 0) | (1 << i));
  });
  return {
    version: file.version,
    ids: file.concepts.map((c) => c.id),
    zhHant: file.concepts.map((c) => c.zhHant),
    terms,
  };
}

let cached: ConceptLexicon | undefined;

/** The committed lexicon, read and validated once. */
export function defaultConceptLexicon(): ConceptLexicon {
  cached ??= loadConceptLexicon(
    JSON.parse(readFileSync(new URL('../data/injection-concepts.json', import.meta.url), 'utf8')) as unknown,
  );
  return cached;
}

/** Concept features: one per concept present, one per unordered pair of concepts found near each other. */
export const CONCEPT_FEATURES = MAX_CONCEPTS + MAX_CONCEPTS * MAX_CONCEPTS;
/** Two concept words at most this many characters apart form a pair ("ignore … instructions"). */
export const PAIR_SPAN = 48;

export const conceptFeature = (a: number): number => a;
export const conceptPairFeature = (a: number, b: number): number =>
  MAX_CONCEPTS + Math.min(a, b) * MAX_CONCEPTS + Math.max(a, b);

/**
 * Human-readable name of a concept feature, for verdict reasons, by its ids or its Chinese names.
 *
 * @example conceptFeatureName(lexicon, conceptPairFeature(0, 2)) // 'disregard + directive'
 * @example conceptFeatureName(lexicon, conceptPairFeature(0, 2), 'zhHant') // '忽略 + 指示'
 */
export function conceptFeatureName(lexicon: ConceptLexicon, feature: number, language: 'en' | 'zhHant' = 'en'): string {
  const names = language === 'en' ? lexicon.ids : lexicon.zhHant;
  if (feature < MAX_CONCEPTS) return names[feature] ?? `${language === 'en' ? 'concept' : '概念'} ${feature}`;
  const pair = feature - MAX_CONCEPTS;
  const a = Math.floor(pair / MAX_CONCEPTS);
  const b = pair % MAX_CONCEPTS;
  return `${names[a] ?? a} + ${names[b] ?? b}`;
}
