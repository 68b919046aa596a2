import { VIOLATION_FIELDS } from '../types.ts';
import { defineIndicator } from './definition.ts';

/**
 * Violations detected in each field against the year before (one row per field).
 *
 * Formula: detected(Y) / detected(Y-1) - 1 per field.
 * Interval: exact conditional Poisson rate-ratio interval, minus 1.
 * Source: programme mục II.1.2.c ("phát hiện vi phạm về kinh tế, tham nhũng, buôn lậu, môi trường, ma túy
 * năm sau cao hơn năm trước").
 */
export const violationsDetectedChange = defineIndicator({
  id: 'violations_detected_change',
  title: { vi: 'Vi phạm được phát hiện so với năm trước', en: 'Violations detected against the year before' },
  shortTitle: { vi: 'Vi phạm phát hiện so với năm trước', en: 'Violations detected vs year before' },
  description: {
    vi: 'Mức tăng số vi phạm được phát hiện trong từng lĩnh vực so với năm trước.',
    en: 'Change in the violations detected in each field against the year before.',
  },
  unit: 'relative_change',
  direction: 'increase',
  numerator: {
    table: 'violations_detected',
    terms: [{ column: 'detected', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số vi phạm phát hiện trong năm', en: 'Violations detected in the year' },
  },
  denominator: {
    table: 'violations_detected',
    terms: [{ column: 'detected', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số vi phạm phát hiện năm trước', en: 'Violations detected the year before' },
  },
  comparison: { kind: 'previous_year' },
  chartName: { vi: 'Vi phạm phát hiện so với năm trước', en: 'Violations detected against the year before' },
  countUnit: { vi: 'vụ việc', en: 'violations', enOne: 'violation' },
  interval: 'poisson_rate_ratio',
  breakdown: { dimension: 'field', values: VIOLATION_FIELDS, withHeadline: false },
  clause: 'mục II.1.2.c',
  formula: 'detected(Y) / detected(Y-1) - 1, per field',
});
