/**
 * Every special function behind src/core/stats/ against R over grids that reach far past the bundled
 * data: counts and denominators 0 to 10^7, proportions 10⁻⁶ to 1 − 10⁻⁶, levels 0.80, 0.95, 0.999.
 *
 * The R values are committed in test/reference/stats-grids/*.csv, made by
 * `Rscript test/reference/stats-grids.R` (each file's first line is the R expression of its values),
 * so this test runs without R; when Rscript is on the machine (CI installs it), the grids are made
 * again and must agree with the committed ones.
 *
 * Relative tolerances are set a little above the largest difference measured, so that a regression
 * shows; below 10⁻³⁰⁰ (subnormal numbers, where R and JavaScript round differently) differences
 * are absolute, within 10⁻³⁰⁰.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { binomialCdf } from '../../../src/core/stats/binomial-cdf.ts';
import { clopperPearson } from '../../../src/core/stats/clopper-pearson.ts';
import { Z95, Z998 } from '../../../src/core/stats/constants.ts';
import { funnelLimits } from '../../../src/core/stats/funnel.ts';
import { garwood } from '../../../src/core/stats/garwood.ts';
import { mannKendall } from '../../../src/core/stats/mann-kendall.ts';
import { poissonCdf } from '../../../src/core/stats/poisson-cdf.ts';
import { poissonTargetProbability } from '../../../src/core/stats/poisson-target-probability.ts';
import { ratePer100k } from '../../../src/core/stats/rate-per-100k.ts';
import { rateRatio, rateRatioTest } from '../../../src/core/stats/rate-ratio.ts';
import { wilson } from '../../../src/core/stats/wilson.ts';
import { ROOT } from '../../helpers/cli.ts';

const GRIDS = join(ROOT, 'test/reference/stats-grids');

interface Grid {
  /** The R expression of the values (the file's first line). */
  expression: string;
  rows: Record<string, number>[];
}

