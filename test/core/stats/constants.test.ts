import { describe, expect, it } from 'vitest';
import { Z95, Z998 } from '../../../src/core/stats/constants.ts';

describe('constants', () => {
  it('Z95 is the contract value and R qnorm(0.975) to 1e-15', () => {
    expect(Z95).toBe(1.959963984540054); // shared/CONTRACT.md
    expect(Z95).toBeCloseTo(1.9599639845400536, 14); // confirmed in R: sprintf("%.17g", qnorm(0.975))
  });

  it('Z998 is R qnorm(0.999)', () => {
    expect(Z998).toBe(3.0902323061678132); // confirmed in R: sprintf("%.17g", qnorm(0.999))
  });
});
