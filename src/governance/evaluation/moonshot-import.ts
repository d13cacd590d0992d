import { z } from 'zod';
import { MOONSHOT_DEFAULT_SCALE } from './grading.ts';
import { GRADES, type GradingScale, METRICS, type Metric, type Suite, suiteSchema } from './suite.ts';

/** A Moonshot recipe file (`recipes/<id>.json`), as Moonshot writes it. */
export const moonshotRecipeSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  tags: z.array(z.string()).default([]),
  categories: z.array(z.string()).default([]),
  datasets: z.array(z.string().min(1)).min(1),
  prompt_templates: z.array(z.string()).default([]),
  metrics: z.array(z.string()).min(1),
  grading_scale: z.record(z.string(), z.tuple([z.number(), z.number()])).default({}),
});
export type MoonshotRecipe = z.output<typeof moonshotRecipeSchema>;

/** A Moonshot cookbook file: a named list of recipe ids. */
export const moonshotCookbookSchema = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  recipes: z.array(z.string().min(1)).min(1),
});
export type MoonshotCookbook = z.output<typeof moonshotCookbookSchema>;

/** One example of a Moonshot dataset: a prompt and its target. */
export interface MoonshotExample {
  input: string;
  target: string;
}

/** A Moonshot prompt template: Jinja text with `{{ prompt }}`. */
export const moonshotTemplateSchema = z.object({ name: z.string(), description: z.string(), template: z.string() });

/** The Moonshot metrics LionRock runs, mapped to its own (the rest refuse the recipe). */
const METRIC_OF: Record<string, Metric> = {
  exactstrmatch: 'exactstrmatch',
  cybersecevalannotator2: 'cybersecevalannotator2',
  cybersecevalannotator: 'cybersecevalannotator2',
};

export type ImportResult =
  | { ok: true; suite: Suite; missing: string[] }
  | { ok: false; issues: { path: string; message: string }[] };

/**
 * A Moonshot recipe as a LionRock suite: same datasets, templates, metric and grading scale. A scale
 * whose bands Moonshot names otherwise ("Low Risk" … "High Risk") keeps its bands, best first, as
 * A–E. Datasets the library lacks are listed in `missing` and left out; none at all refuses it.
 *
 * @example importMoonshotRecipe('cbbq-lite', raw, { hasDataset: (n) => library.has(n), hasTemplate: () => true })
 */
export function importMoonshotRecipe(
  id: string,
  raw: unknown,
  library: { hasDataset(name: string): boolean; hasTemplate(name: string): boolean },
  options: { limit?: number; passThreshold?: number; file?: string } = {},
): ImportResult {
  const parsed = moonshotRecipeSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    };
  }
  const recipe = parsed.data;
  const metric = recipe.metrics.map((m) => METRIC_OF[m]).find((m) => m !== undefined);
  if (!metric || !METRICS.includes(metric)) {
    return {
      ok: false,
      issues: [{ path: 'metrics', message: `no metric LionRock runs among ${recipe.metrics.join(', ')}` }],
    };
  }
  const datasets = recipe.datasets.filter((d) => library.hasDataset(d));
  const missing = recipe.datasets.filter((d) => !library.hasDataset(d));
  if (!datasets.length) return { ok: false, issues: [{ path: 'datasets', message: 'none of its datasets is here' }] };
  const templates = recipe.prompt_templates.filter((t) => library.hasTemplate(t));
  missing.push(...recipe.prompt_templates.filter((t) => !library.hasTemplate(t)));
  const result = suiteSchema.safeParse({
    id: `moonshot-${id}`,
    version: 1,
    kind: 'moonshot',
    name: { en: recipe.name, 'zh-Hant': recipe.name },
    description: { en: recipe.description || recipe.name, 'zh-Hant': recipe.description || recipe.name },
    datasets,
    promptTemplates: templates,
    metric,
    gradingScale: toGrades(recipe.grading_scale),
    passThreshold: options.passThreshold ?? 60,
    limit: options.limit ?? 5,
    source: { name: recipe.name, file: options.file ?? `recipes/${id}.json`, licence: 'Apache-2.0 (Project Moonshot)' },
  });
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    };
  }
  return { ok: true, suite: result.data, missing };
}

/**
 * A Moonshot cookbook: each of its recipes imported; a recipe that is not here is reported, not fatal.
 */
export function importMoonshotCookbook(
  raw: unknown,
  recipes: ReadonlyMap<string, unknown>,
  library: { hasDataset(name: string): boolean; hasTemplate(name: string): boolean },
  options: { limit?: number } = {},
): { name: string; suites: Suite[]; missing: string[] } {
  const cookbook = moonshotCookbookSchema.parse(raw);
  const suites: Suite[] = [];
  const missing: string[] = [];
  for (const id of cookbook.recipes) {
    const recipe = recipes.get(id);
    const imported = recipe === undefined ? null : importMoonshotRecipe(id, recipe, library, options);
    if (imported?.ok) suites.push(imported.suite);
    else missing.push(id);
  }
  return { name: cookbook.name, suites, missing };
}

/** Bands named A–E stay; otherwise the bands, highest first, become A, B, C, D, E. */
function toGrades(scale: Record<string, [number, number]>): GradingScale {
  const entries = Object.entries(scale);
  if (!entries.length) return MOONSHOT_DEFAULT_SCALE;
  if (GRADES.every((g) => g in scale)) return scale as GradingScale;
  const ordered = entries.sort((a, b) => b[1][1] - a[1][1]).map(([, bounds]) => bounds);
  const out = {} as GradingScale;
  GRADES.forEach((grade, i) => {
    out[grade] = ordered[i] ?? [0, 0];
  });
  return out;
}

/** Applies a Moonshot template (`{{ prompt }}`, spaces inside the braces optional) to a prompt. */
export function applyTemplate(template: string, prompt: string): string {
  return template.replace(/\{\{\s*prompt\s*\}\}/g, prompt);
}