function parseGrid(text: string): Grid {
  const [comment, header, ...lines] = text.trimEnd().split('\n');
  const columns = (header as string).split(',');
  const value = (cell: string): number => (cell === 'Inf' ? Infinity : cell === '-Inf' ? -Infinity : Number(cell));
  const rows = lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, c === 'values' ? Number.NaN : value(cells[i] as string)]));
  });
  return { expression: (comment as string).replace(/^# /, ''), rows };
}

const grid = (name: string): Grid => parseGrid(readFileSync(join(GRIDS, `${name}.csv`), 'utf8'));
/** The `values` column (a series written `a;b;c`) of a Mann-Kendall grid, row by row. */
const seriesOf = (name: string): number[][] =>
  readFileSync(join(GRIDS, `${name}.csv`), 'utf8')
    .trimEnd()
    .split('\n')
    .slice(2)
    .map((line) => (line.split(',')[1] as string).split(';').map(Number));

/** Largest relative difference (absolute below 10⁻³⁰⁰), with where it occurs. */
class Worst {
  relative = 0;
  where = '';
  add(actual: number, expected: number, where: string): void {
    if (actual === expected) return;
    const difference =
      !Number.isFinite(actual) || !Number.isFinite(expected)
        ? Infinity
        : Math.abs(expected) < 1e-300
          ? Math.abs(actual - expected) <= 1e-300
            ? 0
            : Infinity
          : Math.abs(actual - expected) / Math.abs(expected);
    if (!(difference <= this.relative)) {
      this.relative = difference;
      this.where = `${where}: ${actual} vs R ${expected}`;
    }
  }
  expectBelow(tolerance: number): void {
    expect(this.relative, this.where).toBeLessThanOrEqual(tolerance);
  }
}

describe('Garwood against R (every x to 3,000, then log-spaced to 10^7; levels 0.80, 0.95, 0.999)', () => {
  const g = grid('garwood');
  it('reads qgamma', () => {
    // R: lower = if (x == 0) 0 else qgamma((1 - level)/2, x); upper = qgamma(1 - (1 - level)/2, x + 1)
    expect(g.expression).toContain('qgamma((1 - level)/2, x)');
    expect(g.rows.filter((r) => r.x! <= 3000)).toHaveLength(3 * 3001);
    expect(Math.max(...g.rows.map((r) => r.x!))).toBe(1e7);
  });
  it('agrees to 1e-12 (relative)', () => {
    const worst = new Worst();
    for (const r of g.rows) {
      const [lower, upper] = garwood(r.x!, r.level!);
      worst.add(lower, r.lower!, `garwood(${r.x}, ${r.level})[0]`);
      worst.add(upper, r.upper!, `garwood(${r.x}, ${r.level})[1]`);
    }
    worst.expectBelow(1e-12);
  });
  it('scales the same way in ratePer100k (R: poisson.test(x, T = P/1e5)$conf.int)', () => {
    const worst = new Worst();
    for (const r of g.rows.filter((row) => row.level === 0.95 && row.x! % 97 === 0)) {
      const rate = ratePer100k(r.x!, 1_300_000)!;
      worst.add(rate.ci[0], r.lower! / 13, `ratePer100k(${r.x})[0]`);
      worst.add(rate.ci[1], r.upper! / 13, `ratePer100k(${r.x})[1]`);
    }
    worst.expectBelow(1e-12);
  });
});

describe('Clopper-Pearson against R (n 1 to 10^7; x at 0, 1, 2, ..., n·10⁻⁶ ... n·(1 − 10⁻⁶), ..., n)', () => {
  const g = grid('clopper-pearson');
  it('agrees to 1e-12 (relative)', () => {
    // R: lower = if (x == 0) 0 else qbeta(a, x, n - x + 1); upper = if (x == n) 1 else qbeta(1 - a, x + 1, n - x)
    expect(g.expression).toContain('qbeta(a, x, n - x + 1)');
    const worst = new Worst();
    for (const r of g.rows) {
      const [lower, upper] = clopperPearson(r.x!, r.n!, r.level!)!;
      worst.add(lower, r.lower!, `clopperPearson(${r.x}, ${r.n}, ${r.level})[0]`);
      worst.add(upper, r.upper!, `clopperPearson(${r.x}, ${r.n}, ${r.level})[1]`);
    }
    worst.expectBelow(1e-12);
  });
});

describe('Wilson against R (the same x and n)', () => {
  it('is the same formula as prop.test(x, n, correct = FALSE)', () => {
    const g = grid('wilson');
    expect(g.expression).toContain('prop.test(x, n, conf.level = level, correct = FALSE)');
    const worst = new Worst();
    for (const r of g.rows) {
      const [lower, upper] = wilson(r.x!, r.n!, r.z!)!;
      worst.add(lower, r.lower!, `wilson(${r.x}, ${r.n}, ${r.z})[0]`);
      worst.add(upper, r.upper!, `wilson(${r.x}, ${r.n}, ${r.z})[1]`);
    }
    worst.expectBelow(1e-15);
  });
});

describe('Rate ratio against R (counts 0 to 10^7 each, two sets of exposures)', () => {
  it('interval agrees to 1e-12 (relative), also where x1 is far larger than x0', () => {
    // R: poisson.test(c(x1, x0), T = c(e1, e0), conf.level = level)$conf.int, with 1 − π from qbeta too
    const g = grid('rate-ratio');
    expect(g.expression).toContain('poisson.test(c(x1, x0)');
    const worst = new Worst();
    for (const r of g.rows) {
      const { ci } = rateRatio(r.x1!, r.x0!, { exposure1: r.e1, exposure0: r.e0, level: r.level });
      worst.add(ci![0], r.lower!, `rateRatio(${r.x1}, ${r.x0}, ${r.e1}/${r.e0}, ${r.level})[0]`);
      worst.add(ci![1], r.upper!, `rateRatio(${r.x1}, ${r.x0}, ${r.e1}/${r.e0}, ${r.level})[1]`);
    }
    worst.expectBelow(1e-12);
  });
  it('one-sided p-values agree to 1e-11 (relative), in both tails', () => {
    // R: pbinom(x1, x1 + x0, pi0) and pbinom(x1 - 1, x1 + x0, pi0, lower.tail = FALSE)
    const g = grid('rate-ratio-test');
    expect(g.expression).toContain("alternative = 'less' / 'greater'");
    const less = new Worst();
    const greater = new Worst();
    for (const r of g.rows) {
      const test = rateRatioTest(r.x1!, r.x0!, r.theta0!, { exposure1: r.e1, exposure0: r.e0 })!;
      less.add(test.pLess, r.p_less!, `rateRatioTest(${r.x1}, ${r.x0}, ${r.theta0}, ${r.e1}/${r.e0}).pLess`);
      greater.add(
        test.pGreater,
        r.p_greater!,
        `rateRatioTest(${r.x1}, ${r.x0}, ${r.theta0}, ${r.e1}/${r.e0}).pGreater`,
      );
    }
    less.expectBelow(1e-11);
    greater.expectBelow(1e-11);
  });
});

describe('Binomial distribution function against R (n to 10^7, p 10⁻⁶ to 1 − 10⁻⁶, k ± 30 sd)', () => {
  it('both tails agree to 1e-11 (relative)', () => {
    // R: pbinom(k, n, p) and pbinom(k, n, p, lower.tail = FALSE)
    const g = grid('binomial-cdf');
    expect(g.expression).toContain('pbinom(k, n, p, lower.tail = FALSE)');
    const lower = new Worst();
    const upper = new Worst();
    for (const r of g.rows) {
      lower.add(binomialCdf(r.k!, r.n!, r.p!), r.lower!, `binomialCdf(${r.k}, ${r.n}, ${r.p})`);
      upper.add(binomialCdf(r.k!, r.n!, r.p!, false), r.upper!, `binomialCdf(${r.k}, ${r.n}, ${r.p}, false)`);
    }
    lower.expectBelow(1e-11);
    upper.expectBelow(1e-11);
  });
});

describe('Funnel limits against R (n 1 to 10^7, p0 0.001 to 0.999)', () => {
  it('exact limits are equal and interpolated ones agree to 1e-12 (relative)', () => {
    // R: r = qbinom(prob, n, p0); exact = r/n; interpolated = (r - (F(r) - prob)/(F(r) - F(r - 1)))/n
    const g = grid('funnel');
    expect(g.expression).toContain('qbinom(prob, n, p0)');
    const key = { 0.001: 'lower998', 0.025: 'lower95', 0.975: 'upper95', 0.999: 'upper998' } as const;
    const worst = new Worst();
    for (const r of g.rows) {
      const which = key[r.prob as keyof typeof key];
      const exact = funnelLimits(r.p0!, r.n!, { method: 'exact' })!;
      expect(exact[which] * r.n!, `qbinom(${r.prob}, ${r.n}, ${r.p0})`).toBeCloseTo(r.r!, 6);
      expect(exact[which], `exact ${which} n=${r.n} p0=${r.p0}`).toBe(r.exact);
      const interpolated = funnelLimits(r.p0!, r.n!, { method: 'exact_interpolated' })!;
      worst.add(interpolated[which], r.interpolated!, `interpolated ${which} n=${r.n} p0=${r.p0}`);
    }
    worst.expectBelow(1e-12);
  });
});

describe('Poisson distribution function against R (means 10⁻³ to 10^7, k ± 30 sd)', () => {
  const g = grid('poisson-cdf');
  it('both tails agree to 1e-11 (relative)', () => {
    // R: ppois(k, mu) and ppois(k, mu, lower.tail = FALSE)
    expect(g.expression).toContain('ppois(k, mu, lower.tail = FALSE)');
    const lower = new Worst();
    const upper = new Worst();
    for (const r of g.rows) {
      lower.add(poissonCdf(r.k!, r.mu!), r.lower!, `poissonCdf(${r.k}, ${r.mu})`);
      upper.add(poissonCdf(r.k!, r.mu!, false), r.upper!, `poissonCdf(${r.k}, ${r.mu}, false)`);
    }
    lower.expectBelow(1e-11);
    upper.expectBelow(1e-11);
  });
  it('is the target probability (R: ppois(floor(limit), mu))', () => {
    const worst = new Worst();
    for (const r of g.rows) {
      const p = poissonTargetProbability({ baseline: r.k!, threshold: 0 }, r.mu!).probability;
      worst.add(p, r.lower!, `poissonTargetProbability(${r.k}, ${r.mu})`);
    }
    worst.expectBelow(1e-11);
  });
});

describe('Student t quantile against R (df 1 to 10^7)', () => {
  it('@stdlib agrees to 1e-13 (relative)', () => {
    // R: qt(1 - (1 - level)/2, df)
    const g = grid('t-quantile');
    expect(g.expression).toContain('qt(p, df)');
    const worst = new Worst();
    for (const r of g.rows) worst.add(tQuantile(r.p!, r.df!), r.q!, `tQuantile(${r.p}, ${r.df})`);
    worst.expectBelow(1e-13);
  });
});

describe('Normal quantiles and tail against R', () => {
  it('Z95 and Z998 are qnorm(0.975) and qnorm(0.999) to 1e-15', () => {
    const q = new Map(grid('normal-quantile').rows.map((r) => [r.p, r.q as number]));
    const worst = new Worst();
    worst.add(Z95, q.get(0.975)!, 'Z95');
    worst.add(Z998, q.get(0.999)!, 'Z998');
    worst.expectBelow(1e-15);
  });
  it('2Φ(−|z|) of @stdlib agrees with 2 * pnorm(-abs(z)) to 1e-12 for |z| <= 37.5', () => {
    const worst = new Worst();
    for (const r of grid('normal-two-sided').rows) worst.add(2 * normalCdf(-Math.abs(r.z!), 0, 1), r.p!, `z = ${r.z}`);
    worst.expectBelow(1e-12);
  });
});

describe('Mann-Kendall against R cor.test', () => {
  it('exact p for every S with n = 3 to 10 (R loses up to 1e-10 in 1 − P(T <= q − 1))', () => {
    // R: cor.test(values, seq_along(values), method = 'kendall', exact = TRUE)$p.value
    const g = grid('mann-kendall-exact');
    const series = seriesOf('mann-kendall-exact');
    const worst = new Worst();
    g.rows.forEach((r, i) => {
      const mk = mannKendall(series[i]!);
      expect(mk.method).toBe('exact');
      expect(mk.s).toBe(r.s);
      worst.add(mk.p, r.p!, `n=${r.n} S=${r.s}`);
    });
    worst.expectBelow(1e-10);
  });
  it("the normal form with ties: S, Var S, z and p; tau is tau-a, not R's tau-b", () => {
    // R: cor.test(values, seq_along(values), method = 'kendall', exact = FALSE, continuity = TRUE)
    const g = grid('mann-kendall-normal');
    const series = seriesOf('mann-kendall-normal');
    const p = new Worst();
    const z = new Worst();
    g.rows.forEach((r, i) => {
      const mk = mannKendall(series[i]!);
      expect(mk.method).toBe('normal');
      expect(mk.s).toBe(r.s);
      expect(mk.varS).toBe(r.var_s);
      z.add(mk.z, r.z!, `n=${r.n}`);
      p.add(mk.p, r.p!, `n=${r.n}`);
      expect(mk.tau).toBe(mk.s / ((r.n! * (r.n! - 1)) / 2));
      if (mk.tieGroups.length > 0) expect(Math.abs(mk.tau)).toBeLessThan(Math.abs(r.tau_b!));
    });
    z.expectBelow(1e-14);
    p.expectBelow(1e-12);
  });
});

describe('the committed grids', () => {
  it('stay small', () => {
    const bytes = readdirSync(GRIDS).reduce((sum, f) => sum + readFileSync(join(GRIDS, f)).length, 0);
    expect(bytes).toBeLessThan(2_000_000);
  });

  const rAvailable = spawnSync('Rscript', ['--version']).status === 0;
  it.runIf(rAvailable)("are what R makes now (to 1e-13, allowing another R version's last digits)", () => {
    const out = mkdtempSync(join(tmpdir(), 'stats-grids-'));
    try {
      const run = spawnSync('Rscript', [join(ROOT, 'test/reference/stats-grids.R'), out], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const names = readdirSync(GRIDS).sort();
      expect(readdirSync(out).sort()).toEqual(names);
      for (const name of names) {
        const now = parseGrid(readFileSync(join(out, name), 'utf8'));
        const committed = parseGrid(readFileSync(join(GRIDS, name), 'utf8'));
        expect(now.expression, name).toBe(committed.expression);
        expect(now.rows.length, name).toBe(committed.rows.length);
        const worst = new Worst();
        now.rows.forEach((row, i) => {
          for (const [column, value] of Object.entries(row)) {
            const before = committed.rows[i]![column]!;
            if (!(Number.isNaN(value) && Number.isNaN(before)))
              worst.add(value, before, `${name} row ${i + 1} ${column}`);
          }
        });
        worst.expectBelow(1e-13);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
