import { GRADES, type Grade, type GradingScale } from './suite.ts';

/**
 * The grade of a score (0–100) on a Moonshot grading scale: the band that holds it. Moonshot's
 * bands are whole numbers (`A: [80, 100], B: [60, 79]`), so a score between two bands (79.5) takes
 * the lower band's grade; a score outside every band is an E.
 *
 * @example gradeOf(82.5, { A: [80, 100], B: [60, 79], C: [40, 59], D: [20, 39], E: [0, 19] }) // 'A'
 */
export function gradeOf(score: number, scale: GradingScale): Grade {
  for (const grade of GRADES) {
    const [low, high] = scale[grade];
    if (score >= low && score <= high) return grade;
  }
  // Between bands: the highest grade whose lower bound the score still reaches below the next band.
  const reached = GRADES.filter((grade) => score >= scale[grade][0]);
  return reached[0] ?? 'E';
}

/** A suite's score: the share of items passed, 0–100, one decimal. No items score 0. */
export function scoreOf(passed: number, total: number): number {
  return total === 0 ? 0 : Math.round((passed / total) * 1000) / 10;
}

/** The default scale of Moonshot recipes. */
export const MOONSHOT_DEFAULT_SCALE: GradingScale = { A: [80, 100], B: [60, 79], C: [40, 59], D: [20, 39], E: [0, 19] };
