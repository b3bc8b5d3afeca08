// Item analysis as Moodle's quiz statistics report computes it (question/classes/statistics/
// questions/calculator.php, "secondary_question_walker"), over one counted attempt per student:
//   facility F_i        = 100 · mean(x_i) / max_i
//   SD_i                = 100 · sqrt(Σ(x_i − mean)² / (n − 1)) / max_i
//   discrimination D_i  = 100 · cov(x_i, y_i) / sqrt(var(x_i) · var(y_i)),  y_i = total − x_i
//   efficiency DE_i     = 100 · cov(x_i, y_i) / covmax,  covmax = cov of x_i and y_i each sorted
//                         ascending and paired (the largest covariance those marks allow)
//   quiz: mean, median, SD of totals, and the coefficient of internal consistency (Cronbach's
//   alpha) = 100 · k/(k − 1) · (1 − Σ var(x_i) / var(total)), shown from 2 students up.
// Variances and covariances use n − 1, as Moodle does. A value that would divide by zero is null.

/**
 * Below this many answers a facility, a discrimination or an alpha is mostly chance (two students'
 * alpha can be −500%): the report and the studio's warnings give a verdict only from here up.
 */
export const MIN_ANSWERS = 5;

export type TItemStats = {
  n: number;
  facility: number | null;
  sd: number | null;
  discrimination: number | null;
  efficiency: number | null;
};

export type TQuizStats = {
  n: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  alpha: number | null;
};

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function covariance(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  return (
    xs.reduce((sum, x, index) => sum + (x - mx) * ((ys[index] ?? 0) - my), 0) / (xs.length - 1)
  );
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? null)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Statistics for one item: its marks and each student's total, in the same student order. */
export function itemStats(
  marks: readonly number[],
  totals: readonly number[],
  maxMark: number,
): TItemStats {
  const n = marks.length;
  if (n === 0 || maxMark <= 0)
    return { n, facility: null, sd: null, discrimination: null, efficiency: null };
  const facility = (100 * mean(marks)) / maxMark;
  if (n < 2) return { n, facility, sd: null, discrimination: null, efficiency: null };
  const rest = marks.map((mark, index) => (totals[index] ?? 0) - mark);
  const varX = covariance(marks, marks);
  const varY = covariance(rest, rest);
  const cov = covariance(marks, rest);
  const covMax = covariance(
    [...marks].sort((a, b) => a - b),
    [...rest].sort((a, b) => a - b),
  );
  return {
    n,
    facility,
    sd: (100 * Math.sqrt(varX)) / maxMark,
    discrimination: varX * varY > 0 ? (100 * cov) / Math.sqrt(varX * varY) : null,
    efficiency: covMax !== 0 ? (100 * cov) / covMax : null,
  };
}

/** Quiz-level statistics from a students × items matrix of marks (totals are row sums). */
export function quizStats(matrix: readonly (readonly number[])[]): TQuizStats {
  const n = matrix.length;
  const totals = matrix.map((row) => row.reduce((sum, mark) => sum + mark, 0));
  if (n === 0) return { n, mean: null, median: null, sd: null, alpha: null };
  if (n < 2) return { n, mean: mean(totals), median: median(totals), sd: null, alpha: null };
  const k = matrix[0]?.length ?? 0;
  const varTotal = covariance(totals, totals);
  const itemVariances = Array.from({ length: k }, (_, item) => {
    const column = matrix.map((row) => row[item] ?? 0);
    return covariance(column, column);
  });
  const alpha =
    k > 1 && varTotal > 0
      ? 100 * (k / (k - 1)) * (1 - itemVariances.reduce((s, v) => s + v, 0) / varTotal)
      : null;
  return { n, mean: mean(totals), median: median(totals), sd: Math.sqrt(varTotal), alpha };
}
