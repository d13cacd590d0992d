import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { type CjkFonts, type FontFace, findCjkFonts } from './cjk-font.ts';
import { type Block, type ExportDocument, type Inline, languageTag, type TextRun } from './document-model.ts';

export interface PdfOptions {
  /** The fonts to embed (default: {@link findCjkFonts}). */
  fonts?: CjkFonts;
}

const MARGIN = 56;
const BODY = 10.5;
const HEADING_SIZE = { 1: 15, 2: 13, 3: 11.5 } as const;
const TONE_COLOUR = { normal: '#111111', muted: '#555555', warning: '#9a3412' } as const;
const LIST_INDENT = 18;

/**
 * Renders a document as PDF (A4) with the CJK font embedded as a subset, so Chinese and English
 * both display and extract as text. Lines break by Unicode line breaking (UAX #14, the `linebreak`
 * package inside pdfkit): between any two Chinese characters, at spaces in English, never before
 * closing punctuation such as ，。」. Footnotes are numbered `[n]` and listed at the end; each
 * page carries its number.
 *
 * @example
 * const bytes = await toPdf({ title: '會議紀錄 Minutes', language: 'zh-Hant', blocks });
 */
export async function toPdf(document: ExportDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const fonts = options.fonts ?? findCjkFonts();
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: languageTag(document.language),
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: document.title, Creator: 'LionRock', Producer: 'LionRock (pdfkit)' },
  });
  const main = parsedFont(fonts.regular);
  pdf.registerFont('regular', asSource(main));
  pdf.registerFont('bold', asSource(parsedFont(fonts.bold)));
  let fallback: fontkit.Font | null = null;
  const faceOf = (codePoint: number, bold: boolean): FontName => {
    if (codePoint < 0x80 || main.hasGlyphForCodePoint(codePoint) || !fonts.fallback) return bold ? 'bold' : 'regular';
    if (!fallback) {
      // Parsed and registered only when a document needs it (the collection is 20 MB).
      fallback = parsedFont(fonts.fallback.regular);
      pdf.registerFont('fallback', asSource(fallback));
      pdf.registerFont('fallback-bold', asSource(parsedFont(fonts.fallback.bold)));
    }
    if (!fallback.hasGlyphForCodePoint(codePoint)) return bold ? 'bold' : 'regular';
    return bold ? 'fallback-bold' : 'fallback';
  };
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const notes: TextRun[][] = [];
  const writer = new PdfWriter(pdf, notes, faceOf);
  writer.inlines([{ kind: 'text', text: document.title, lang: document.language }], { size: 18, bold: true, gap: 0.2 });
  if (document.subtitle) {
    const subtitle = { kind: 'text' as const, text: document.subtitle, lang: document.language };
    writer.inlines([subtitle], { colour: TONE_COLOUR.muted, gap: 0.8 });
  }
  for (const block of document.blocks) writer.block(block);
  if (notes.length > 0) {
    writer.block({ kind: 'heading', level: 2, content: [{ kind: 'text', text: 'Notes 註釋', lang: 'en' }] });
    notes.forEach((runs, i) => {
      writer.inlines([{ kind: 'text', text: `[${i + 1}] `, lang: 'en' }, ...runs], { size: 9, gap: 0.15 });
    });
  }
  pageNumbers(pdf);
  pdf.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Fonts parsed once per process and handed to pdfkit as fontkit objects: given a path (or bytes),
 * pdfkit reopens the font each time it switches back to it, which is every table cell, and
 * re-read and re-parsed 7 MB per cell (seconds for a page of minutes).
 */
const parsedFonts = new Map<string, fontkit.Font>();
function parsedFont(face: FontFace): fontkit.Font {
  const key = `${face.path}#${face.postscriptName ?? ''}`;
  let font = parsedFonts.get(key);
  if (!font) {
    // A collection (.ttc) names its face; a single font file is the face.
    font = fontkit.openSync(face.path, face.postscriptName) as fontkit.Font;
    parsedFonts.set(key, font);
  }
  return font;
}

/** pdfkit takes a fontkit font as a source (it checks for `layout`); its types only list files and bytes. */
const asSource = (font: fontkit.Font) => font as unknown as PDFKit.Mixins.PDFFontSource;

/** The faces registered on a document: Noto Sans HK, and the fallback for characters it lacks. */
type FontName = 'regular' | 'bold' | 'fallback' | 'fallback-bold';

interface Segment {
  text: string;
  font: FontName;
  italic: boolean;
}

