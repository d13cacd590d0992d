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
    const text = paragraph.join(' ').trim();
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

/** Plain text: paragraphs separated by blank lines. */
export async function importText(file: UploadedFile): Promise<Extracted> {
  const blocks: DocumentBlock[] = file.bytes
    .toString('utf8')
    .split(/\r?\n\s*\r?\n/)
    .map((text) => text.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph', text, page: null }));
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
