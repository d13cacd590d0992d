import type { Locale } from '../../../i18n/index.ts';
import type { Bilingual, DraftDetail, DraftIssue } from '../api/drafts-api.ts';
import type { draftMessages } from '../draft-messages.ts';

type Key = keyof (typeof draftMessages)['en'];

/** The words for a draft's status (never a colour alone). */
export const STATUS_LABEL = {
  draft: 'statusDraft',
  pending_approval: 'statusPending',
  approved: 'statusApproved',
  rejected: 'statusRejected',
  finalised: 'statusFinalised',
} as const satisfies Record<DraftDetail['status'], Key>;

export const ISSUE_LABEL = {
  unsupported_claim: 'kindUnsupported',
  contradiction: 'kindContradiction',
  wrong_figure: 'kindWrongFigure',
  missing_element: 'kindMissing',
} as const satisfies Record<DraftIssue['kind'], Key>;

export const LANGUAGE_LABEL = { en: 'languageEn', 'zh-Hant': 'languageZh' } as const satisfies Record<
  DraftDetail['language'],
  Key
>;

/** The `lang` attribute for text written in the draft's language. */
export const DRAFT_LANG = { en: 'en', 'zh-Hant': 'zh-Hant' } as const satisfies Record<DraftDetail['language'], string>;

/** A server text given in both languages, in the officer's. */
export function inLocale(text: Bilingual, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/** Who did something: "you" for the signed-in officer, else the user id the server gives. */
export function who(id: string, myId: string, you: string): string {
  return id === myId ? you : id;
}
