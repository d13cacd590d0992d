/**
 * A small, generic document model that the DOCX and PDF writers both render: headings, paragraphs,
 * lists, tables and footnotes, made of language-tagged runs. Adapters turn the assistant's results
 * (summaries, briefs, minutes, translations, drafts) into it; governance reports (issue #18) can too.
 */

/** Languages a run or a document is tagged with (BCP 47; Hong Kong variants). */
export type ExportLanguage = 'en' | 'zh-Hant' | 'zh-Hans';

/** A piece of text in one language and one style. */
export interface TextRun {
  kind: 'text';
  text: string;
  lang: ExportLanguage;
  bold?: boolean;
  italic?: boolean;
}

/** A footnote (a citation, a source): a numbered mark where it stands, its text at the foot or the end. */
export interface NoteRun {
  kind: 'note';
  runs: TextRun[];
}

export type Inline = TextRun | NoteRun;

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[]; tone?: 'normal' | 'muted' | 'warning' }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][]; widths?: number[] };

/** One document to export. `language` is its main language (document metadata, PDF /Lang). */
export interface ExportDocument {
  title: string;
  language: ExportLanguage;
  /** One line under the title (what it is, how it was made). */
  subtitle?: string;
  blocks: Block[];
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2fa1f}]/u;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/**
 * The language of a piece of text: Chinese when it has at least as many Han characters as Latin
 * words (the summariser's rule), else English. Simplified is only said by the caller.
 */
export function languageOf(text: string): ExportLanguage {
  let han = 0;
  for (const ch of text) if (HAN.test(ch)) han++;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return han > 0 && han >= words ? 'zh-Hant' : 'en';
}

/**
 * Builds runs from plain text, tagging each with its language; `bold`/`italic` apply to all.
 *
 * @example
 * textRun('委員會同意撥款') // { kind: 'text', text: '委員會同意撥款', lang: 'zh-Hant' }
 */
export function textRun(
  value: string,
  style: { bold?: boolean; italic?: boolean; lang?: ExportLanguage } = {},
): TextRun {
  return {
    kind: 'text',
    text: value,
    lang: style.lang ?? languageOf(value),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
  };
}

/** A footnote whose text is `value`. */
export function footnote(value: string): NoteRun {
  return { kind: 'note', runs: [textRun(value)] };
}

/** A bilingual label, English then Chinese, each run tagged with its own language. */
export function bilingualRuns(en: string, zh: string, style: { bold?: boolean } = {}): TextRun[] {
  return [textRun(`${en} `, { ...style, lang: 'en' }), textRun(zh, { ...style, lang: 'zh-Hant' })];
}

/** The plain text of inlines, notes left out (for table sizing, file names, tests). */
export function plainText(content: readonly Inline[]): string {
  return content.map((inline) => (inline.kind === 'text' ? inline.text : '')).join('');
}

/** BCP 47 tag written into the files: Hong Kong's variants of each language. */
export function languageTag(lang: ExportLanguage): string {
  return lang === 'en' ? 'en-HK' : lang === 'zh-Hant' ? 'zh-HK' : 'zh-CN';
}
