import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  type Block,
  type ExportDocument,
  type ExportLanguage,
  type Inline,
  languageTag,
  type TextRun as ModelRun,
} from './document-model.ts';

/**
 * The fonts a DOCX names (Word does not get them embedded: a CJK font is megabytes). Latin text
 * in Arial; East Asian text in Microsoft JhengHei (微軟正黑體), on every Windows PC in Hong Kong
 * government; Word falls back to its own CJK font elsewhere. `eastAsia` is what makes Word set
 * Chinese characters in a Chinese font instead of a Latin one's fallback.
 */
export const DOCX_FONTS = { latin: 'Arial', eastAsia: 'Microsoft JhengHei' } as const;

const FONT = {
  ascii: DOCX_FONTS.latin,
  hAnsi: DOCX_FONTS.latin,
  cs: DOCX_FONTS.latin,
  eastAsia: DOCX_FONTS.eastAsia,
};
const TONE_COLOUR = { normal: undefined, muted: '555555', warning: '9A3412' } as const;
const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * Renders a document as DOCX. Every run names its Latin and East Asian fonts (`w:rFonts` with
 * `w:eastAsia`) and its language (`w:lang` with `w:eastAsia="zh-HK"`), so Word shows Chinese in a
 * Chinese font and checks spelling in the right language; Chinese runs also carry the East Asian
 * hint, so shared punctuation takes the Chinese font. Footnotes are Word footnotes.
 *
 * @example
 * const bytes = await toDocx({ title: 'Minutes 會議紀錄', language: 'en', blocks });
 */
export async function toDocx(document: ExportDocument): Promise<Uint8Array> {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  let nextNote = 1;
  const runs = (content: readonly Inline[], style: { bold?: boolean; colour?: string | undefined } = {}) =>
    content.map((inline) => {
      if (inline.kind === 'text') return run(inline, style);
      const id = nextNote++;
      footnotes[id] = { children: [new Paragraph({ children: inline.runs.map((r) => run(r)) })] };
      return new FootnoteReferenceRun(id);
    });

  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [run({ kind: 'text', text: document.title, lang: document.language })],
    }),
  ];
  if (document.subtitle) {
    children.push(
      new Paragraph({
        children: [
          run({ kind: 'text', text: document.subtitle, lang: document.language }, { colour: TONE_COLOUR.muted }),
        ],
      }),
    );
  }
  let list = 0;
  for (const block of document.blocks) children.push(...blockOf(block, runs, () => list++));

  const tag = languageTag(document.language);
  const doc = new Document({
    creator: 'LionRock',
    title: document.title,
    description: document.subtitle ?? document.title,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, language: { value: tag, eastAsia: 'zh-HK' } },
        },
      },
    },
    numbering: {
      config: Array.from({ length: Math.max(list, 1) }, (_, i) => ({
        reference: `ordered-${i}`,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 567, hanging: 340 } } },
          },
        ],
      })),
    },
    footnotes,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

type Runs = (
  content: readonly Inline[],
  style?: { bold?: boolean; colour?: string | undefined },
) => (TextRun | FootnoteReferenceRun)[];

function blockOf(block: Block, runs: Runs, nextList: () => number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: runs(block.content) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.content, { colour: TONE_COLOUR[block.tone ?? 'normal'] }) })];
    case 'list': {
      // Each ordered list its own numbering instance, so every list starts at 1.
      const reference = block.ordered ? `ordered-${nextList()}` : null;
      return block.items.map(
        (item) =>
          new Paragraph({
            children: runs(item),
            ...(reference ? { numbering: { reference, level: 0 } } : { bullet: { level: 0 } }),
          }),
      );
    }
    case 'table': {
      const shares = block.widths ?? block.header.map(() => 1);
      const total = shares.reduce((sum, share) => sum + share, 0);
      const cell = (content: readonly Inline[], column: number, header: boolean) =>
        new TableCell({
          width: { size: Math.round(((shares[column] ?? 1) * 100) / total), type: WidthType.PERCENTAGE },
          children: [new Paragraph({ children: runs(content, { bold: header }) })],
          ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } } : {}),
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: block.header.map((content, i) => cell(content, i, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((content, i) => cell(content, i, false)) })),
          ],
        }),
        new Paragraph({ children: [] }),
      ];
    }
  }
}

function run(source: ModelRun, style: { bold?: boolean; colour?: string | undefined } = {}): TextRun {
  const chinese = source.lang !== 'en';
  return new TextRun({
    text: source.text,
    font: chinese ? { ...FONT, hint: 'eastAsia' } : FONT,
    language: { value: languageTag(source.lang), eastAsia: eastAsiaTag(source.lang) },
    ...(style.bold || source.bold ? { bold: true } : {}),
    ...(source.italic ? { italics: true } : {}),
    ...(style.colour ? { color: style.colour } : {}),
  });
}

function eastAsiaTag(lang: ExportLanguage): string {
  return lang === 'zh-Hans' ? 'zh-CN' : 'zh-HK';
}
