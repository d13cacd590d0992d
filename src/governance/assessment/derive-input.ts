import { z } from 'zod';
import { type Answer, answerSchema } from './answer.ts';
import type { AnsweredTemplate } from './derive.ts';
import { type TemplateRegistry, shippedTemplates } from './template-registry.ts';
import { type LocalizedText, templateQuestions } from './template-schema.ts';

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
  message: LocalizedText;
}

export type DeriveInputOutcome = { ok: true; value: AnsweredTemplate[] } | { ok: false; issues: DeriveInputIssue[] };

const shorthandSchema = z.union([z.string().min(1), answerSchema]);

/** Reads the CLI's derive input against a template registry; every problem names its field. */
export function parseDeriveInput(raw: unknown, registry: TemplateRegistry = shippedTemplates()): DeriveInputOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      issues: [
        {
          path: '(root)',
          message: { en: 'expected a JSON object keyed by template id', zhHant: '應為以範本 id 為鍵的 JSON 物件' },
        },
      ],
    };
  }
  const issues: DeriveInputIssue[] = [];
  const { versions: rawVersions, ...byTemplate } = raw as Record<string, unknown>;
  const versions = z.record(z.string(), z.string()).optional().safeParse(rawVersions);
  if (!versions.success)
    issues.push({
      path: 'versions',
      message: { en: 'expected {"template-id": "version"}', zhHant: '應為 {"範本 id": "版本"}' },
    });
  const sets: AnsweredTemplate[] = [];
  for (const [id, given] of Object.entries(byTemplate)) {
    const version = versions.success ? versions.data?.[id] : undefined;
    const template = version ? registry.get(id, version) : registry.latest(id);
    if (!template) {
      issues.push(
        version
          ? {
              path: `versions.${id}`,
              message: { en: `template ${id} has no version ${version}`, zhHant: `範本 ${id} 沒有 ${version} 版` },
            }
          : { path: id, message: { en: `no assessment template ${id}`, zhHant: `沒有評估範本 ${id}` } },
      );
      continue;
    }
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
      issues.push({
        path: id,
        message: {
          en: 'expected an object of answers keyed by question id',
          zhHant: '應為以問題 id 為鍵的答案物件',
        },
      });
      continue;
    }
    const known = new Set(templateQuestions(template).map((q) => q.id));
    const answers: Record<string, Answer> = {};
    for (const [questionId, value] of Object.entries(given)) {
      const path = `${id}.${questionId}`;
      if (!known.has(questionId)) {
        issues.push({
          path,
          message: {
            en: `${id} ${template.version} has no question ${questionId}`,
            zhHant: `${id} ${template.version} 沒有問題 ${questionId}`,
          },
        });
        continue;
      }
      const parsed = shorthandSchema.safeParse(value);
      if (!parsed.success) {
        issues.push({
          path,
          message: {
            en: 'expected an answer value or {"value": ..., "justification": ...}',
            zhHant: '應為答案值或 {"value": ..., "justification": ...}',
          },
        });
        continue;
      }
      answers[questionId] = typeof parsed.data === 'string' ? { value: parsed.data } : parsed.data;
    }
    sets.push({ template, answers });
  }
  for (const id of Object.keys(versions.success ? (versions.data ?? {}) : {})) {
    if (!(id in byTemplate)) {
      issues.push({
        path: `versions.${id}`,
        message: { en: `no answers given for ${id}`, zhHant: `未有提供 ${id} 的答案` },
      });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: sets };
}
