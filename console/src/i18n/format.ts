import { INTL_LOCALE, type Locale } from './locale.ts';

/**
 * Dates, times, numbers and lists in Hong Kong formats (zh-HK / en-HK: day before month; 下午4:30 in
 * Chinese, 4:30 pm in English; HKT). The server speaks ISO 8601 UTC; officers read Hong Kong time.
 */
export function formatters(locale: Locale) {
  const tag = INTL_LOCALE[locale];
  const timeZone = 'Asia/Hong_Kong';
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  // 'conjunction' for every list a person reads: zh-HK's 'unit' lists are joined by spaces ("甲 乙 丙"),
  // which is no Chinese enumeration, and an "and" reads well in a table cell as in a sentence.
  const list = new Intl.ListFormat(tag, { type: 'conjunction' });
  const parse = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
  return {
    dateTime: (value: string | Date) => dateTime.format(parse(value)),
    date: (value: string | Date) => date.format(parse(value)),
    number: (value: number) => number.format(value),
    percent: (value: number) => percent.format(value),
    /**
     * A list in a sentence or a cell: "photo, name and address" / "相片、姓名及地址". Never for a list
     * the officer edits or the server reads (a text field's comma-separated value, an id).
     *
     * @example t('principlesServed', { principles: format.list(names) })
     */
    list: (items: readonly string[]) => list.format(items),
    /** The same list in parts, for a list whose items are elements (links, people's words with their `lang`). */
    listParts: (items: readonly string[]) => list.formatToParts(items),
    /** "in 3 hours" / "3 小時後", "2 days ago" / "2 日前": for deadlines and last activity. */
    relative: (value: string | Date, now: Date = new Date()) => {
      const seconds = (parse(value).getTime() - now.getTime()) / 1000;
      const abs = Math.abs(seconds);
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      return relative.format(Math.round(seconds / 86_400), 'day');
    },
  };
}

export type Formatters = ReturnType<typeof formatters>;
