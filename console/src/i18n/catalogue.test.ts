import { describe, expect, it } from 'vitest';
import { commonMessages } from './common-messages.ts';
import type { Catalogue } from './define-messages.ts';
import { fill } from './define-messages.ts';
import { formatters } from './format.ts';

/** A module's export made by defineMessages (a module may export other tables beside it). */
const isCatalogue = (value: unknown): value is Catalogue =>
  typeof value === 'object' && value !== null && 'en' in value && 'zh-Hant' in value;

/** Every feature's messages (messages.ts, and the parts' own *-messages.ts) and the shared components': the console's catalogue is their union with the common words. */
const featureCatalogues = import.meta.glob<Record<string, unknown>>(
  ['../features/*/messages.ts', '../features/*/*-messages.ts', '../components/*-messages.ts'],
  { eager: true },
);
const catalogues: Array<[string, Catalogue]> = [
  ['common', commonMessages],
  ...Object.entries(featureCatalogues).flatMap(([path, module]) =>
    Object.entries(module)
      .filter((entry): entry is [string, Catalogue] => isCatalogue(entry[1]))
      .map(([name, catalogue]): [string, Catalogue] => [`${path}#${name}`, catalogue]),
  ),
];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the console message catalogue', () => {
  it('covers the features', () => {
    expect(catalogues.length).toBeGreaterThan(1);
  });

  it.each(catalogues)(
    '%s: both languages have every key, no empty text, and the same placeholders',
    (_name, catalogue) => {
      const en = catalogue.en;
      const zh = catalogue['zh-Hant'];
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(text.trim(), key).not.toBe('');
        expect(zh[key]?.trim(), key).not.toBe('');
        expect(placeholders(zh[key] ?? ''), key).toEqual(placeholders(text));
      }
    },
  );

  it('fills placeholders and leaves a missing one visible', () => {
    expect(fill('已登入：{name}', { name: '陳大文' })).toBe('已登入：陳大文');
    expect(fill('{count} of {total}', { count: 3 })).toBe('3 of {total}');
  });

  it('says one field, two fields: the English plural follows the number, formatted or not', () => {
    const refused = '{count} {count|field|fields} refused';
    expect(fill(refused, { count: 1 })).toBe('1 field refused');
    expect(fill(refused, { count: '1' })).toBe('1 field refused');
    expect(fill(refused, { count: 0 })).toBe('0 fields refused');
    expect(fill(refused, { count: '1,000' })).toBe('1,000 fields refused');
    expect(fill(refused, {})).toBe('{count} {count|field|fields} refused');
  });

  it('writes no "(s)" plural in English: each counted word follows its number', () => {
    for (const [name, catalogue] of catalogues) {
      for (const [key, text] of Object.entries(catalogue.en)) expect(text, `${name} ${key}`).not.toMatch(/\w\(s\)/);
    }
  });

  it('puts Chinese words in full-width brackets in Chinese: （…）, not (…)', () => {
    // Half-width brackets holding or touching Chinese words; a Latin term's own, as in http(s), may stay.
    const halfWidth = /\([^()]*\p{Script=Han}[^()]*\)|\p{Script=Han}\(|\)\p{Script=Han}/u;
    for (const [name, catalogue] of catalogues) {
      for (const [key, text] of Object.entries(catalogue['zh-Hant']))
        expect(text, `${name} ${key}`).not.toMatch(halfWidth);
    }
  });

  it('writes dates and numbers in Hong Kong formats, in Hong Kong time', () => {
    const at = '2026-12-05T16:30:00Z'; // 00:30 on 6 December in Hong Kong
    expect(formatters('en').date(at)).toBe('6 Dec 2026');
    expect(formatters('zh-Hant').date(at)).toBe('2026年12月6日');
    expect(formatters('en').number(12345.5)).toBe('12,345.5');
    expect(formatters('zh-Hant').percent(0.125)).toBe('12.5%');
  });
});
