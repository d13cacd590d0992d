import { languageToMark, useI18n } from '../i18n/index.ts';
import { InlineList } from './inline-list.tsx';

/**
 * People's own words shown in a page (an FAQ question, a bot's answer, a reviewer's comment, an
 * incident note), marked with their language where it is not the page's: an English answer in the
 * Chinese console is read with an English voice (WCAG 2.1 SC 3.1.2). `language` is the language
 * the server recorded, if any; else the script decides (`languageToMark`). Words in the page's own
 * language are shown as they are. Not inside an element marked with another language.
 *
 * @example <td><Said text={item.answer} /></td>
 */
export function Said({ text, language }: { text: string; language?: string | null }) {
  const { locale } = useI18n();
  const lang = languageToMark(text, locale, language);
  return lang ? <span lang={lang}>{text}</span> : text;
}

/**
 * A list of people's words (personal-data kinds, data sources, attendees) joined in the page's
 * language, each item marked with its own: "photo、name及地址" holds two English items in a Chinese list.
 *
 * @example <dd><SaidList items={application.dataSources} /></dd>
 */
export function SaidList({ items }: { items: readonly string[] }) {
  return <InlineList items={items.map((text) => <Said key={text} text={text} />)} />;
}
