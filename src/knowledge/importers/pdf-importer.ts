import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentBlock, Extracted, UploadedFile } from '../extracted.ts';
import { ImportError } from '../import-error.ts';
import { ocrPdfPages } from './ocr.ts';

interface TextItem {
  str: string;
  transform: number[];
  hasEOL?: boolean;
}

/**
 * The PDF's text layer, page by page: lines grouped by their baseline, a line set in a clearly
 * larger font than the page's body text taken as a heading, paragraphs split at vertical gaps.
 * Pages without a text layer (scans) go through OCR when tesseract is installed.
 */
export async function importPdf(file: UploadedFile): Promise<Extracted> {
  let pdf: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    // No eval, no font loading: the document is untrusted input.
    pdf = await getDocument({
      data: new Uint8Array(file.bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new ImportError('unreadable', {
      en: `The PDF cannot be read: ${(error as Error).message}`,
      zhHant: `無法讀取此 PDF 檔案：${(error as Error).message}`,
    });
  }
  const pageLines: Line[][] = [];
  const scanned: number[] = [];
  let title = '';
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const lines = linesOfPage(content.items as TextItem[]);
    if (lines.length === 0) scanned.push(number);
    pageLines.push(lines);
    page.cleanup();
  }
  const body = bodySize(pageLines.flat());
  const blocks = pageLines.flatMap((lines, index) => blocksOfPage(lines, index + 1, body));
  const info = (await pdf.getMetadata().catch(() => null))?.info as { Title?: string } | undefined;
  title = info?.Title?.trim() || blocks.find((b) => b.type === 'heading')?.text || file.fileName;
  const pages = pdf.numPages;
  await pdf.destroy();
  if (scanned.length > 0) {
    const ocrBlocks = await ocrPdfPages(file.bytes, scanned);
    blocks.push(...ocrBlocks);
    blocks.sort((a, b) => (a.page ?? 0) - (b.page ?? 0));
  }
  return { kind: 'document', title, blocks, pages };
}

interface Line {
  y: number;
  size: number;
  text: string;
}

/** Text items joined into lines by their baseline. */
function linesOfPage(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (!item.str.trim() && !item.hasEOL) continue;
    const y = Math.round(item.transform[5] ?? 0);
    const size = Math.abs(item.transform[3] ?? 0);
    const last = lines.at(-1);
    if (last && Math.abs(last.y - y) < Math.max(2, size * 0.3)) {
      last.text += needsSpace(last.text, item.str) ? ` ${item.str}` : item.str;
      last.size = Math.max(last.size, size);
    } else {
      lines.push({ y, size, text: item.str });
    }
  }
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

/** The document's body font size: the size that sets the most characters. */
function bodySize(lines: readonly Line[]): number {
  const chars = new Map<number, number>();
  for (const line of lines)
    chars.set(Math.round(line.size), (chars.get(Math.round(line.size)) ?? 0) + line.text.length);
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function blocksOfPage(texts: readonly Line[], page: number, body: number): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let previous: { y: number; size: number } | null = null;
  for (const line of texts) {
    const heading = body > 0 && line.size >= body * 1.25 && line.text.length <= 120;
    const gap = previous ? previous.y - line.y : 0;
    const last = blocks.at(-1);
    if (heading) {
      blocks.push({ type: 'heading', level: line.size >= body * 1.6 ? 1 : 2, text: line.text, page });
    } else if (last?.type === 'paragraph' && previous && gap > 0 && gap < line.size * 1.8) {
      last.text += needsSpace(last.text, line.text) ? ` ${line.text}` : line.text;
    } else {
      blocks.push({ type: 'paragraph', text: line.text, page });
    }
    previous = line;
  }
  return blocks;
}

/** Latin words need a space between lines; Chinese text does not. */
function needsSpace(before: string, after: string): boolean {
  return /[A-Za-z0-9.,;:!?)]$/.test(before) && /^[A-Za-z0-9(]/.test(after);
}
