import { describe, expect, it } from "vitest";
import { itemStats, median, quizStats } from "./statistics";

// Four students, three one-mark items (hand-computed below):
//        q1 q2 q3  total
//   A     1  1  1   3
//   B     1  1  0   2
//   C     1  0  0   1
//   D     0  0  1   1
const matrix = [
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 0],
  [0, 0, 1],
];
const totals = matrix.map((row) => row.reduce((a, b) => a + b, 0));
const column = (i: number) => matrix.map((row) => row[i] ?? 0);

describe("item statistics (Moodle's formulas)", () => {
  it("q1: facility 75%, SD 50%, and no relation to the rest of the quiz (D 0, DE 0)", () => {
    // marks 1,1,1,0 (mean .75, var = (3·.0625 + .5625)/3 = .25, sd .5)
    // rest  2,1,0,1 (mean 1, var = (1+0+1+0)/3 = 2/3)
    // cov   = Σ(x−.75)(y−1)/3 = (.25·1 + .25·0 + .25·−1 + −.75·0)/3 = 0  →  D = 0
    const stats = itemStats(column(0), totals, 1);
    expect(stats.n).toBe(4);
    expect(stats.facility).toBeCloseTo(75, 10);
    expect(stats.sd).toBeCloseTo(50, 10);
    expect(stats.discrimination).toBeCloseTo(0, 10);
    // sorted marks 0,1,1,1 and sorted rest 0,1,1,2: covmax = (−.75·−1 + .25·0 + .25·0 + .25·1)/3 = 1/3
    expect(stats.efficiency).toBeCloseTo(0, 10);
  });

  it("q2: facility 50%, SD 57.7%, discrimination 57.7%, efficiency 100%", () => {
    // marks 1,1,0,0 (mean .5, var = 1/3), rest 2,1,1,1 (mean 1.25, var = (.5625+3·.0625)/3 = .25)
    // cov = (.5·.75 + .5·−.25 + −.5·−.25 + −.5·−.25)/3 = .5/3 = 1/6
    // D = 100 · (1/6) / sqrt(1/3 · 1/4) = 100 · (1/6) / 0.288675 = 57.735
    // sorted: marks 0,0,1,1 / rest 1,1,1,2 → covmax = (−.5·−.25·2 + .5·−.25 + .5·.75)/3 = 1/6 → DE 100
    const stats = itemStats(column(1), totals, 1);
    expect(stats.facility).toBeCloseTo(50, 10);
    expect(stats.sd).toBeCloseTo(57.735026919, 6);
    expect(stats.discrimination).toBeCloseTo(57.735026919, 6);
    expect(stats.efficiency).toBeCloseTo(100, 10);
  });

  it("q3: a question the weaker students get right discriminates negatively", () => {
    // marks 1,0,0,1 (mean .5, var 1/3), rest 2,2,1,0 (mean 1.25, var = (.5625·2+.0625+1.5625)/3 = .916667)
    // cov = (.5·.75 + −.5·.75 + −.5·−.25 + .5·−1.25)/3 = (−.5)/3 = −1/6
    // D = 100 · −(1/6) / sqrt(1/3 · .916667) = −30.151
    // sorted: 0,0,1,1 / 0,1,2,2 → covmax = (−.5·−1.25 + −.5·−.25 + .5·.75 ·2)/3 = 1.5/3 = .5 → DE −33.33
    const stats = itemStats(column(2), totals, 1);
    expect(stats.discrimination).toBeCloseTo(-30.151134458, 6);
    expect(stats.efficiency).toBeCloseTo(-33.333333333, 6);
  });

  it("scales facility and SD by the item's maximum mark", () => {
    const stats = itemStats([2, 1, 0], [5, 3, 1], 2);
    expect(stats.facility).toBeCloseTo(50, 10);
    expect(stats.sd).toBeCloseTo(50, 10);
  });

  it("returns null where Moodle would divide by zero", () => {
    expect(itemStats([1, 1, 1], [3, 2, 1], 1)).toMatchObject({
      facility: 100,
      discrimination: null,
      efficiency: null,
    });
    expect(itemStats([1], [1], 1)).toMatchObject({ n: 1, facility: 100, sd: null });
    expect(itemStats([], [], 1).facility).toBeNull();
  });
});

describe("quiz statistics", () => {
  it("mean, median, SD and Cronbach's alpha", () => {
    // totals 3,2,1,1: mean 1.75, median 1.5, var = (1.5625+.0625+.5625·2)/3 = .916667, sd .957427
    // item variances 1/4, 1/3, 1/3 → Σ = .916667 → alpha = 100 · 1.5 · (1 − .916667/.916667) = 0
    const stats = quizStats(matrix);
    expect(stats).toMatchObject({ n: 4, mean: 1.75, median: 1.5 });
    expect(stats.sd).toBeCloseTo(0.957427108, 6);
    expect(stats.alpha).toBeCloseTo(0, 10);
  });

  it("alpha is high when items agree", () => {
    // totals 3,2,0,0 (mean 1.25, var = (3.0625+.5625+1.5625·2)/3 = 2.25)
    // items: [1,1,0,0] var 1/3, [1,1,0,0] 1/3, [1,0,0,0] .25 → Σ .916667
    // alpha = 100 · 1.5 · (1 − .916667/2.25) = 88.888…
    const agree = [
      [1, 1, 1],
      [1, 1, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    expect(quizStats(agree).alpha).toBeCloseTo(88.888888889, 6);
  });

  it("needs two students for spread and alpha", () => {
    expect(quizStats([[1, 0]])).toEqual({ n: 1, mean: 1, median: 1, sd: null, alpha: null });
    expect(median([4, 1, 3])).toBe(3);
    expect(median([])).toBeNull();
  });
});

describe("quizStats never shows NaN: nothing where a figure cannot be computed", () => {
  it("no fully graded attempt, one question, identical totals", () => {
    expect(quizStats([])).toEqual({ n: 0, mean: null, median: null, sd: null, alpha: null });
    // One question: internal consistency needs two.
    const one = quizStats([[1], [0], [1]]);
    expect(one).toMatchObject({ n: 3, median: 1, alpha: null });
    expect(one.mean).toBeCloseTo(2 / 3, 12);
    expect(one.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
    // Everyone scored the same: no variance to explain.
    expect(
      quizStats([
        [1, 0],
        [0, 1],
        [1, 0],
      ]),
    ).toMatchObject({ mean: 1, sd: 0, alpha: null });
  });
});

describe("small classes and degenerate items", () => {
  it("two students are enough for spread, discrimination and alpha", () => {
    // marks 1,0; totals 2,0 → rest 1,0: var(x) = .5, var(rest) = .5, cov = .5 → D 100
    expect(itemStats([1, 0], [2, 0], 1)).toEqual({
      n: 2,
      facility: 50,
      sd: 100 * Math.sqrt(0.5),
      discrimination: 100,
      efficiency: 100,
    });
    const two = quizStats([
      [1, 1],
      [0, 0],
    ]);
    expect(two).toMatchObject({ n: 2, mean: 1, median: 1, alpha: 100 });
    expect(two.sd).toBeCloseTo(Math.sqrt(2), 12);
  });

  it("an item whose rest of the quiz does not vary has no discrimination", () => {
    // rest 1,1: nothing to relate the item to.
    expect(itemStats([1, 0], [2, 1], 1)).toMatchObject({ discrimination: null });
  });

  it("an item worth nothing has no facility", () => {
    expect(itemStats([0, 0], [1, 2], 0)).toEqual({
      n: 2,
      facility: null,
      sd: null,
      discrimination: null,
      efficiency: null,
    });
  });
});
