import type { IndicatorResult } from '../indicators/result.ts';
import { meetsTarget, statisticalStatus, type StatisticalStatus } from '../stats/statistical-status.ts';

/**
 * The `statistical_status` of a result: its plain verdict, and whether the whole 95 % interval agrees
 * (`met_robust`, `met_within_noise`, `missed_within_noise`, `missed_robust`); null without a value, an
 * interval or a target.
 *
 * The met / missed half always agrees with the contract's `status`, which is decided exactly in
 * rational arithmetic: where the binary value sits a hair on the other side of a threshold it equals
 * (e.g. 420/400 − 1 against > 0.05), the exact verdict wins and the interval still decides robust or
 * within noise. So a result that is `not_met` is never `met_robust`.
 *
 * Formula: met_robust when value, lower and upper bound all meet the target; missed_robust when none
 * does; otherwise within noise.
 * Source: METHODOLOGY.md section 3 ("Applied here": met-robust when the CI lower bound is at or above
 * the threshold, missed when the upper bound is below it); `stats/statistical-status.ts`.
 *
 * @example verdictStrength({ value: 0.9315, ci95: [0.9164, 0.9440], status: 'met', target: { comparator: '>', threshold: 0.9 } })
 * // => 'met_robust'
 */
export function verdictStrength(
  result: Pick<IndicatorResult, 'value' | 'ci95' | 'target' | 'status'>,
): StatisticalStatus | null {
  const { value, ci95, target, status } = result;
  if (target === null || value === null || ci95 === null || status === 'no_data') return null;
  const fromValue = statisticalStatus(value, ci95, target);
  if (fromValue === null) return null;
  const met = status === 'met';
  if ((fromValue === 'met_robust' || fromValue === 'met_within_noise') === met) return fromValue;
  const lower = meetsTarget(ci95[0], target);
  const upper = meetsTarget(ci95[1], target);
  if (met) return lower && upper ? 'met_robust' : 'met_within_noise';
  return !lower && !upper ? 'missed_robust' : 'missed_within_noise';
}
