const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese numeral as a number, with an optional 萬 / 億 multiplier: what the guard's grounding
 * check compares with Arabic figures and the minutes read in due dates.
 *
 * @example chineseNumeral('八十') // 80
 * @example chineseNumeral('一千二百') // 1200
 * @example chineseNumeral('兩', '萬') // 20000
 */
export function chineseNumeral(digits: string, big = ''): number {
  let total = 0;
  let current = 0;
  for (const ch of digits) {
    const unit = UNITS[ch];
    if (unit) {
      total += (current || 1) * unit;
      current = 0;
    } else {
      current = DIGITS[ch] ?? 0;
    }
  }
  const n = total + current;
  return big === '萬' || big === '万' ? n * 10_000 : big === '億' || big === '亿' ? n * 100_000_000 : n;
}
