import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DocumentBlock, Extracted, UploadedFile } from '../extracted.ts';
import { ImportError } from '../import-error.ts';

const run = promisify(execFile);

/** Traditional Chinese and English, the languages of Hong Kong government documents. */
export const OCR_LANGUAGES = 'chi_tra+eng';

/** Whether `tesseract` (with the Traditional Chinese model) and `pdftoppm` are installed. */
export async function ocrAvailability(): Promise<{ tesseract: boolean; chineseModel: boolean; pdftoppm: boolean }> {
  const languages = await run('tesseract', ['--list-langs']).then(
    (r) => `${r.stdout}${r.stderr}`,
    () => null,
  );
  const pdftoppm = await run('pdftoppm', ['-v']).then(
    () => true,
    () => false,
  );
  return { tesseract: languages !== null, chineseModel: languages?.includes('chi_tra') ?? false, pdftoppm };
}

async function requireTesseract(): Promise<void> {
  const available = await ocrAvailability();
  if (!available.tesseract) {
    throw new ImportError('ocr_unavailable', {
      en: 'OCR needs tesseract, which is not installed (Debian: apt install tesseract-ocr tesseract-ocr-chi-tra)',
      zhHant:
        '文字辨識（OCR）需要 tesseract，但伺服器未有安裝（Debian：apt install tesseract-ocr tesseract-ocr-chi-tra）',
    });
  }
  if (!available.chineseModel) {
    throw new ImportError('ocr_unavailable', {
      en: 'OCR needs the Traditional Chinese model (Debian: apt install tesseract-ocr-chi-tra)',
      zhHant: '文字辨識（OCR）需要繁體中文模型（Debian：apt install tesseract-ocr-chi-tra）',
    });
  }
}

async function recognise(imagePath: string): Promise<string> {
  const { stdout } = await run('tesseract', [imagePath, 'stdout', '-l', OCR_LANGUAGES, '--psm', '3'], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

/** Paragraphs of recognised text; Chinese lines join without spaces. */
function paragraphs(text: string, page: number | null): DocumentBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .reduce(
          (joined, line) =>
            joined && /[A-Za-z0-9,.]$/.test(joined) && /^[A-Za-z0-9]/.test(line) ? `${joined} ${line}` : joined + line,
          '',
        )
        // tesseract puts spaces between CJK characters; they are not part of the text.
        .replace(/(?<=[\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3400-\u9fff\uff00-\uffef])/g, ''),
    )
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph' as const, text, page }));
}

/** A scanned image (PNG, JPEG, TIFF) through tesseract. */
export async function importImage(file: UploadedFile): Promise<Extracted> {
  await requireTesseract();
  const dir = await mkdtemp(join(tmpdir(), 'lionrock-ocr-'));
  try {
    const path = join(dir, 'image');
    await writeFile(path, file.bytes);
    const blocks = paragraphs(await recognise(path), 1);
    return { kind: 'document', title: file.fileName, blocks, pages: 1 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Renders the given pages of a PDF (pdftoppm, 200 dpi) and recognises them. */
export async function ocrPdfPages(bytes: Buffer, pages: readonly number[]): Promise<DocumentBlock[]> {
  await requireTesseract();
  if (!(await ocrAvailability()).pdftoppm) {
    throw new ImportError('ocr_unavailable', {
      en: 'This PDF has scanned pages; OCR of PDFs needs pdftoppm (Debian: apt install poppler-utils)',
      zhHant: '此 PDF 含掃描頁面；為 PDF 進行文字辨識需要 pdftoppm（Debian：apt install poppler-utils）',
    });
  }
  const dir = await mkdtemp(join(tmpdir(), 'lionrock-ocr-'));
  try {
    await writeFile(join(dir, 'in.pdf'), bytes);
    const blocks: DocumentBlock[] = [];
    for (const page of pages) {
      await run('pdftoppm', [
        '-r',
        '200',
        '-gray',
        '-png',
        '-f',
        String(page),
        '-l',
        String(page),
        join(dir, 'in.pdf'),
        join(dir, `p${page}`),
      ]);
      const image = (await readdir(dir)).find((name) => name.startsWith(`p${page}-`) || name === `p${page}.png`);
      if (image) blocks.push(...paragraphs(await recognise(join(dir, image)), page));
    }
    return blocks;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
