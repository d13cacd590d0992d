import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Glossary, GlossaryError, loadGlossary, parseGlossary } from './glossary.ts';
import { findTerms } from './term-match.ts';

const TSV = [
  '# Department glossary',
  '# version: 1',
  'en\tzh_hant\tzh_hans\twrong_zh\tsource_file',
  'Department of Health\t衞生署\t\t衛生部|健康署\tseed',
  'Buildings Department\t屋宇署\t\t建築署\tseed',
  'Chief Secretary for Administration\t政務司司長\t\t\tseed',
  "Chief Secretary for Administration's Office\t政務司司長辦公室\t\t\tseed",
  'Electrical & Mechanical Services Department\t機電工程署\t\t\tseed',
  'Buildings Department\t屋宇署\t\t\tseed again',
  'Legislative Council\t立法會\t\t\tseed',
].join('\n');

function glossary(): Glossary {
  const parsed = parseGlossary(TSV, 'dept.tsv');
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  return parsed.value;
}

describe('parseGlossary (versioned TSV, validated with zod)', () => {
  it('reads term pairs, derives Simplified with OpenCC, splits known wrong variants and merges repeated pairs', () => {
    const { version, entries } = glossary();
    expect(version).toBe(1);
    expect(entries).toHaveLength(6);
    expect(entries[0]).toMatchObject({
      line: 4,
      ref: 'dept.tsv:4',
      en: 'Department of Health',
      zhHant: '衞生署',
      zhHans: '卫生署',
      wrongZh: ['衛生部', '健康署'],
      wrongEn: [],
    });
  });

  it("reads files in the seeds' shapes (no version line, extra columns) as version 1, several merged", () => {
    // The shapes of ../shared/data/glossary's two seeds (tests never read ../shared: a clean clone has none).
    const folder = mkdtempSync(join(tmpdir(), 'glossary-seeds-'));
    const departments = join(folder, 'hk-departments-2018.tsv');
    const legco = join(folder, 'legco-terms.tsv');
    writeFileSync(departments, 'en\tzh_hant\nBuildings Department\t屋宇署\nAudit Commission\t審計署\n');
    writeFileSync(
      legco,
      'field\ten\tzh_hant\tsource_file\nordinance_title\tInland Revenue Ordinance\t稅務條例\tbills.json\n',
    );
    const seeds = loadGlossary(departments, legco);
    expect(seeds.entries).toHaveLength(3);
    expect(seeds.entries.find((entry) => entry.en === 'Buildings Department')?.zhHant).toBe('屋宇署');
    expect(seeds.entries.find((entry) => entry.en === 'Inland Revenue Ordinance')?.zhHant).toBe('稅務條例');
  });

  it('names the line of every bad row: a missing cell, an empty term', () => {
    const parsed = parseGlossary('en\tzh_hant\nBuildings Department\t屋宇署\nAudit Commission\n\t審計署\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => [issue.code, issue.line])).toEqual([
      ['wrong_column_count', 3],
      ['invalid_term', 4],
    ]);
    expect(parsed.issues[1]?.message).toBe('line 4: invalid term: en is empty');
    expect(parsed.issues[1]?.messageZh).toContain('第 4 行');
  });

  it('words every problem in English and in 繁體中文, naming the line and the column, with no English left in the Chinese', () => {
    const parsed = parseGlossary(
      'en\tzh_hant\tzh_hans\nBuildings Department\t屋宇署\t\nAudit Commission\n\t\t卫生署\n123\t審計署\t!!\n',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => [issue.message, issue.messageZh])).toEqual([
      [
        'line 3: the row does not have as many tab-separated cells as the header: 1 cells, header has 3',
        '第 3 行：此列以定位字元分隔的欄數與標題列不符：此列有 1 欄，標題列有 3 欄',
      ],
      ['line 4: invalid term: en is empty; zh_hant is empty', '第 4 行：詞彙無效：en 欄是空的；zh_hant 欄是空的'],
      [
        'line 5: invalid term: en has no Latin letter; zh_hans has no letter',
        '第 5 行：詞彙無效：en 欄沒有拉丁字母；zh_hans 欄沒有任何文字',
      ],
    ]);
    const header = parseGlossary('english\tzh_hant\nAudit Commission\t審計署\n');
    expect(header.ok || [header.issues[0]?.message, header.issues[0]?.messageZh]).toEqual([
      'line 1: the header lacks a required column: en',
      '第 1 行：標題列缺少必需欄位：en',
    ]);
  });

  it('refuses a header without the required columns, an unknown version and an empty file', () => {
    const noHeader = parseGlossary('Buildings Department\t屋宇署\n');
    expect(noHeader.ok || noHeader.issues[0]).toMatchObject({ code: 'missing_column', line: 1 });
    expect(noHeader.ok || noHeader.issues[0]?.message).toContain('en, zh_hant');
    const future = parseGlossary('# version: 2\nen\tzh_hant\nAudit Commission\t審計署\n');
    expect(future.ok || future.issues[0]).toMatchObject({ code: 'unsupported_version', line: 1 });
    const empty = parseGlossary('');
    expect(empty.ok || empty.issues[0]?.code).toBe('missing_header');
    const noRows = parseGlossary('en\tzh_hant\n');
    expect(noRows.ok || noRows.issues[0]?.code).toBe('empty');
  });

  it('loadGlossary throws a GlossaryError naming the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    const file = join(dir, 'bad.tsv');
    writeFileSync(file, 'en\tzh_hant\nAudit Commission\t審計署\nBuildings Department\t\n');
    expect(() => loadGlossary(file)).toThrow(GlossaryError);
    expect(() => loadGlossary(file)).toThrow(/bad\.tsv[\s\S]*line 3: invalid term: zh_hant is empty/u);
    expect(() => loadGlossary(join(dir, 'none.tsv'))).toThrow(/cannot read glossary .*none\.tsv: ENOENT/u);
  });
});

describe('findTerms (longest match, both directions)', () => {
  it('English: ignores case, plurals, possessives and & / and; takes the longest term', () => {
    const text =
      "THE BUILDINGS DEPARTMENTS met the Chief Secretary for Administration's Office and the Electrical and Mechanical Services Department.";
    expect(findTerms(text, glossary(), 'en').map((match) => [match.text, match.entries[0]?.zhHant])).toEqual([
      ['BUILDINGS DEPARTMENTS', '屋宇署'],
      ["Chief Secretary for Administration's Office", '政務司司長辦公室'],
      ['Electrical and Mechanical Services Department', '機電工程署'],
    ]);
  });

  it('English: a term must be whole words (Council is not the Legislative Council)', () => {
    expect(findTerms('The District Council and the legislative councils.', glossary(), 'en')).toEqual([
      expect.objectContaining({ text: 'legislative councils', start: 29, end: 49 }),
    ]);
  });

  it('Chinese: matches the term in Simplified, Hong Kong and Taiwan variants, with offsets of the text as written', () => {
    const text = '卫生署、衛生署及衞生署均回覆政務司司長辦公室。';
    expect(findTerms(text, glossary(), 'zh').map((match) => [match.text, match.start, match.end])).toEqual([
      ['卫生署', 0, 3],
      ['衛生署', 4, 7],
      ['衞生署', 8, 11],
      ['政務司司長辦公室', 14, 22],
    ]);
  });
});
