import { INTL_LOCALE, type Locale } from './locale.ts';

/**
 * Dates, times and numbers in Hong Kong formats (zh-HK / en-HK: day before month, 24-hour in
 * Chinese, HKT). The server speaks ISO 8601 UTC; officers read Hong Kong time.
 */
export function formatters(locale: Locale) {
  const tag = INTL_LOCALE[locale];
  const timeZone = 'Asia/Hong_Kong';
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone });
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const parse = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
  return {
    dateTime: (value: string | Date) => dateTime.format(parse(value)),
    date: (value: string | Date) => date.format(parse(value)),
    number: (value: number) => number.format(value),
    percent: (value: number) => percent.format(value),
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
