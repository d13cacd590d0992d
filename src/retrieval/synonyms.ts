import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** A set of phrases that mean the same thing; `department` limits it to that department's entries. */
export const synonymGroupSchema = z.object({
  terms: z.array(z.string().min(1)).min(2),
  department: z.string().optional(),
});
export type SynonymGroup = z.infer<typeof synonymGroupSchema>;

export const synonymListSchema = z.object({ note: z.string().optional(), groups: z.array(synonymGroupSchema) });

let regional: SynonymGroup[] | undefined;

/**
 * Hong Kong / Taiwan / Mainland words for the same thing (的士 = 計程車, 強積金 = 勞退), plus everyday
 * English equivalents (kid = child, covid 19 = coronavirus), shipped with the engine as data
 * (data/regional-synonyms.json, data/english-synonyms.json) and applied to every department.
 */
export function regionalSynonyms(): SynonymGroup[] {
  regional ??= [...loadList('regional-synonyms.json'), ...loadList('english-synonyms.json')];
  return regional;
}

function loadList(file: string): SynonymGroup[] {
  return synonymListSchema.parse(JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'))).groups;
}
