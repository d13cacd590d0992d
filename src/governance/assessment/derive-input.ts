import { z } from 'zod';
import { type Answer, answerSchema } from './answer.ts';
import type { AnsweredTemplate } from './derive.ts';
import { type TemplateRegistry, shippedTemplates } from './template-registry.ts';
import { templateQuestions } from './template-schema.ts';

/**
 * The input of `lionrock gov derive --json`: answers keyed by template id, each answer either its
 * value (`"yes"`) or a full answer (`{"value": "na", "justification": "..."}`); the latest edition
 * of each template unless `versions` names one.
 *
 * @example {"hk-aiaia": {"A": "no", "C(i)": "yes"}, "hk-genai-tier": {...}, "versions": {"hk-aiaia": "1.4"}}
 */
export interface DeriveInputIssue {
  /** Dotted path of the offending field, e.g. `hk-aiaia.C(ii)`. */
  path: string;
  message: string;
}

export type DeriveInputOutcome = { ok: true; value: AnsweredTemplate[] } | { ok: false; issues: DeriveInputIssue[] };

const shorthandSchema = z.union([z.string().min(1), answerSchema]);

/** Reads the CLI's derive input against a template registry; every problem names its field. */
export function parseDeriveInput(raw: unknown, registry: TemplateRegistry = shippedTemplates()): DeriveInputOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, issues: [{ path: '(root)', message: 'expected a JSON object keyed by template id' }] };
  }
  const issues: DeriveInputIssue[] = [];
  const { versions: rawVersions, ...byTemplate } = raw as Record<string, unknown>;
  const versions = z.record(z.string(), z.string()).optional().safeParse(rawVersions);
  if (!versions.success) issues.push({ path: 'versions', message: 'expected {"template-id": "version"}' });
  const sets: AnsweredTemplate[] = [];
  for (const [id, given] of Object.entries(byTemplate)) {
    const version = versions.success ? versions.data?.[id] : undefined;
    const template = version ? registry.get(id, version) : registry.latest(id);
    if (!template) {
      issues.push(
        version
          ? { path: `versions.${id}`, message: `template ${id} has no version ${version}` }
          : { path: id, message: `no assessment template ${id}` },
      );
      continue;
    }
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      issues.push({ path: id, message: 'expected an object of answers keyed by question id' });
      continue;
    }
    const known = new Set(templateQuestions(template).map((q) => q.id));
    const answers: Record<string, Answer> = {};
    for (const [questionId, value] of Object.entries(given)) {
      const path = `${id}.${questionId}`;
      if (!known.has(questionId)) {
        issues.push({ path, message: `${id} ${template.version} has no question ${questionId}` });
        continue;
      }
      const parsed = shorthandSchema.safeParse(value);
      if (!parsed.success) {
        issues.push({ path, message: 'expected an answer value or {"value": ..., "justification": ...}' });
        continue;
      }
      answers[questionId] = typeof parsed.data === 'string' ? { value: parsed.data } : parsed.data;
    }
    sets.push({ template, answers });
  }
  for (const id of Object.keys(versions.success ? (versions.data ?? {}) : {})) {
    if (!(id in byTemplate)) issues.push({ path: `versions.${id}`, message: `no answers given for ${id}` });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: sets };
}
