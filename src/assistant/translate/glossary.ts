import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { traditionalToSimplified } from '../../retrieval/index.ts';

/**
 * A department glossary: approved English ↔ Chinese term pairs, kept as data (a TSV file) with a
 * schema and a version. Format version 1:
 *
 * - optional comment lines starting with `#`; `# version: 1` declares the format (a file without
 *   it, like the seeds in ../shared/data/glossary/, is read as version 1; any other version is refused);
 * - a header row naming the columns: `en` and `zh_hant` are required; `zh_hans` (approved
 *   Simplified, else converted from `zh_hant` with OpenCC), `field`, `wrong_en` and `wrong_zh` (known
 *   wrong variants, separated by `|`, that enforcement reports and can replace) and `note` are
 *   optional; other columns (e.g. `source_file`) are ignored;
 * - one term pair per row. Several rows for one term are alternatives: each target is approved.
 */
export const GLOSSARY_FORMAT_VERSION = 1;

export interface GlossaryEntry {
  /** The row's line number in its file (1-based). */
  line: number;
  /** `file:line`: names the entry in a report, also when several files are loaded together. */
  ref: string;
  en: string;
  zhHant: string;
  zhHans: string;
  field: string | null;
  wrongEn: string[];
  wrongZh: string[];
  note: string | null;
}

export interface Glossary {
  version: number;
  /** Where it was read from (a file name), for reports. */
  name: string;
  entries: GlossaryEntry[];
}

/** What is wrong with a glossary file, by stable code and line, in English and Traditional Chinese. */
export interface GlossaryIssue {
  code: 'unsupported_version' | 'missing_header' | 'missing_column' | 'wrong_column_count' | 'invalid_term' | 'empty';
  line: number;
  message: string;
  messageZh: string;
}

export type GlossaryResult = { ok: true; value: Glossary } | { ok: false; issues: GlossaryIssue[] };

const MESSAGES: Record<GlossaryIssue['code'], [string, string]> = {
  unsupported_version: [
    `unsupported glossary format version (this build reads ${GLOSSARY_FORMAT_VERSION})`,
    `不支援的詞彙表格式版本（本版本讀取第 ${GLOSSARY_FORMAT_VERSION} 版）`,
  ],
  missing_header: [
    'expected a header row naming the columns (en, zh_hant, ...)',
    '應有列出欄位名稱的標題列（en、zh_hant 等）',
  ],
  missing_column: ['the header lacks a required column', '標題列缺少必需欄位'],
  wrong_column_count: [
    'the row does not have as many tab-separated cells as the header',
    '此列以定位字元分隔的欄數與標題列不符',
  ],
  invalid_term: ['invalid term', '詞彙無效'],
  empty: ['the glossary holds no term pairs', '詞彙表沒有任何詞彙對'],
};

/** A problem's particulars (the columns missing, the cells counted), in both languages. */
interface IssueDetail {
  en: string;
  zh: string;
}

function issue(code: GlossaryIssue['code'], line: number, detail?: IssueDetail): GlossaryIssue {
  const [en, zh] = MESSAGES[code];
  return {
    code,
    line,
    message: `line ${line}: ${en}${detail ? `: ${detail.en}` : ''}`,
    messageZh: `第 ${line} 行：${zh}${detail ? `：${detail.zh}` : ''}`,
  };
}

/** Why a cell is refused (the row schema's messages are these keys), worded after the column's name. */
const CELL_PROBLEMS: Record<string, IssueDetail> = {
  empty: { en: 'is empty', zh: '是空的' },
  no_latin: { en: 'has no Latin letter', zh: '沒有拉丁字母' },
  no_letter: { en: 'has no letter', zh: '沒有任何文字' },
};

/** A refused cell named by its column: `en is empty` / `en 欄是空的`. */
function cellProblem(column: string, reason: string): IssueDetail {
  const words = CELL_PROBLEMS[reason] ?? { en: reason, zh: reason };
  return { en: `${column} ${words.en}`, zh: `${column} 欄${words.zh}` };
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;
const LATIN = /[A-Za-z]/u;
const variants = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split('|')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );

/** One row, by column name; the single source of what a valid row is. */
const rowSchema = z.object({
  // Messages are keys of CELL_PROBLEMS, worded in both languages with the column's name.
  en: z.string().trim().min(1, 'empty').regex(LATIN, 'no_latin'),
  // No Chinese character is allowed: some terms are kept as written in both languages (honours such as `SBS, JP`).
  zh_hant: z.string().trim().min(1, 'empty'),
  zh_hans: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || HAN.test(value) || LATIN.test(value), 'no_letter'),
  field: z.string().trim().optional(),
  wrong_en: variants,
  wrong_zh: variants,
  note: z.string().trim().optional(),
});

