/**
 * `npm run bench:knowledge`: import throughput on this machine — FAQ entries per second (JSONL,
 * CSV, XLSX of the 1,877-entry Taipei FAQ), PDF pages per second (text layer) and OCR pages per
 * second (image-only PDF, when tesseract is installed). "extract" is parsing and chunking;
 * "import" adds the guard scan of every chunk and the database write (embedded PGlite, in memory).
 * Then whether bots built from imported documents and FAQs answer: ./answerability.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { CLI_PRINCIPAL, createDepartment } from '../../src/access/index.ts';
import {
  chunkExtracted,
  extractSource,
  importIntoKnowledge,
  ocrAvailability,
  type UploadedFile,
} from '../../src/knowledge/index.ts';
import { makeXlsx } from '../../src/knowledge/testing/make-files.ts';
import { renderTextImage } from '../../src/knowledge/testing/render-text-image.ts';
import { migrate, openStore } from '../../src/store/index.ts';
import { runAnswerability } from './answerability.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '../shared/data/faq/taipei-faq.jsonl');
if (!existsSync(DATA)) {
  process.stderr.write(`bench:knowledge needs ${DATA} (the shared benchmark data folder); it is missing.\n`);
  process.exit(1);
}

interface Row {
  input: string;
  units: number;
  unit: string;
  extractSeconds: number;
  importSeconds: number;
}

const store = await openStore({ memory: true });
await migrate(store);
const ctx = { principal: CLI_PRINCIPAL, requestId: 'bench' };
const department = await createDepartment(store.db, ctx, { code: 'bench', nameEn: 'Bench', nameZh: '測試' });

async function measure(input: string, file: UploadedFile, units: number, unit: string): Promise<Row> {
  let started = performance.now();
  const content = await extractSource({ type: 'file', file });
  chunkExtracted(content.extracted);
  const extractSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await importIntoKnowledge(store.db, ctx, await extractSource({ type: 'file', file }), {
    departmentId: department.id,
  });
  const importSeconds = (performance.now() - started) / 1000;
  return { input, units, unit, extractSeconds, importSeconds };
}

const rows: Row[] = [];
const faq = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; question: string; answer: string; keywords?: string[] });
rows.push(
  await measure('Taipei FAQ, JSONL', { fileName: 'taipei.jsonl', bytes: readFileSync(DATA) }, faq.length, 'entries'),
);
const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;
const csv = [
  'id,question,answer,keywords',
  ...faq.map((f) => [f.id, f.question, f.answer, (f.keywords ?? []).join('|')].map(csvCell).join(',')),
].join('\n');
rows.push(await measure('Taipei FAQ, CSV', { fileName: 'taipei.csv', bytes: Buffer.from(csv) }, faq.length, 'entries'));
const xlsx = await makeXlsx([['id', 'question', 'answer'], ...faq.map((f) => [f.id, f.question, f.answer])]);
rows.push(await measure('Taipei FAQ, XLSX', { fileName: 'taipei.xlsx', bytes: xlsx }, faq.length, 'entries'));

const pdf = await PDFDocument.create();
const font = await pdf.embedFont(StandardFonts.Helvetica);
const PAGES = 100;
for (let p = 1; p <= PAGES; p += 1) {
  const page = pdf.addPage([595, 842]);
  page.drawText(`Section ${p}: licensing guidance`, { x: 50, y: 780, size: 20, font });
  for (let line = 0; line < 40; line += 1) {
    page.drawText(`Paragraph ${line} of page ${p}. Applicants should bring proof of identity and the completed form.`, {
      x: 50,
      y: 740 - line * 17,
      size: 10,
      font,
    });
  }
}
rows.push(
  await measure(
    `PDF text layer, ${PAGES} pages`,
    { fileName: 'guide.pdf', bytes: Buffer.from(await pdf.save()) },
    PAGES,
    'pages',
  ),
);

const tools = await ocrAvailability();
let ocrNote = '';
if (tools.tesseract && tools.chineseModel && tools.pdftoppm) {
  const scanned = await PDFDocument.create();
  const OCR_PAGES = 5;
  for (let p = 1; p <= OCR_PAGES; p += 1) {
    const image = await scanned.embedPng(
      await renderTextImage([
        `第 ${p} 頁：狗隻牌照申請須知`,
        '申請人須攜同身份證明文件及已填妥的表格。',
        'Applicants must bring proof of identity.',
      ]),
    );
    const page = scanned.addPage([595, 842]);
    const scale = 545 / image.width;
    page.drawImage(image, { x: 25, y: 842 - 40 - image.height * scale, width: 545, height: image.height * scale });
  }
  rows.push(
    await measure(
      `Scanned PDF (OCR chi_tra+eng), ${OCR_PAGES} pages`,
      { fileName: 'scan.pdf', bytes: Buffer.from(await scanned.save()) },
      OCR_PAGES,
      'pages',
    ),
  );
} else {
  ocrNote = '\nOCR: not measured — tesseract with the chi_tra model and pdftoppm are not installed here.\n';
}
await store.close();

const rate = (units: number, seconds: number) => (seconds > 0 ? (units / seconds).toFixed(1) : '–');
const header =
  '| input | size | extract + chunk | /s | full import (guard scan + DB) | /s |\n|---|---|---|---|---|---|';
const lines = rows.map(
  (r) =>
    `| ${r.input} | ${r.units} ${r.unit} | ${r.extractSeconds.toFixed(2)} s | ${rate(r.units, r.extractSeconds)} ${r.unit}/s | ${r.importSeconds.toFixed(2)} s | ${rate(r.units, r.importSeconds)} ${r.unit}/s |`,
);
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`;
const table = `${header}\n${lines.join('\n')}\n${ocrNote}`;
process.stdout.write(table);
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench/results/knowledge.md'),
  `# Knowledge import throughput\n\nMachine: ${machine}. Data: Taipei City FAQ (open data, attribution), generated PDFs.\n\n${table}`,
);
writeFileSync(join(ROOT, 'bench/results/knowledge.json'), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
// Whether bots built from these imports answer: bench/results/knowledge-answers.md.
await runAnswerability();
