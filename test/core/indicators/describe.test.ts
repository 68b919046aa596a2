import { describe, expect, it } from 'vitest';
import { formatCi } from '../../../src/core/indicators/describe.ts';
import { INDICATORS } from '../../../src/core/indicators/registry.ts';

describe('formatCi', () => {
  it('prints a count interval in cases, a rate in percent, a change with signs', () => {
    // garwood(24) = [15.377…, 35.710…] (R: poisson.test(24)$conf.int)
    expect(formatCi(INDICATORS.cyber_crime_cases, [15.377252854686464, 35.710097593753204], 'vi')).toBe('15,4 – 35,7');
    expect(formatCi(INDICATORS.cyber_crime_cases, [15.377252854686464, 35.710097593753204], 'en')).toBe('15.4 – 35.7');
    expect(formatCi(INDICATORS.clearance_rate, [0.812, 0.868], 'vi')).toBe('81,2 – 86,8 %');
    expect(formatCi(INDICATORS.social_order_crime_change, [-0.0955, 0.2106], 'vi')).toBe('−9,6 – +21,1 %');
  });
});
