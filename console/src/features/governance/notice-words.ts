import { changedMeanwhile } from '../../lib/changed-meanwhile.ts';
import type { NoticeWords } from './api/accountability-api.ts';

/** The notice's words as the form holds them: each field's English and Chinese text as typed. */
export interface NoticeForm {
  doesNotDoEn: string;
  doesNotDoZh: string;
  complaintsEn: string;
  complaintsZh: string;
  contactEn: string;
  contactZh: string;
  dataUsedEn: string;
  dataUsedZh: string;
}

/** The fields of the notice the officers write, each a bilingual pair. */
export const WORD_FIELDS = ['doesNotDo', 'complaints', 'contact', 'dataUsed'] as const;
export type WordField = (typeof WORD_FIELDS)[number];

type Words = Omit<NoticeWords, 'base'>;

/** Saved words (the draft's, else the published ones; none yet: empty) as the form shows them. */
export function noticeForm(words: Words | undefined): NoticeForm {
  return {
    doesNotDoEn: words?.doesNotDo.en ?? '',
    doesNotDoZh: words?.doesNotDo.zhHant ?? '',
    complaintsEn: words?.complaints.en ?? '',
    complaintsZh: words?.complaints.zhHant ?? '',
    contactEn: words?.contact?.en ?? '',
    contactZh: words?.contact?.zhHant ?? '',
    dataUsedEn: words?.dataUsed?.en ?? '',
    dataUsedZh: words?.dataUsed?.zhHant ?? '',
  };
}

/** One field's pair, or undefined when both are empty (not written). */
function pair(form: NoticeForm, field: WordField): { en: string; zhHant: string } | undefined {
  const en = form[`${field}En`];
  const zhHant = form[`${field}Zh`];
  return en.trim() || zhHant.trim() ? { en, zhHant } : undefined;
}

/** The fields as the API takes them: those not written left out (the server names a required one missing). */
export function noticeWords(form: NoticeForm): Partial<Words> {
  return Object.fromEntries(
    WORD_FIELDS.flatMap((field) => {
      const value = pair(form, field);
      return value ? [[field, value]] : [];
    }),
  );
}

/**
 * The form moved onto the words as saved now: the fields the officer changed from `base` keep the
 * officer's text, the others show the saved words; `clashes` are the fields both changed differently.
 */
export function rebasedNoticeForm(
  base: NoticeForm,
  draft: NoticeForm,
  latest: NoticeForm,
): { draft: NoticeForm; clashes: WordField[]; theirs: number } {
  const [before, mine, now] = [noticeWords(base), noticeWords(draft), noticeWords(latest)];
  const changedByMe = WORD_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(mine[field]));
  const theirs = changedMeanwhile<unknown>(WORD_FIELDS, { base: before, stored: now, next: mine }) as WordField[];
  let next = latest;
  for (const field of changedByMe) next = withTheirWords(next, draft, field);
  return { draft: next, clashes: theirs.filter((field) => changedByMe.includes(field)), theirs: theirs.length };
}

/** The form with one field's pair as `theirs` has it. */
export function withTheirWords(form: NoticeForm, theirs: NoticeForm, field: WordField): NoticeForm {
  return { ...form, [`${field}En`]: theirs[`${field}En`], [`${field}Zh`]: theirs[`${field}Zh`] };
}
