import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractSource } from '../extract-source.ts';
import { renderTextImage } from '../testing/render-text-image.ts';
import { ocrAvailability } from './ocr.ts';

/**
 * OCR is optional: with tesseract (and its Traditional Chinese model) installed — `.ci/run` installs
 * them — scans are read; without it, the import says plainly what to install. Both behaviours are
 * asserted; which one runs depends on the machine.
 */
const LINES = ['狗隻牌照申請表', '費用港幣八十元', 'Dog licence application'];

describe('OCR of scanned images and image-only PDFs', async () => {
  const tools = await ocrAvailability();
  const ready = tools.tesseract && tools.chineseModel && tools.pdftoppm;

  it(ready
    ? 'reads Traditional Chinese and English from a scanned image'
    : 'says that tesseract is needed', async () => {
    const png = await renderTextImage(LINES);
    const result = extractSource({ type: 'file', file: { fileName: 'scan.png', bytes: png } });
    if (!ready) {
      await expect(result).rejects.toMatchObject({ code: 'ocr_unavailable', message: /tesseract/ });
      return;
    }
    const { extracted, importer } = await result;
    expect(importer).toBe('ocr@1');
    const text = extracted.kind === 'document' ? extracted.blocks.map((b) => b.text).join('\n') : '';
    expect(text).toContain('狗隻牌照');
    expect(text).toContain('港幣');
    expect(text).toMatch(/Dog licence/i);
  }, 60_000);

  it(ready
    ? 'OCRs the pages of an image-only PDF, keeping page numbers'
    : 'says that OCR is needed for a scanned PDF', async () => {
    const pdf = await PDFDocument.create();
    for (const lines of [[LINES[0] ?? ''], [LINES[1] ?? '']]) {
      const image = await pdf.embedPng(await renderTextImage(lines));
      // An A4 scan: the rendered text ends up about 20 pt high, like a heading on paper.
      const page = pdf.addPage([595, 842]);
      const scale = 545 / image.width;
      page.drawImage(image, { x: 25, y: 842 - 40 - image.height * scale, width: 545, height: image.height * scale });
    }
    const result = extractSource({
      type: 'file',
      file: { fileName: 'scanned.pdf', bytes: Buffer.from(await pdf.save()) },
    });
    if (!ready) {
      await expect(result).rejects.toMatchObject({ code: 'ocr_unavailable' });
      return;
    }
    const { extracted } = await result;
    const blocks = extracted.kind === 'document' ? extracted.blocks : [];
    expect(blocks.find((b) => b.text.includes('狗隻牌照'))?.page).toBe(1);
    expect(blocks.find((b) => b.text.includes('港幣'))?.page).toBe(2);
  }, 90_000);
});
