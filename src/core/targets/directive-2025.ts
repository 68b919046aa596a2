import type { TargetSet } from './target-set.ts';

/**
 * The targets of Hà Tĩnh's 2025 crime-prevention directive, as national targets to be beaten: case
 * clearance above the National Assembly's 75 %, very serious and especially serious cases above 90 %,
 * crime reports resolved above 90 % (the national set's thresholds, `national.ts`, now strict). Indicators
 * it leaves out take the national set's targets, and through it the provincial programme's.
 *
 * It also asks that crime against social order fall every year: the indicator `social_order_crime_change`
 * (occurred(Y) / occurred(Y-1) - 1 < 0), judged like any other.
 *
 * [A] The directive's number and date were not retrieved; the thresholds are the national ones of
 * METHODOLOGY.md 1.3, "vượt chỉ tiêu Quốc hội giao" read as strictly above them.
 */
export const directive2025: TargetSet = {
  id: 'directive-2025',
  title: {
    vi: 'Chỉ thị năm 2025 của tỉnh Hà Tĩnh về phòng, chống tội phạm (vượt chỉ tiêu toàn quốc)',
    en: "Hà Tĩnh's 2025 crime-prevention directive (beating the national targets)",
  },
  short: { vi: 'Chỉ thị năm 2025 của tỉnh', en: 'Provincial directive 2025' },
  source:
    'Chỉ thị năm 2025 của tỉnh Hà Tĩnh về tăng cường công tác phòng, chống tội phạm (số, ngày ban hành chưa đối chiếu): kéo giảm tội phạm về trật tự xã hội hằng năm; vượt các chỉ tiêu Quốc hội, Bộ Công an giao',
  extends: 'national',
  in_force: [2025, null],
  level: 'provincial',
  targets: {
    clearance_rate: { comparator: '>', threshold: 0.75, deadline_year: null },
    clearance_rate_very_serious: { comparator: '>', threshold: 0.9, deadline_year: null },
    reports_resolution_rate: { comparator: '>', threshold: 0.9, deadline_year: null },
    social_order_crime_change: {
      comparator: '<',
      threshold: 0,
      deadline_year: null,
      clause: '"kéo giảm qua từng năm"',
    },
  },
};
