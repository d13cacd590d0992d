import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { importAiVerifyChecklist } from './aiverify-importer.ts';
import { localizedTextSchema, type Template, templateSchema, versionSchema } from './template-schema.ts';

/** The shipped templates: one JSON file per (id, version), plus import manifests for upstream checklists. */
export const TEMPLATE_FOLDER = new URL('./templates/', import.meta.url);

/** A manifest (`*.import.json`) naming an upstream file and the importer that maps it onto our schema. */
const importManifestSchema = z
  .object({
    importer: z.enum(['aiverify-process-checklist']),
    file: z.string().min(1),
    id: z.string().min(1),
    version: versionSchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    url: z.string().url().optional(),
  })
  .strict();

/**
 * A template file that does not load: the file and the first problems, so a bad edition fails at
 * start. Only shipped files (or an operator's folder) are loaded, never one sent to the API, so the
 * words are for the operator reading the start-up log: English, with the file's full path.
 */
export class TemplateLoadError extends Error {
  override name = 'TemplateLoadError';
  constructor(
    readonly file: string,
    readonly problems: string[],
    /** Where the file is (its full path), when known. */
    readonly path: string = file,
  ) {
    super(`assessment template ${path} is not valid: ${problems.join('; ')}`);
  }
}

/** How many problems of one file a load error lists (the rest are counted). */
const PROBLEMS_SHOWN = 5;

/** Orders dotted versions numerically: negative when `a` is earlier. */
export function compareVersions(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface TemplateRegistry {
  /** The template edition an assessment was made with. */
  get(id: string, version: string): Template | undefined;
  /** The newest edition of a template, for new assessments. */
  latest(id: string): Template | undefined;
  /** Every loaded edition, by id then version. */
  list(): Template[];
}

function problemsOf(error: z.ZodError): string[] {
  const shown = error.issues.slice(0, PROBLEMS_SHOWN).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length - shown.length;
  return more > 0 ? [...shown, `(and ${more} more)`] : shown;
}

function loadFile(folder: URL, name: string): Template {
  const url = new URL(name, folder);
  const refused = (problems: string[]) => new TemplateLoadError(name, problems, fileURLToPath(url));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw refused([(error as Error).message]);
  }
  let candidate: unknown = raw;
  if (name.endsWith('.import.json')) {
    const manifest = importManifestSchema.safeParse(raw);
    if (!manifest.success) throw refused(problemsOf(manifest.error));
    const { importer: _importer, file, ...meta } = manifest.data;
    try {
      const upstream: unknown = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
      candidate = importAiVerifyChecklist(upstream, meta);
    } catch (error) {
      throw refused(error instanceof z.ZodError ? problemsOf(error) : [(error as Error).message]);
    }
  }
  const parsed = templateSchema.safeParse(candidate);
  if (!parsed.success) throw refused(problemsOf(parsed.error));
  return parsed.data;
}

/**
 * Loads and validates every `*.json` template in a folder (subfolders hold upstream files for
 * import manifests). Throws `TemplateLoadError` on the first bad file or a repeated (id, version).
 *
 * @example loadTemplates().latest('hk-aiaia')?.version // '1.4'
 */
export function loadTemplates(folder: URL | string = TEMPLATE_FOLDER): TemplateRegistry {
  const base = typeof folder === 'string' ? pathToFileURL(folder.endsWith('/') ? folder : `${folder}/`) : folder;
  const byId = new Map<string, Template[]>();
  const names = readdirSync(fileURLToPath(base), { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => e.name)
    .sort();
  for (const name of names) {
    const template = loadFile(base, name);
    const editions = byId.get(template.id) ?? [];
    if (editions.some((t) => t.version === template.version)) {
      throw new TemplateLoadError(
        name,
        [`${template.id} version ${template.version} is defined twice`],
        fileURLToPath(new URL(name, base)),
      );
    }
    editions.push(template);
    editions.sort((a, b) => compareVersions(a.version, b.version));
    byId.set(template.id, editions);
  }
  return {
    get: (id, version) => byId.get(id)?.find((t) => t.version === version),
    latest: (id) => byId.get(id)?.at(-1),
    list: () => [...byId.keys()].sort().flatMap((id) => byId.get(id) ?? []),
  };
}

let shipped: TemplateRegistry | undefined;

/** The shipped templates, loaded once. */
export function shippedTemplates(): TemplateRegistry {
  shipped ??= loadTemplates();
  return shipped;
}

/** A shipped template edition by (id, version). */
export function getTemplate(id: string, version: string): Template | undefined {
  return shippedTemplates().get(id, version);
}

/** The newest shipped edition of a template. */
export function latestTemplate(id: string): Template | undefined {
  return shippedTemplates().latest(id);
}
