import type { FaqItem } from '../extracted.ts';
import { ImportError } from '../import-error.ts';

/**
 * Turns spreadsheet-like rows into FAQ items. Column names are matched loosely (case, spaces,
 * Chinese headers), and bilingual sheets — `question_en`/`question_zh` with `answer_en`/
 * `answer_zh` — give one item per language, sharing the row's key so they stay a pair.
 */
const ALIASES: Record<string, string[]> = {
  key: ['id', 'key', 'faqid', '編號'],
  question: ['question', 'q', '問題', '问题'],
  answer: ['answer', 'a', '答案', '回答'],
  alternates: ['alternatequestions', 'alternates', 'alternatives', '其他問法'],
  keywords: ['keywords', 'tags', '關鍵詞', '关键词'],
  url: ['url', 'source', 'sourceurl', 'link', '來源', '网址'],
};

const LANGUAGE_SUFFIXES: Record<string, string> = {
  en: 'en',
  eng: 'en',
  zh: 'zh-Hant',
  tc: 'zh-Hant',
  zhhant: 'zh-Hant',
  sc: 'zh-Hans',
  zhhans: 'zh-Hans',
};

const squash = (name: string) => name.toLowerCase().replace(/[\s_\-()]/g, '');

interface ColumnPlan {
  field: keyof typeof ALIASES;
  language: string | null;
}

function planColumn(header: string): ColumnPlan | null {
  const name = squash(header);
  for (const [field, aliases] of Object.entries(ALIASES)) {
    for (const alias of aliases) {
      if (name === alias) return { field: field as keyof typeof ALIASES, language: null };
      if (name.startsWith(alias)) {
        const language = LANGUAGE_SUFFIXES[name.slice(alias.length)];
        if (language) return { field: field as keyof typeof ALIASES, language };
      }
    }
  }
  return null;
}

const list = (value: string) =>
  value
    .split(/[|;；、\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * FAQ items from rows keyed by header. Refuses a file with no rows (a header row alone: the headers
 * are read from the rows, so there are none to judge) and a sheet with no question and answer columns.
 */
export function faqItemsFromRows(rows: readonly Record<string, unknown>[]): FaqItem[] {
  if (rows.length === 0) {
    throw new ImportError('empty', {
      en: 'The file has no rows of questions and answers (only a header row, or nothing)',
      zhHant: '檔案沒有問答資料列（只有標題列，或沒有內容）',
    });
  }
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const plans = new Map(headers.map((header) => [header, planColumn(header)] as const));
  const languages = [
    ...new Set([...plans.values()].filter((p) => p?.field === 'question').map((p) => p?.language ?? null)),
  ];
  if (!languages.length || ![...plans.values()].some((p) => p?.field === 'answer')) {
    throw new ImportError('unreadable', {
      en: `No question and answer columns found (columns: ${headers.join(', ') || 'none'})`,
      zhHant: `找不到問題及答案欄位（現有欄位：${headers.join('、') || '無'}）`,
    });
  }
  const items: FaqItem[] = [];
  rows.forEach((row, index) => {
    for (const language of languages) {
      const value = (field: string, fallbackToShared = true) => {
        for (const [header, plan] of plans) {
          if (plan?.field === field && plan.language === language) return cell(row[header]);
        }
        if (!fallbackToShared) return '';
        for (const [header, plan] of plans)
          if (plan?.field === field && plan.language === null) return cell(row[header]);
        return '';
      };
      const question = value('question', false);
      const answer = value('answer');
      if (!question || !answer) continue;
      const key = value('key') || `row-${index + 1}`;
      items.push({
        key: languages.length > 1 && language ? `${key}:${language}` : key,
        question,
        answer,
        alternateQuestions: list(value('alternates')),
        keywords: list(value('keywords')),
        language: language ?? undefined,
        url: value('url') || undefined,
      });
    }
  });
  return items;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'text' in (value as object)) return String((value as { text: unknown }).text).trim();
  if (typeof value === 'object' && 'result' in (value as object))
    return String((value as { result: unknown }).result).trim();
  if (Array.isArray(value)) return value.map(String).join('|');
  return String(value).trim();
}
