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

/**
 * Reads a CKAN catalogue through `package_search`, page by page, into dataset items whose text is
 * what a citizen would search for ("which dataset has ...?") and whose URL is the dataset page.
 */
export async function importCkan(options: CkanImportOptions): Promise<Extracted> {
  const base = options.baseUrl.replace(/\/+$/, '');
  const limit = options.limit ?? 10_000;
  const language = /\/(tc|zh)[-_]/i.test(base)
    ? 'zh-Hant'
    : /\/sc[-_]/i.test(base)
      ? 'zh-Hans'
      : /\/en[-_]/i.test(base)
        ? 'en'
        : undefined;
  const datasets: DatasetItem[] = [];
  let total = Number.POSITIVE_INFINITY;
  for (let start = 0; start < Math.min(total, limit); start += PAGE) {
    const url = `${base}/api/3/action/package_search?q=${encodeURIComponent(options.query ?? '')}&rows=${PAGE}&start=${start}`;
    const fetched = await safeFetch(url, options);
    let parsed: z.infer<typeof searchSchema>;
    try {
      parsed = searchSchema.parse(JSON.parse(fetched.bytes.toString('utf8')));
    } catch (error) {
      throw new ImportError(
        'unreadable',
        `${url} did not answer like a CKAN Action API: ${(error as Error).message.slice(0, 200)}`,
      );
    }
    total = parsed.result.count;
    for (const item of parsed.result.results.slice(0, limit - datasets.length)) {
      datasets.push({
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
      });
    }
    options.onProgress?.(datasets.length, Math.min(total, limit));
    if (parsed.result.results.length < PAGE) break;
  }
  return {
    kind: 'catalogue',
    title: `Open data catalogue ${base}${options.query ? ` (${options.query})` : ''}`,
    datasets,
  };
}
