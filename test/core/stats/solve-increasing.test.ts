import { describe, expect, it } from 'vitest';
import { solveIncreasing } from '../../../src/core/stats/solve-increasing.ts';

describe('solveIncreasing', () => {
  it('finds a root by Newton from a good start', () => {
    expect(solveIncreasing((u) => ({ value: u * u * u - 2, slope: 3 * u * u }), 0, 2, 1)).toBeCloseTo(Math.cbrt(2), 15);
  });
  it('falls back to bisection where the function is infinite or its slope useless', () => {
    // ln(u) − 1 is −Infinity at 0; the slope given is wrong on purpose
    const f = (u: number) => ({ value: u <= 0 ? -Infinity : Math.log(u) - 1, slope: Number.NaN });
    expect(solveIncreasing(f, 0, 10, 0)).toBeCloseTo(Math.E, 14);
  });
});
