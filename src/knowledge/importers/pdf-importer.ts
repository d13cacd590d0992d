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
    throw new ImportError('unreadable', `The PDF cannot be read: ${(error as Error).message}`);
  }
  const blocks: DocumentBlock[] = [];
  const scanned: number[] = [];
  let title = '';
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    const pageBlocks = blocksOfPage(content.items as TextItem[], number);
    if (pageBlocks.length === 0) scanned.push(number);
    blocks.push(...pageBlocks);
    page.cleanup();
  }
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

function blocksOfPage(items: TextItem[], page: number): DocumentBlock[] {
  const lines: { y: number; size: number; text: string }[] = [];
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
  const texts = lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
  if (!texts.length) return [];
  const sizes = texts.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
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
