import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DraftTemplate, draftTemplateSchema } from './template-schema.ts';

/** Where the shipped templates live: one JSON file per template edition. */
export const DRAFT_TEMPLATE_FOLDER = new URL('./templates/', import.meta.url);

/** One problem with one template file, as zod reports it. */
export interface TemplateIssue {
  file: string;
  path: string;
  message: string;
}

export type TemplateLoad = { ok: true; templates: DraftTemplate[] } | { ok: false; issues: TemplateIssue[] };

/**
 * Validates template files (name → JSON text) against the schema; every problem of every file is
 * reported, and two files may not claim the same id and version.
 *
 * @example parseDraftTemplates({ 'memo.json': '{…}' })
 */
export function parseDraftTemplates(files: Readonly<Record<string, string>>): TemplateLoad {
  const issues: TemplateIssue[] = [];
  const templates: DraftTemplate[] = [];
  for (const [file, text] of Object.entries(files)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      issues.push({ file, path: '', message: `is not JSON: ${(error as Error).message}` });
      continue;
    }
    const parsed = draftTemplateSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({ file, path: issue.path.join('.'), message: issue.message });
      continue;
    }
    if (templates.some((t) => t.id === parsed.data.id && t.version === parsed.data.version))
      issues.push({ file, path: 'id', message: `repeats ${parsed.data.id} version ${parsed.data.version}` });
    else templates.push(parsed.data);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, templates };
}

/**
 * Reads and validates every template file of a folder; a bad file throws, naming each problem by the
 * file's full path, the field (`(root)` for the whole file) and the rule. Only shipped files are
 * loaded (no template is ever sent to the API), so the words are for the operator: English.
 */
export function loadDraftTemplates(folder: URL): DraftTemplate[] {
  const files = Object.fromEntries(
    readdirSync(folder)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => [name, readFileSync(new URL(name, folder), 'utf8')]),
  );
  const load = parseDraftTemplates(files);
  if (load.ok) return load.templates;
  const where = (file: string) => fileURLToPath(new URL(file, folder));
  throw new Error(
    `Draft templates are not valid:\n${load.issues.map((i) => `  ${where(i.file)} at ${i.path || '(root)'}: ${i.message}`).join('\n')}`,
  );
}

/** The shipped templates, validated once; a bad file stops the process at start, naming it. */
let shipped: DraftTemplate[] | null = null;

export function shippedDraftTemplates(): DraftTemplate[] {
  shipped ??= loadDraftTemplates(DRAFT_TEMPLATE_FOLDER);
  return shipped;
}

/** A template by id: the given version, or the latest. */
export function findDraftTemplate(id: string, version?: number): DraftTemplate | undefined {
  const editions = shippedDraftTemplates().filter((t) => t.id === id);
  if (version !== undefined) return editions.find((t) => t.version === version);
  return editions.sort((a, b) => b.version - a.version)[0];
}
