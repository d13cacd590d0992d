import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Extracted, UploadedFile } from '../extracted.ts';
import { ImportError } from '../import-error.ts';
import { assertSafeZip } from '../safe-zip.ts';
import { faqItemsFromRows } from './faq-rows.ts';

const titleOf = (file: UploadedFile) => file.fileName.replace(/\.[^.]+$/, '');

/** CSV with a header row (UTF-8, with or without BOM). */
export async function importFaqCsv(file: UploadedFile): Promise<Extracted> {
  let rows: Record<string, string>[];
  try {
    rows = parse(file.bytes.toString('utf8'), {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    throw new ImportError('unreadable', {
      en: `The CSV cannot be read: ${(error as Error).message}`,
      zhHant: `無法讀取此 CSV 檔案：${(error as Error).message}`,
    });
  }
  return { kind: 'faq', title: titleOf(file), items: faqItemsFromRows(rows) };
}

/** The first worksheet of an XLSX workbook, first row as headers. */
export async function importFaqXlsx(file: UploadedFile): Promise<Extracted> {
  await assertSafeZip(file.bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ImportError('unreadable', {
      en: `The workbook cannot be read: ${(error as Error).message}`,
      zhHant: `無法讀取此活頁簿：${(error as Error).message}`,
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportError('empty', { en: 'The workbook has no worksheet', zhHant: '活頁簿沒有工作表' });
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, column) => {
    headers[column] = String(cell.text ?? '').trim();
  });
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Record<string, unknown> = {};
    row.eachCell((cell, column) => {
      const header = headers[column];
      if (header) record[header] = cell.text;
    });
    rows.push(record);
  });
  return { kind: 'faq', title: titleOf(file), items: faqItemsFromRows(rows) };
}

/** One JSON object per line: `{id, question, answer, keywords?, ...}` (blank lines ignored). */
export async function importFaqJsonl(file: UploadedFile): Promise<Extracted> {
  const rows: Record<string, unknown>[] = [];
  const lines = file.bytes.toString('utf8').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const value = JSON.parse(line) as unknown;
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
      rows.push(value as Record<string, unknown>);
    } catch (error) {
      throw new ImportError('unreadable', {
        en: `Line ${index + 1} is not a JSON object: ${(error as Error).message}`,
        zhHant: `第 ${index + 1} 行不是 JSON 物件：${(error as Error).message}`,
      });
    }
  });
  return { kind: 'faq', title: titleOf(file), items: faqItemsFromRows(rows) };
}
