import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Builders for real files the importer tests read: made here, so no binary fixture is committed. */

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;
const DOC_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
</w:styles>`;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word document whose paragraphs are `[style, text]` pairs (style `Heading1`, `Heading2` or null). */
export async function makeDocx(
  paragraphs: [string | null, string][],
  options: { prolog?: string } = {},
): Promise<Buffer> {
  const body = paragraphs
    .map(
      ([style, text]) =>
        `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
    )
    .join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${options.prolog ?? ''}
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/_rels/document.xml.rels', DOC_RELS);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/document.xml', document);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** One part of a hand-built zip; `declaredSize` lies about its inflated size when given. */
export interface ZipPart {
  name: string;
  data: Buffer;
  declaredSize?: number;
}

/**
 * A zip archive written byte by byte (deflate, no data descriptors), so tests can make archives
 * whose headers lie about sizes and parts far larger than jszip builds quickly.
 */
export function makeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const deflated = deflateRawSync(part.data);
    const size = part.declaredSize ?? part.data.length;
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(8, at + 4); // deflate
      header.writeUInt16LE(0, at + 6);
      header.writeUInt16LE(0x21, at + 8); // 1980-01-01
      header.writeUInt32LE(crc32(part.data), at + 10);
      header.writeUInt32LE(deflated.length, at + 14);
      header.writeUInt32LE(size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // version made by
    fields(entry, 6);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    central.push(entry, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The parts of a minimal Word document around `documentXml`. */
export function docxParts(documentXml: Buffer | string): ZipPart[] {
  return [
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: '_rels/.rels', data: Buffer.from(RELS) },
    { name: 'word/_rels/document.xml.rels', data: Buffer.from(DOC_RELS) },
    { name: 'word/styles.xml', data: Buffer.from(STYLES) },
    { name: 'word/document.xml', data: Buffer.isBuffer(documentXml) ? documentXml : Buffer.from(documentXml) },
  ];
}

const DOCUMENT_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOCUMENT_CLOSE = '</w:body></w:document>';

/**
 * A hostile Word document inside every archive limit: `document.xml` of about `xmlBytes` bytes of
 * short runs (what makes an XML parser build a huge tree), numbered so it compresses only ~15:1.
 * The default is the case from issue 12: ~190 MB of XML in a ~13 MB file.
 */
export function makeHeavyDocx(xmlBytes = 190 * 1024 * 1024): Buffer {
  const chunks: Buffer[] = [Buffer.from(DOCUMENT_OPEN)];
  let size = chunks[0]?.length ?? 0;
  let seed = 1;
  while (size < xmlBytes) {
    let xml = '<w:p>';
    for (let run = 0; run < 20; run += 1) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      xml += `<w:r><w:rPr><w:b/></w:rPr><w:t>${(seed % 100_000).toString(36)}</w:t></w:r>`;
    }
    xml += '</w:p>';
    const chunk = Buffer.from(xml);
    chunks.push(chunk);
    size += chunk.length;
  }
  chunks.push(Buffer.from(DOCUMENT_CLOSE));
  return makeZip(docxParts(Buffer.concat(chunks)));
}

/** A DOCX-named archive with one part that expands enormously: a zip bomb. */
export async function makeZipBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('word/document.bin', Buffer.alloc(8 * 1024 * 1024));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** An XLSX workbook with a header row and rows. */
export async function makeXlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('FAQ');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A PDF with one page per entry: a large heading and body paragraphs (Latin text, standard font). */
export async function makePdf(pages: { heading: string; paragraphs: string[] }[]): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Dog licence guide');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const page of pages) {
    const p = pdf.addPage([595, 842]);
    let y = 780;
    p.drawText(page.heading, { x: 50, y, size: 22, font });
    y -= 40;
    for (const paragraph of page.paragraphs) {
      p.drawText(paragraph, { x: 50, y, size: 11, font });
      y -= 30;
    }
  }
  return Buffer.from(await pdf.save());
}
