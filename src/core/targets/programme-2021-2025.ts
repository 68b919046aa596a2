import type { TargetSet } from './target-set.ts';

/**
 * The targets of Hà Tĩnh's programme implementing Politburo Conclusion 13-KL/TW (2021-2025), mục II.1.2.
 * The default target set.
 */
export const programme20212025: TargetSet = {
  id: 'programme-2021-2025',
  title: {
    vi: 'Chương trình thực hiện Kết luận 13-KL/TW giai đoạn 2021-2025 (tỉnh Hà Tĩnh)',
    en: "Hà Tĩnh's programme implementing Conclusion 13-KL/TW, 2021-2025",
  },
  short: { vi: 'CTr KL 13 của tỉnh', en: 'Provincial KL 13 programme' },
  source: 'Chương trình hành động của Tỉnh ủy Hà Tĩnh thực hiện Kết luận 13-KL/TW, mục II.1.2 (a-đ)',
  in_force: [2021, 2025],
  level: 'provincial',
  targets: {
    crime_change_vs_baseline: { comparator: '<=', threshold: -0.05, deadline_year: 2025 },
    reports_acceptance_rate: { comparator: '>=', threshold: 1, deadline_year: null },
    reports_resolution_rate: { comparator: '>', threshold: 0.9, deadline_year: null },
    clearance_rate: { comparator: '>=', threshold: 0.8, deadline_year: null },
    clearance_rate_very_serious: { comparator: '>=', threshold: 0.95, deadline_year: null },
    violations_detected_change: { comparator: '>', threshold: 0, deadline_year: null },
    corruption_asset_recovery_rate: { comparator: '>=', threshold: 0.6, deadline_year: null },
    judicial_violations: { comparator: '<=', threshold: 0, deadline_year: null },
    reoffending_rate: { comparator: '<', threshold: 0.15, deadline_year: null },
    safe_communes_share: { comparator: '>=', threshold: 0.8, deadline_year: null },
    safe_organisations_share: { comparator: '>=', threshold: 0.8, deadline_year: null },
  },
};