/**
 * Parses and validates glossary text: errors as data, every bad line named.
 *
 * @example parseGlossary('en\tzh_hant\nBuildings Department\t屋宇署\n').ok // true
 */
export function parseGlossary(text: string, name = 'glossary'): GlossaryResult {
  const issues: GlossaryIssue[] = [];
  const entries: GlossaryEntry[] = [];
  let version = GLOSSARY_FORMAT_VERSION;
  let header: string[] | null = null;
  const seen = new Set<string>();
  text
    .replace(/^\uFEFF/u, '')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/u, '');
      const number = i + 1;
      if (line.trim() === '') return;
      if (line.startsWith('#')) {
        const declared = /^#\s*version:\s*(\S+)\s*$/u.exec(line);
        if (declared) {
          version = Number(declared[1]);
          const given = declared[1] ?? '';
          if (version !== GLOSSARY_FORMAT_VERSION)
            issues.push(issue('unsupported_version', number, { en: `version ${given}`, zh: `第 ${given} 版` }));
        }
        return;
      }
      const cells = line.split('\t');
      if (header === null) {
        header = cells.map((cell) => cell.trim().toLowerCase());
        const missing = ['en', 'zh_hant'].filter((column) => !header?.includes(column));
        if (missing.length > 0)
          issues.push(issue('missing_column', number, { en: missing.join(', '), zh: missing.join('、') }));
        return;
      }
      // Without its required columns no row can be read: the header issue says it once.
      if (!header.includes('en') || !header.includes('zh_hant')) return;
      if (cells.length !== header.length) {
        issues.push(
          issue('wrong_column_count', number, {
            en: `${cells.length} cells, header has ${header.length}`,
            zh: `此列有 ${cells.length} 欄，標題列有 ${header.length} 欄`,
          }),
        );
        return;
      }
      const row = Object.fromEntries(header.map((column, c) => [column, cells[c] ?? '']));
      for (const optional of ['zh_hans', 'field', 'wrong_en', 'wrong_zh', 'note']) {
        if (row[optional] === '') delete row[optional];
      }
      const parsed = rowSchema.safeParse(row);
      if (!parsed.success) {
        // One message per column: an empty term need not also be told it has no letter.
        const byColumn = new Map(
          parsed.error.issues.reverse().map((problem) => {
            const column = problem.path.join('.');
            return [column, cellProblem(column, problem.message)];
          }),
        );
        const problems = [...byColumn.values()].reverse();
        issues.push(
          issue('invalid_term', number, {
            en: problems.map((problem) => problem.en).join('; '),
            zh: problems.map((problem) => problem.zh).join('；'),
          }),
        );
        return;
      }
      const { en, zh_hant, zh_hans, field, wrong_en, wrong_zh, note } = parsed.data;
      // The same pair twice (the LegCo seed repeats terms across its source files) is one entry.
      const key = `${en}\t${zh_hant}`;
      if (seen.has(key)) return;
      seen.add(key);
      entries.push({
        line: number,
        ref: `${name}:${number}`,
        en,
        zhHant: zh_hant,
        zhHans: zh_hans || traditionalToSimplified(zh_hant),
        field: field || null,
        wrongEn: wrong_en,
        wrongZh: wrong_zh,
        note: note || null,
      });
    });
  if (header === null) issues.push(issue('missing_header', 1));
  else if (entries.length === 0 && issues.length === 0) issues.push(issue('empty', 1));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { version, name, entries } };
}

/** Thrown by {@link loadGlossary} when the file cannot be read or is invalid; `issues` lists each line. */
export class GlossaryError extends Error {
  constructor(
    message: string,
    readonly issues: GlossaryIssue[],
  ) {
    super(message);
    this.name = 'GlossaryError';
  }
}

/**
 * Reads and validates a glossary file (several files: their entries together).
 *
 * @example const glossary = loadGlossary('../shared/data/glossary/hk-departments-2018.tsv');
 */
export function loadGlossary(...files: string[]): Glossary {
  const entries: GlossaryEntry[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new GlossaryError(`cannot read glossary ${file}: ${reason} / 無法讀取詞彙表 ${file}`, []);
    }
    const parsed = parseGlossary(text, file);
    if (!parsed.ok) {
      const lines = parsed.issues.map((problem) => `${problem.message} / ${problem.messageZh}`).join('\n');
      throw new GlossaryError(`invalid glossary ${file} / 詞彙表無效:\n${lines}`, parsed.issues);
    }
    entries.push(...parsed.value.entries);
  }
  return { version: GLOSSARY_FORMAT_VERSION, name: files.join(', '), entries };
}
