import { changedMeanwhile } from '../../lib/changed-meanwhile.ts';
import type { Classification, Dataset, NewDataset } from './api/datasets-api.ts';

/** What the dataset form holds while an officer types: lists as text, one item a line or comma-separated. */
export interface DatasetForm {
  name: string;
  titleEn: string;
  titleZhHant: string;
  description: string;
  owner: string;
  classification: Classification;
  personalData: boolean;
  personalDataKinds: string;
  retention: string;
  sourceSystems: string;
  applicationIds: string[];
}

export const EMPTY_DATASET_FORM: DatasetForm = {
  name: '',
  titleEn: '',
  titleZhHant: '',
  description: '',
  owner: '',
  classification: 'internal',
  personalData: false,
  personalDataKinds: '',
  retention: '',
  sourceSystems: '',
  applicationIds: [],
};

/**
 * A typed list as its items: split on new lines and commas (both the ASCII and the Chinese comma),
 * trimmed, blanks and repeats dropped.
 *
 * @example splitList('eLicensing, paper forms\n紙本表格') // ['eLicensing', 'paper forms', '紙本表格']
 */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,，、]/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The body the server takes. Kinds are sent only with the personal-data flag (the server refuses
 * kinds without it), so unticking the flag does not leave stale kinds behind.
 */
export function datasetBody(form: DatasetForm): Omit<NewDataset, 'name'> {
  return {
    titleEn: form.titleEn.trim(),
    titleZhHant: form.titleZhHant.trim(),
    // Sent even when blank: clearing the field clears the dataset's description.
    description: form.description.trim(),
    owner: form.owner.trim(),
    classification: form.classification,
    personalData: form.personalData,
    personalDataKinds: form.personalData ? splitList(form.personalDataKinds) : [],
    retention: form.retention.trim(),
    sourceSystems: splitList(form.sourceSystems),
    applicationIds: form.applicationIds,
  };
}

type Body = ReturnType<typeof datasetBody>;
export type DatasetField = keyof Body;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields `form` changed from `base` (the entry as the officer opened it). */
function changedFields(base: DatasetForm, form: DatasetForm): DatasetField[] {
  const before = datasetBody(base);
  const after = datasetBody(form);
  return (Object.keys(after) as DatasetField[]).filter((field) => !same(before[field], after[field]));
}

/**
 * What a save sends: only the fields the officer changed, and what each held when opened (`base`),
 * so that the server keeps what others changed meanwhile and refuses where both changed a field.
 */
export function datasetChange(base: DatasetForm, form: DatasetForm): Partial<Body> & { base: Partial<Body> } {
  const fields = changedFields(base, form);
  const pick = (body: Body) => Object.fromEntries(fields.map((field) => [field, body[field]])) as Partial<Body>;
  return { ...pick(datasetBody(form)), base: pick(datasetBody(base)) };
}

/**
 * The officer's changes to `base` moved onto `latest`, the entry as saved now: the fields the officer
 * changed keep their values, the others show what was saved. `theirs` counts the fields someone else
 * changed to something other than the officer has; `clashes` are those the officer changed too.
 */
export function rebasedDatasetForm(
  base: DatasetForm,
  form: DatasetForm,
  latest: DatasetForm,
): { draft: DatasetForm; clashes: DatasetField[]; theirs: number } {
  const mine = changedFields(base, form);
  const next: Record<string, unknown> = { ...latest };
  // Each field of the body is held by the form field of its name (lists as typed text).
  for (const field of mine) next[field] = form[field];
  const saved = datasetBody(latest);
  const theirs = changedMeanwhile<unknown>(Object.keys(saved), {
    base: datasetBody(base),
    stored: saved,
    next: datasetBody(form),
  }) as DatasetField[];
  return {
    draft: next as unknown as DatasetForm,
    clashes: theirs.filter((field) => mine.includes(field)),
    theirs: theirs.length,
  };
}

/** A dataset as the form shows it for editing. */
export function datasetForm(dataset: Dataset): DatasetForm {
  return {
    name: dataset.name,
    titleEn: dataset.titleEn,
    titleZhHant: dataset.titleZhHant,
    description: dataset.description,
    owner: dataset.owner,
    classification: dataset.classification,
    personalData: dataset.personalData,
    personalDataKinds: dataset.personalDataKinds.join(', '),
    retention: dataset.retention,
    sourceSystems: dataset.sourceSystems.join(', '),
    applicationIds: dataset.applicationIds,
  };
}

/**
 * Whether a dataset matches every word typed in the catalogue's search box (its name, both titles,
 * owner, description, source systems and personal-data kinds; case ignored).
 */
export function datasetMatches(dataset: Dataset, words: string): boolean {
  const haystack = [
    dataset.name,
    dataset.titleEn,
    dataset.titleZhHant,
    dataset.owner,
    dataset.description,
    ...dataset.sourceSystems,
    ...dataset.personalDataKinds,
  ]
    .join('\n')
    .toLowerCase();
  return words
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
