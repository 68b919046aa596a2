import { describe, expect, it } from 'vitest';
import { binomial, mulberry32, poisson, splitWhole, stream } from '../../../src/node/data/random.ts';
import { englishUnitName } from '../../../src/node/data/hatinh-areas.ts';

describe('random', () => {
  it('mulberry32 repeats its sequence for a seed (value of the reference C code)', () => {
    expect(mulberry32(1)()).toBe(0.6270739405881613);
    const a = mulberry32(9);
    const b = mulberry32(9);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });

  it('names independent streams', () => {
    expect(stream(1, 'a')()).not.toBe(stream(1, 'b')());
    expect(stream(1, 'a')()).toBe(stream(1, 'a')());
  });

  it('draws Poisson counts with the right mean, also above the chunk size of 30', () => {
    for (const lambda of [0.3, 4, 75]) {
      const rng = stream(5, `poisson ${lambda}`);
      let sum = 0;
      const n = 20_000;
      for (let i = 0; i < n; i++) sum += poisson(rng, lambda);
      // Mean within 4 standard errors.
      expect(Math.abs(sum / n - lambda)).toBeLessThan(4 * Math.sqrt(lambda / n));
    }
    expect(poisson(stream(1, 'x'), 0)).toBe(0);
  });

  it('draws binomial counts within 0..n', () => {
    const rng = stream(2, 'binomial');
    for (let i = 0; i < 1000; i++) {
      const k = binomial(rng, 10, 0.3);
      expect(k >= 0 && k <= 10).toBe(true);
    }
    expect(binomial(rng, 5, 1)).toBe(5);
    expect(binomial(rng, 5, 0)).toBe(0);
  });

  it('splits whole totals by weight, keeping the total', () => {
    expect(splitWhole(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitWhole(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2]);
    expect(splitWhole(9, [3, 1])).toEqual([7, 2]);
    expect(splitWhole(0, [1, 2])).toEqual([0, 0]);
    expect(splitWhole(5, [1])).toEqual([5]);
  });

  it('spells unit names in English', () => {
    expect(englishUnitName('Phường Hà Huy Tập')).toBe('Ha Huy Tap Ward');
    expect(englishUnitName('Xã Đức Đồng')).toBe('Duc Dong Commune');
    expect(englishUnitName('Xã Sơn Kim 1')).toBe('Son Kim 1 Commune');
  });
});
