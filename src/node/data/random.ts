/**
 * A small seeded random-number toolkit for the synthetic data: the mulberry32 generator, named
 * independent streams, and the samplers the generator needs (normal, Poisson, binomial), plus the
 * largest-remainder rounding that splits an integer total by weights.
 *
 * Everything here is deterministic: the same seed and stream name give the same numbers on every
 * run (V8's `Math.exp`, `Math.log` and `Math.cos` are fdlibm ports, identical across platforms).
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit generator, period 2^32, good enough for
 * simulation of small tables.
 *
 * @example
 * const u = mulberry32(1); u(); // => 0.6270739405881613
 */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 32-bit finaliser of MurmurHash3: spreads the bits of an integer. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * An independent stream for one named part of the data (`stream(seed, 'crime_reports')`), so that
 * changing how one table is drawn leaves the other tables' numbers unchanged.
 */
export function stream(seed: number, name: string): Rng {
  let h = 0x811c9dc5; // FNV-1a over the name
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return mulberry32(mix32((seed >>> 0) ^ mix32(h)));
}

/** A standard normal draw (Box-Muller; one value per call). */
export function normal(rng: Rng): number {
  const u = 1 - rng(); // (0, 1]
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Poisson draw with mean `lambda` (Knuth's product method, in chunks of mean <= 30). */
export function poisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  let k = 0;
  let rest = lambda;
  while (rest > 0) {
    const part = Math.min(rest, 30);
    rest -= part;
    const limit = Math.exp(-part);
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
  }
  return k;
}

/** A binomial draw: successes in `n` trials of probability `p` (by counting; n here is small). */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || !(p > 0)) return 0;
  if (p >= 1) return n;
  let k = 0;
  for (let i = 0; i < n; i++) if (rng() < p) k++;
  return k;
}

/** A uniform draw in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng();
}

/** The logistic function, 1 / (1 + e^-x). */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The logit, ln(p / (1 - p)). */
export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/**
 * Splits a whole `total` into whole parts proportional to `weights`, summing exactly to `total`
 * (largest remainder; ties go to the earlier part).
 *
 * @example
 * splitWhole(10, [1, 1, 1]); // => [4, 3, 3]
 */
export function splitWhole(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rem: x - Math.floor(x) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (let j = 0; left > 0; j++, left--) parts[order[j % order.length]!.i]! += 1;
  return parts;
}
