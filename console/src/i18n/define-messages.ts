import type { Locale } from './locale.ts';

/**
 * A feature's part of the console's message catalogue: every text a person reads, in both languages.
 * English is the shape; the Chinese table must have exactly its keys (the compiler checks it), and
 * `{name}` placeholders are filled by `t('key', {name})`.
 *
 * @example
 * export const botMessages = defineMessages({ title: 'Bots' }, { title: '聊天機械人' });
 */
export function defineMessages<const Keys extends string>(
  en: Record<Keys, string>,
  zhHant: NoInfer<Record<Keys, string>>,
): Catalogue<Keys> {
  return { en, 'zh-Hant': zhHant };
}

export type Catalogue<Keys extends string = string> = Record<Locale, Record<Keys, string>>;

export type Translate<Keys extends string> = (key: Keys, values?: Record<string, string | number>) => string;

/**
 * Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than an empty gap.
 * `{name|one|other}` is English's singular or plural for the number `name` holds (as a number, or as
 * the console formatted it): "{count} {count|field|fields}" reads "1 field", "2 fields", "1,000 fields".
 */
export function fill(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      if (one === undefined || other === undefined) return String(value);
      return Number(String(value).replace(/,/g, '')) === 1 ? one : other;
    },
  );
}
