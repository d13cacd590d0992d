import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text lines of a PDF as a reader extracts them (pdfjs), page after page. For tests. */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    let line = '';
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line !== '') lines.push(line);
  }
  await pdf.destroy();
  return lines;
}

/** A DOCX's raw text (mammoth) and its main and footnote XML parts. For tests. */
export async function docxParts(
  bytes: Uint8Array,
): Promise<{ text: string; document: string; footnotes: string; styles: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return {
    text: value,
    document: await part('word/document.xml'),
    footnotes: await part('word/footnotes.xml'),
    styles: await part('word/styles.xml'),
  };
}
