import { useMemo } from 'react';
import { type Catalogue, type Locale, useI18n } from '../../../i18n/index.ts';
import { auditActionMessages } from '../action-messages.ts';
import { auditEntityTypeMessages } from '../entity-type-messages.ts';

/**
 * The words for one of the trail's codes in a language, or null when the console has none (a newer
 * server's action, an entry older than a rename): the page then shows the code itself, never a blank.
 * Only the catalogue's own keys count, so a code spelt like an object's property (`constructor`) is
 * unknown too.
 *
 * @example wordsFor(auditActionMessages, 'en', 'user.create') // → 'Added a person'
 * wordsFor(auditActionMessages, 'en', 'user.crate') // → null
 */
export function wordsFor(catalogue: Catalogue, locale: Locale, code: string): string | null {
  const table: Record<string, string> = catalogue[locale];
  return Object.hasOwn(table, code) ? (table[code] ?? null) : null;
}

/** Words for an action or entity type code, in the officer's language; null for a code the console has no words for. */
export interface CodeWords {
  action: (code: string) => string | null;
  entityType: (code: string) => string | null;
}

/** The trail's codes in words, in the officer's language (see {@link wordsFor}). */
export function useCodeWords(): CodeWords {
  const { locale } = useI18n();
  return useMemo(
    () => ({
      action: (code) => wordsFor(auditActionMessages, locale, code),
      entityType: (code) => wordsFor(auditEntityTypeMessages, locale, code),
    }),
    [locale],
  );
}
