import { defineIndicator } from './definition.ts';

/**
 * Violations of law in judicial activities found in the year (a count; the target is none).
 *
 * Formula: sum of violations. No interval.
 * Source: programme mục II.1.2.c ("không để xảy ra vi phạm pháp luật trong hoạt động tư pháp").
 */
export const judicialViolations = defineIndicator({
  id: 'judicial_violations',
  title: { vi: 'Vi phạm pháp luật trong hoạt động tư pháp', en: 'Violations of law in judicial activities' },
  shortTitle: { vi: 'Vi phạm trong hoạt động tư pháp', en: 'Judicial violations' },
  description: {
    vi: 'Số vi phạm pháp luật trong hoạt động tư pháp được phát hiện trong năm.',
    en: 'Violations of law in judicial activities found in the year.',
  },
  unit: 'count',
  direction: 'decrease',
  numerator: {
    table: 'judicial_violations',
    terms: [{ column: 'violations', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số vi phạm', en: 'Violations' },
  },
  denominator: null,
  chartName: { vi: 'Vi phạm trong hoạt động tư pháp', en: 'Violations in judicial work' },
  countUnit: { vi: 'vi phạm', en: 'violations', enOne: 'violation' },
  interval: 'none',
  clause: 'mục II.1.2.c',
  formula: 'violations',
});
