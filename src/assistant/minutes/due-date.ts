import { chineseNumeral } from '../../core/index.ts';
/** A due date found in a sentence: the words said, and the calendar date when the meeting date is known. */
export interface DueDate {
  phrase: string;
  /** ISO date (YYYY-MM-DD), resolved against the meeting date; null without one. */
  date: string | null;
}

const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ZH_WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Chinese numerals up to 99 (十二, 二十, 廿) as numbers; Arabic digits as they are. */
function number(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  return text === '廿' ? 20 : chineseNumeral(text);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** `which`: 'coming' = first such weekday after the meeting; 'this' = in the meeting's week; 'next' = in the week after (weeks start Monday). */
function weekday(meeting: Date, day: number, which: 'coming' | 'this' | 'next'): Date {
  const today = meeting.getUTCDay();
  if (which === 'coming') return addDays(meeting, (day - today + 7) % 7 || 7);
  const monday = addDays(meeting, -((today + 6) % 7));
  return addDays(monday, ((day + 6) % 7) + (which === 'next' ? 7 : 0));
}

function monthEnd(meeting: Date, monthsAhead: number): Date {
  return new Date(Date.UTC(meeting.getUTCFullYear(), meeting.getUTCMonth() + monthsAhead + 1, 0));
}

/** A day and month with no year: the meeting's year, or the next one when that day has passed. */
function dayMonth(meeting: Date, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(meeting.getUTCFullYear(), month - 1, day));
  return date < meeting ? new Date(Date.UTC(meeting.getUTCFullYear() + 1, month - 1, day)) : date;
}

type Rule = { pattern: RegExp; resolve: (m: RegExpExecArray, meeting: Date) => Date | null };

const CN_NUM = '(\\d{1,2}|[一二三四五六七八九十廿]{1,3})';
const RULES: readonly Rule[] = [
  {
    pattern: new RegExp(`(?:(\\d{4})年)?${CN_NUM}月${CN_NUM}[日號号](?:或?之?前|以前)?`, 'u'),
    resolve: (m, meeting) =>
      m[1]
        ? new Date(Date.UTC(Number(m[1]), number(m[2] ?? '') - 1, number(m[3] ?? '')))
        : dayMonth(meeting, number(m[2] ?? ''), number(m[3] ?? '')),
  },
  {
    pattern:
      /(下(?:個|个)?|今個|今个|本|這個|这个|這|这)?(?:星期|週|周|禮拜|礼拜)([一二三四五六日天])(?:或?之?前|以前)?/u,
    resolve: (m, meeting) => {
      const which = m[1] === undefined ? 'coming' : m[1].startsWith('下') ? 'next' : 'this';
      return weekday(meeting, ZH_WEEKDAYS[m[2] ?? ''] ?? 5, which);
    },
  },
  { pattern: /(?:明天|明日|聽日|听日)/u, resolve: (_m, meeting) => addDays(meeting, 1) },
  { pattern: /(?:後天|后天|後日|后日)/u, resolve: (_m, meeting) => addDays(meeting, 2) },
  { pattern: /(下(?:個|个)?月)?月底(?:或?之?前|以前)?/u, resolve: (m, meeting) => monthEnd(meeting, m[1] ? 1 : 0) },
  {
    pattern: new RegExp(`${CN_NUM}(?:個|个)?(日|天|星期|週|周|禮拜|礼拜)[內内]`, 'u'),
    resolve: (m, meeting) => addDays(meeting, number(m[1] ?? '') * (/[日天]/u.test(m[2] ?? '') ? 1 : 7)),
  },
  {
    pattern: /下(?:個|个)?(?:星期|週|周|禮拜|礼拜)(?:或?之?前|內|内)?/u,
    resolve: (_m, meeting) => weekday(meeting, 5, 'next'),
  },
  {
    pattern:
      /\b(?:by|before|on|until|no later than)\s+(?:(next|this)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/iu,
    resolve: (m, meeting) => {
      const which = m[1] ? (m[1].toLowerCase() as 'next' | 'this') : 'coming';
      return weekday(meeting, EN_WEEKDAYS.indexOf((m[2] ?? '').toLowerCase()), which);
    },
  },
  {
    pattern: new RegExp(
      `\\b(?:by|before|on|until|no later than)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${EN_MONTHS.join('|')})\\b`,
      'iu',
    ),
    resolve: (m, meeting) => dayMonth(meeting, EN_MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1, Number(m[1])),
  },
  {
    pattern: new RegExp(
      `\\b(?:by|before|on|until|no later than)\\s+(${EN_MONTHS.join('|')})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`,
      'iu',
    ),
    resolve: (m, meeting) => dayMonth(meeting, EN_MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1, Number(m[2])),
  },
  {
    // Hong Kong writes day/month.
    pattern: /\b(?:by|before|on|until)\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/iu,
    resolve: (m, meeting) => {
      if (!m[3]) return dayMonth(meeting, Number(m[2]), Number(m[1]));
      const year = Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3]);
      return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[1])));
    },
  },
  { pattern: /\b(?:by\s+)?tomorrow\b/iu, resolve: (_m, meeting) => addDays(meeting, 1) },
  {
    pattern: /\bby\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?(week|month)\b/iu,
    resolve: (m, meeting) =>
      (m[2] ?? '').toLowerCase() === 'week'
        ? weekday(meeting, 5, m[1] ? 'next' : 'this')
        : monthEnd(meeting, m[1] ? 1 : 0),
  },
  {
    pattern: /\b(?:within|in)\s+(\d+|one|two|three|four)\s+(day|week)s?\b/iu,
    resolve: (m, meeting) => {
      const n = ['one', 'two', 'three', 'four'].indexOf((m[1] ?? '').toLowerCase()) + 1 || Number(m[1]);
      return addDays(meeting, n * ((m[2] ?? '').toLowerCase() === 'week' ? 7 : 1));
    },
  },
  { pattern: /\b(?:by\s+)?next\s+week\b/iu, resolve: (_m, meeting) => weekday(meeting, 5, 'next') },
];

/**
 * The first due date a sentence states ("by Friday", "by next Friday", "by 20 December", "下星期五前",
 * "12月20日前", "月底前", "三日內"), resolved against the meeting date when one is given (YYYY-MM-DD).
 *
 * @example findDueDate('Mary will send it by Friday.', '2026-12-02') // { phrase: 'by Friday', date: '2026-12-04' }
 */
export function findDueDate(sentence: string, meetingDate?: string): DueDate | null {
  const meeting = meetingDate ? new Date(`${meetingDate}T00:00:00Z`) : null;
  for (const rule of RULES) {
    const match = rule.pattern.exec(sentence);
    if (!match) continue;
    const phrase = match[0].trim();
    if (!meeting || Number.isNaN(meeting.getTime())) return { phrase, date: null };
    const date = rule.resolve(match, meeting);
    return { phrase, date: date && !Number.isNaN(date.getTime()) ? iso(date) : null };
  }
  return null;
}
