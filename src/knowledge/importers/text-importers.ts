import mammoth from 'mammoth';
import type { DocumentBlock, Extracted, UploadedFile } from '../extracted.ts';
import { ImportError } from '../import-error.ts';
import { assertSafeZip } from '../safe-zip.ts';
import { blocksFromHtml } from './html-importer.ts';

/** Markdown: `#` headings, paragraphs separated by blank lines, list items as their own blocks. */
export async function importMarkdown(file: UploadedFile): Promise<Extracted> {
  const blocks: DocumentBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = joinLines(paragraph);
    if (text) blocks.push({ type: 'paragraph', text, page: null });
    paragraph = [];
  };
  let fenced = false;
  for (const line of file.bytes.toString('utf8').split(/\r?\n/)) {
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    const heading = fenced ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1] && heading[2]) {
      flush();
      blocks.push({ type: 'heading', level: heading[1].length, text: heading[2], page: null });
    } else if (!line.trim()) {
      flush();
    } else if (/^\s*([-*+]|\d+\.)\s+/.test(line)) {
      flush();
      paragraph.push(line.replace(/^\s*([-*+]|\d+\.)\s+/, ''));
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  const title = blocks.find((b) => b.type === 'heading')?.text ?? file.fileName;
  return { kind: 'document', title, blocks: blocks.map(stripInline), pages: null };
}

const stripInline = (block: DocumentBlock): DocumentBlock => ({
  ...block,
  text: block.text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]{1,3}/g, ''),
});

/** Chinese characters and punctuation (full-width forms included). */
const CJK_CHAR = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * A paragraph's lines as one text: joined with a space, except a break between two Chinese
 * characters, which is a wrap: 「申請狗隻牌\n照」 is 「申請狗隻牌照」; 「牌 照」 loses the bigram 牌照 search matches on.
 */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const wrap = CJK_CHAR.test(text.at(-1) ?? '') && CJK_CHAR.test(line[0] ?? '');
    text += text && !wrap ? ` ${line}` : line;
  }
  return text;
}

/** At most this long, a paragraph's first line may be its title. */
const TITLE_MAX = 40;
const CLOSING_PUNCTUATION = /[.,;:!?…，。；：！？、]$/;

/**
 * Whether the first of a paragraph's lines is its title: short, not ending a sentence or a clause,
 * and well short of the line after it (a wrapped line is about as long as the next). Joined to the
 * text below it, 「狗隻牌照續期通知」 read as the start of its first sentence, and a summary quoted the two as one.
 */
function isTitleLine(lines: readonly string[]): boolean {
  const [first, second] = lines;
  if (first === undefined || second === undefined) return false;
  return first.length <= TITLE_MAX && !CLOSING_PUNCTUATION.test(first) && first.length <= 0.6 * second.length;
}

/** Plain text: paragraphs separated by blank lines; a short first line above longer ones is their heading. */
export async function importText(file: UploadedFile): Promise<Extracted> {
  const blocks: DocumentBlock[] = [];
  for (const paragraph of file.bytes.toString('utf8').split(/\r?\n\s*\r?\n/)) {
    const lines = paragraph
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    if (isTitleLine(lines)) blocks.push({ type: 'heading', level: 1, text: lines.shift() ?? '', page: null });
    const text = joinLines(lines);
    if (text) blocks.push({ type: 'paragraph', text, page: null });
  }
  return { kind: 'document', title: file.fileName, blocks, pages: null };
}

/** DOCX through mammoth's semantic HTML, so Word headings become our headings. */
export async function importDocx(file: UploadedFile): Promise<Extracted> {
  await assertSafeZip(file.bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: file.bytes })).value;
  } catch (error) {
    throw new ImportError('unreadable', {
      en: `The Word document cannot be read: ${(error as Error).message}`,
      zhHant: `無法讀取此 Word 文件：${(error as Error).message}`,
    });
  }
  const { blocks } = blocksFromHtml(`<body>${html}</body>`);
  const title = blocks.find((b) => b.type === 'heading')?.text ?? file.fileName;
  return { kind: 'document', title, blocks, pages: null };
}
