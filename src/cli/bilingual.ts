import type { LocalizedText } from '../core/index.ts';

/**
 * How the CLI shows words it has in both languages: on one line, English first, then " / " and the
 * Traditional Chinese ("Question H3 takes yes / no. / 問題 H3 只接受…"), the form the assistant's
 * commands already print. Words given in English only (or the same in both) are shown once.
 *
 * Why both and not the reader's LANG: in Hong Kong an officer reading Chinese often has an English
 * locale (en_US.UTF-8 is the default of most terminals and servers), and a script that greps the
 * output must not see its lines change with the environment. Both languages, always, on the same
 * line: what a person reads is complete, and what a script matches (the English at the start of
 * the line) stays where it was. `--json` output keeps `{ en, zhHant }` as data.
 *
 * @example bilingual({ en: 'Department not found', zhHant: '找不到部門' }) // 'Department not found / 找不到部門'
 */
export function bilingual(words: string | LocalizedText): string {
  if (typeof words === 'string') return words;
  return words.zhHant && words.zhHant !== words.en ? `${words.en} / ${words.zhHant}` : words.en;
}