/** Lays out blocks one after another on the running pages; footnotes collect into `notes`. */
class PdfWriter {
  readonly width: number;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly notes: TextRun[][],
    private readonly faceOf: (codePoint: number, bold: boolean) => FontName,
  ) {
    this.width = pdf.page.width - MARGIN * 2;
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'heading': {
        this.pdf.moveDown(block.level === 1 ? 0.6 : 0.4);
        this.inlines(block.content, { size: HEADING_SIZE[block.level], bold: true, gap: 0.25 });
        return;
      }
      case 'paragraph':
        this.inlines(block.content, { colour: TONE_COLOUR[block.tone ?? 'normal'], gap: 0.5 });
        return;
      case 'list':
        block.items.forEach((item, i) => {
          const marker = block.ordered ? `${i + 1}.` : '•';
          this.inlines(item, { gap: 0.25, marker });
        });
        this.pdf.moveDown(0.3);
        return;
      case 'table':
        this.table(block);
        return;
    }
  }

  /** One paragraph of runs, the style changing between runs; footnotes become `[n]` marks. */
  inlines(
    content: readonly Inline[],
    style: { size?: number; bold?: boolean; colour?: string; gap?: number; marker?: string } = {},
  ): void {
    const pdf = this.pdf;
    const size = style.size ?? BODY;
    const segments = this.segments(content, style.bold ?? false);
    if (segments.length === 0) return;
    const indent = style.marker === undefined ? 0 : LIST_INDENT;
    const x = MARGIN + indent;
    const width = this.width - indent;
    pdf.fontSize(size).fillColor(style.colour ?? TONE_COLOUR.normal);
    // Keep a line's worth of room: a paragraph never starts on the last line of a page.
    if (pdf.y + pdf.currentLineHeight(true) * 2 > pdf.page.height - MARGIN) pdf.addPage();
    const y = pdf.y;
    if (style.marker !== undefined)
      pdf.font('regular').text(style.marker, MARGIN, y, { width: indent, lineBreak: false });
    segments.forEach((segment, i) => {
      pdf.font(segment.font);
      const options = { width, lineGap: 2.5, continued: i < segments.length - 1, oblique: segment.italic };
      if (i === 0) pdf.text(segment.text, x, y, options);
      else pdf.text(segment.text, options);
    });
    pdf.x = MARGIN;
    pdf.moveDown(style.gap ?? 0.5);
  }

  /** Runs cut where the face changes: a character the main font lacks is set in the fallback. */
  private segments(content: readonly Inline[], bold: boolean): Segment[] {
    const segments: Segment[] = [];
    const push = (text: string, font: FontName, italic: boolean) => {
      const last = segments.at(-1);
      if (last && last.font === font && last.italic === italic) last.text += text;
      else segments.push({ text, font, italic });
    };
    for (const inline of content) {
      if (inline.kind === 'note') {
        this.notes.push(inline.runs);
        push(`[${this.notes.length}]`, 'regular', false);
        continue;
      }
      const italic = inline.italic === true;
      for (const char of inline.text) {
        push(char, this.faceOf(char.codePointAt(0) ?? 0, bold || inline.bold === true), italic);
      }
    }
    return segments;
  }

  private table(block: Extract<Block, { kind: 'table' }>): void {
    const pdf = this.pdf;
    const columns = block.header.length;
    const shares = block.widths ?? block.header.map(() => 1);
    const total = shares.reduce((sum, share) => sum + share, 0);
    // A cell is set in one face: the fallback when any of its characters needs it.
    const cell = (content: readonly Inline[], bold: boolean) => {
      const segments = this.segments(content, bold);
      const fallback = segments.find((segment) => segment.font.startsWith('fallback'));
      return {
        text: segments.map((segment) => segment.text).join(''),
        font: { src: fallback ? fallback.font : bold ? 'bold' : 'regular' },
      };
    };
    pdf.font('regular').fontSize(9.5).fillColor(TONE_COLOUR.normal);
    pdf.x = MARGIN;
    pdf.table({
      columnStyles: shares.slice(0, columns).map((share) => ({ width: (this.width * share) / total })),
      defaultStyle: { padding: [3, 4], borderColor: '#999999', border: 0.5 },
      data: [
        block.header.map((content) => ({ ...cell(content, true), type: 'TH' as const, backgroundColor: '#eeeeee' })),
        ...block.rows.map((row) => row.map((content) => cell(content, false))),
      ],
    });
    pdf.x = MARGIN;
    pdf.moveDown(0.6);
  }
}

/** "n / N" at the foot of every page (drawn inside the bottom margin, so it never adds a page). */
function pageNumbers(pdf: PDFKit.PDFDocument): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('regular')
      .fontSize(8)
      .fillColor(TONE_COLOUR.muted)
      .text(`${i + 1} / ${range.count}`, MARGIN, pdf.page.height - MARGIN / 2, {
        width: pdf.page.width - MARGIN * 2,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = bottom;
  }
}
