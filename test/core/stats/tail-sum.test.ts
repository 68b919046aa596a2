import { describe, expect, it } from 'vitest';
import { sumTail } from '../../../src/core/stats/tail-sum.ts';

describe('sumTail', () => {
  it('sums a decreasing series upwards and downwards, stopping when the rest cannot count', () => {
    // Σ_{j>=0} 2^−j = 2
    expect(
      sumTail(
        0,
        Number.MAX_SAFE_INTEGER,
        (j) => 2 ** -j,
        () => 0.5,
      ),
    ).toBe(2);
    // Σ_{j=0}^{10} 3^−(10−j), downwards from j = 10
    const exact = (1 - 3 ** -11) / (1 - 1 / 3);
    expect(
      sumTail(
        10,
        0,
        (j) => 3 ** (j - 10),
        () => 1 / 3,
      ),
    ).toBeCloseTo(exact, 15);
  });
  it('recomputes the term every 256 steps', () => {
    const seen: number[] = [];
    sumTail(
      0,
      600,
      (j) => {
        seen.push(j);
        return 1;
      },
      () => 0.999999,
    );
    expect(seen).toEqual([0, 256, 512]);
  });
});
