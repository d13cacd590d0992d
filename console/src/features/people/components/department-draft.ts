import { rebasedRecord, sameSet, withOwnSetChanges } from '../../../lib/changed-meanwhile.ts';
import type { Department } from '../api/people-api.ts';

/** What the department dialog holds: text as typed, the web origins one a line. */
export interface DepartmentDraft {
  nameEn: string;
  nameZh: string;
  sla: string;
  origins: string;
}

/** The settings two administrators can both change (the origins are a set: they never clash). */
export type DepartmentField = 'nameEn' | 'nameZh' | 'sla';

/** A department as the dialog shows it; none: a new one, every field empty. */
export function departmentDraft(department: Department | null): DepartmentDraft {
  return {
    nameEn: department?.nameEn ?? '',
    nameZh: department?.nameZh ?? '',
    sla: department ? String(department.handoffSlaHours) : '',
    origins: department?.corsOrigins.join('\n') ?? '',
  };
}

/** One web address a line, blank lines dropped; the server checks each. */
export function parseOrigins(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The dialog moved onto the department as read now: the names and reply time the officer changed
 * from `base` keep the officer's text, the others show the saved ones; the origins take the officer's
 * own additions and removals over the origins as saved. `clashes` are the fields both changed differently.
 */
export function rebasedDepartment(
  base: DepartmentDraft,
  draft: DepartmentDraft,
  latest: DepartmentDraft,
): { draft: DepartmentDraft; clashes: DepartmentField[]; theirs: number } {
  const fields = ({ nameEn, nameZh, sla }: DepartmentDraft) => ({ nameEn, nameZh, sla });
  const moved = rebasedRecord(fields(base), fields(draft), fields(latest));
  const [read, mine, now] = [base, draft, latest].map((d) => parseOrigins(d.origins)) as [string[], string[], string[]];
  // Origins the officer has not touched show as saved, lines and all; touched, the two sets merge.
  const origins = sameSet(read, mine) ? latest.origins : withOwnSetChanges(now, { base: read, next: mine }).join('\n');
  return {
    draft: { nameEn: moved.draft.nameEn ?? '', nameZh: moved.draft.nameZh ?? '', sla: moved.draft.sla ?? '', origins },
    clashes: moved.clashes as DepartmentField[],
    theirs: moved.theirs + (!sameSet(now, read) && !sameSet(now, mine) ? 1 : 0),
  };
}

/** The draft with one field as another administrator left it. */
export const departmentWithTheirs = (
  draft: DepartmentDraft,
  theirs: DepartmentDraft,
  field: DepartmentField,
): DepartmentDraft => ({ ...draft, [field]: theirs[field] });
