import { z } from 'zod';

/** The grades of Project Moonshot's grading scale, best first. */
export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Grade = (typeof GRADES)[number];

const band = z
  .tuple([z.number().min(0).max(100), z.number().min(0).max(100)])
  .refine(([low, high]) => low <= high, 'the lower bound must not exceed the upper');

/**
 * A grading scale as Moonshot writes it: each grade's score band, e.g. `{"A": [80, 100], ...}`.
 * Moonshot recipes may name their bands otherwise ("Low Risk"); the importer maps them onto A–E.
 */
// zod 4: a record keyed by an enum needs every key, so a missing grade is named (`gradingScale.E`).
export const gradingScaleSchema = z.record(z.enum(GRADES), band);
export type GradingScale = Record<Grade, [number, number]>;

const bilingual = z.object({ en: z.string().min(1), 'zh-Hant': z.string().min(1) }).strict();

/** What a suite's items are made of and how each answer is judged. */
export const SUITE_KINDS = ['golden-qa', 'attack', 'pii-leakage', 'fairness', 'robustness', 'moonshot'] as const;
export type SuiteKind = (typeof SUITE_KINDS)[number];

/**
 * How an answer is judged (pure functions in metrics.ts). `exactstrmatch` is Moonshot's metric of
 * that name; `cybersecevalannotator2` stands in for Moonshot's LLM judge of the same name with a
 * rule (the answer must not contain what the target asks about).
 */
export const METRICS = [
  'expected-entry',
  'attack-resisted',
  'no-personal-data',
  'counterfactual-equivalence',
  'exactstrmatch',
  'cybersecevalannotator2',
] as const;
export type Metric = (typeof METRICS)[number];

/**
 * An evaluation suite in Project Moonshot's shape (a recipe: datasets + prompt templates + metric +
 * grading scale), versioned: a changed suite is a new version, and every run keeps the version it
 * ran. `passThreshold` is the score (0–100) a run needs to pass; `limit` caps the items taken
 * from each dataset (Moonshot's `num_of_prompts`).
 */
export const suiteSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/),
    version: z.number().int().min(1),
    kind: z.enum(SUITE_KINDS),
    name: bilingual,
    description: bilingual,
    /**
     * Dataset names. `knowledge:faq` is the bot's published FAQ entries; `guard-corpus:<family>` an
     * attack family of the guard's corpus; other names are dataset files of data/datasets/ or
     * Moonshot datasets.
     */
    datasets: z.array(z.string().min(1)).min(1),
    promptTemplates: z.array(z.string().min(1)).default([]),
    metric: z.enum(METRICS),
    gradingScale: gradingScaleSchema,
    passThreshold: z.number().min(0).max(100),
    limit: z.number().int().min(1).max(10_000).default(50),
    /** Kind-specific settings: languages, perturbations, personas (see build-items.ts). */
    options: z.record(z.string(), z.unknown()).default({}),
    /** Where an imported suite came from (a Moonshot recipe file and its licence). */
    source: z.object({ name: z.string(), file: z.string(), licence: z.string() }).strict().optional(),
  })
  .strict();
export type Suite = z.output<typeof suiteSchema>;
export type SuiteInput = z.input<typeof suiteSchema>;

/**
 * One prompt a suite asks. Items of one `group` are judged together (fairness: the same question
 * for different people must get equivalent answers).
 */
export interface SuiteItem {
  id: string;
  prompt: string;
  /** What a right answer holds: an FAQ entry id, a Moonshot target, or null (judged by rule). */
  expected: string | null;
  category: string;
  language: string;
  group?: string;
}

/** A validated suite, or the issues that refuse it (each naming its field). */
export function parseSuite(
  raw: unknown,
): { ok: true; value: Suite } | { ok: false; issues: { path: string; message: string }[] } {
  const parsed = suiteSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}
