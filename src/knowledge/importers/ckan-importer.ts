import { z } from 'zod';
import type { DatasetItem, Extracted } from '../extracted.ts';
import { ImportError } from '../import-error.ts';
import { type SafeFetchOptions, safeFetch } from '../safe-fetch.ts';

/** The parts of a CKAN package (as DATA.GOV.HK serves it) that a bot needs to point to a dataset. */
const packageSchema = z.object({
  name: z.string(),
  title: z.string().default(''),
  notes: z.string().nullable().default(''),
  organization: z
    .object({ title: z.string().default('') })
    .nullable()
    .default(null),
  tags: z.array(z.object({ name: z.string() })).default([]),
  // DATA.GOV.HK's resources: a file or an API (`is_api` "Y"), each with its own link.
  resources: z
    .array(
      z.object({
        name: z.string().nullable().default(''),
        url: z.string().nullable().default(''),
        format: z.string().nullable().default(''),
        is_api: z.string().nullable().optional(),
      }),
    )
    .default([]),
  // DATA.GOV.HK's extra fields a reader asks about.
  update_frequency: z.string().nullable().optional(),
  data_dictionary: z.string().nullable().optional(),
});

const searchSchema = z.object({
  success: z.literal(true),
  result: z.object({ count: z.number(), results: z.array(packageSchema) }),
});

export interface CkanImportOptions extends SafeFetchOptions {
  /** Catalogue base, e.g. `https://data.gov.hk/en-data` (the Action API is at `/api/3/action`). */
  baseUrl: string;
  /** package_search query; empty = every dataset. */
  query?: string | undefined;
  /** Stop after this many datasets. */
  limit?: number | undefined;
  /** Reports progress (0–1) after each page. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

const PAGE = 100;

/** The language a DATA.GOV.HK catalogue base serves (`/en-data`, `/tc-data`, `/sc-data`). */
function languageOf(base: string): string | undefined {
  return /\/(tc|zh)[-_]/i.test(base)
    ? 'zh-Hant'
    : /\/sc[-_]/i.test(base)
      ? 'zh-Hans'
      : /\/en[-_]/i.test(base)
        ? 'en'
        : undefined;
}

/**
 * Reads one `package_search` response (parsed JSON) of the catalogue at `base` into dataset items:
 * the one parsing path for fetched pages and for snapshots kept on disk. `where` names the response
 * in the error when it is not a CKAN answer.
 */
export function ckanSearchPage(json: unknown, base: string, where: string): { count: number; datasets: DatasetItem[] } {
  let parsed: z.infer<typeof searchSchema>;
  try {
    parsed = searchSchema.parse(json);
  } catch (error) {
    throw new ImportError('unreadable', {
      en: `${where} did not answer like a CKAN Action API: ${(error as Error).message.slice(0, 200)}`,
      zhHant: `${where} 的回應不似 CKAN Action API：${(error as Error).message.slice(0, 200)}`,
    });
  }
  const language = languageOf(base);
  return {
    count: parsed.result.count,
    datasets: parsed.result.results.map((item) => ({
      key: item.name,
      title: item.title || item.name,
      description: (item.notes ?? '').replace(/\s+/g, ' ').trim(),
      organisation: item.organization?.title ?? '',
      tags: item.tags.map((tag) => tag.name),
      url: `${base}/dataset/${encodeURIComponent(item.name)}`,
      language,
      resources: item.resources
        .filter((r) => r.url && /^https?:\/\//i.test(r.url))
        .map((r) => ({
          name: (r.name ?? '').trim() || (r.format ?? ''),
          url: r.url ?? '',
          format: (r.format ?? '').toUpperCase(),
          api: r.is_api === 'Y' || /api/i.test(r.format ?? ''),
        })),
      ...(item.update_frequency ? { updateFrequency: item.update_frequency } : {}),
      ...(item.data_dictionary && /^https?:\/\//i.test(item.data_dictionary)
        ? { dataDictionary: item.data_dictionary }
        : {}),
    })),
  };
}

/**
 * Reads a CKAN catalogue through `package_search`, page by page, into dataset items whose text is
 * what a citizen would search for ("which dataset has ...?") and whose URL is the dataset page.
 */
export async function importCkan(options: CkanImportOptions): Promise<Extracted> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const limit = options.limit ?? 10_000;
  const datasets: DatasetItem[] = [];
  let total = Number.POSITIVE_INFINITY;
  for (let start = 0; start < Math.min(total, limit); start += PAGE) {
    const url = `${base}/api/3/action/package_search?q=${encodeURIComponent(options.query ?? '')}&rows=${PAGE}&start=${start}`;
    const fetched = await safeFetch(url, options);
    let json: unknown;
    try {
      json = JSON.parse(fetched.bytes.toString('utf8'));
    } catch (error) {
      throw new ImportError('unreadable', {
        en: `${url} did not answer like a CKAN Action API: ${(error as Error).message.slice(0, 200)}`,
        zhHant: `${url} 的回應不似 CKAN Action API：${(error as Error).message.slice(0, 200)}`,
      });
    }
    const page = ckanSearchPage(json, base, url);
    total = page.count;
    datasets.push(...page.datasets.slice(0, limit - datasets.length));
    options.onProgress?.(datasets.length, Math.min(total, limit));
    if (page.datasets.length < PAGE) break;
  }
  return {
    kind: 'catalogue',
    title: `Open data catalogue ${base}${options.query ? ` (${options.query})` : ''}`,
    datasets,
  };
}

/**
 * Reads a `package_search` response kept on disk (a catalogue snapshot, e.g. the demo's) as if it had
 * been fetched from `baseUrl`: dataset pages link to `baseUrl`, nothing is fetched.
 */
export function importCkanSnapshot(json: unknown, baseUrl: string, title: string): Extracted {
  const base = baseUrl.replace(/\/+$/, '');
  return { kind: 'catalogue', title, datasets: ckanSearchPage(json, base, title).datasets };
}
