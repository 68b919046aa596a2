import { expect } from 'vitest';

/**
 * Asserts `actual` equals `expected` to a relative 1e-9 (absolute 1e-12 near zero);
 * infinities must match exactly. Shared by the stats tests.
 */
export function expectClose(actual: number, expected: number, relative = 1e-9): void {
  if (!Number.isFinite(expected)) {
    expect(actual).toBe(expected);
    return;
  }
  const tolerance = Math.max(Math.abs(expected) * relative, 1e-12);
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** {@link expectClose} on each element of two equally long lists. */
export function expectAllClose(actual: readonly number[] | null | undefined, expected: readonly number[]): void {
  expect(actual).not.toBeNull();
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => expectClose(actual?.[i] ?? Number.NaN, value));
}
