import type { TargetSet } from './target-set.ts';

/**
 * The national targets for clearance and report resolution, as reported in METHODOLOGY.md 1.3:
 * clearance >= 75 % (the 2024 report's "8.48 points above the NA target" at 83.48 %), very serious and
 * especially serious >= 90 %, reports resolved > 90 % (a 2019 city plan quoting the Ministry of Public
 * Security; consistent with Resolution 96/2019/QH14, whose text was not retrieved).
 * Indicators without a national target take the provincial programme's.
 */
export const national: TargetSet = {
  id: 'national',
  title: {
    vi: 'Chỉ tiêu của Quốc hội và Bộ Công an',
    en: 'National targets (National Assembly, Ministry of Public Security)',
  },
  short: { vi: 'Quốc hội, Bộ Công an', en: 'National Assembly, MPS' },
  source:
    'Báo cáo Chính phủ năm 2024 (83,48 %, "vượt 8,48 % chỉ tiêu Quốc hội giao"); kế hoạch năm 2019 của Công an TP Đà Nẵng dẫn chỉ tiêu Bộ Công an; Nghị quyết 96/2019/QH14 (chưa đối chiếu văn bản)',
  extends: 'programme-2021-2025',
  // The National Assembly's yearly resolutions: 75 % from 2020 on (inferred, TARGETS.md), still in force.
  in_force: [2020, null],
  level: 'national',
  targets: {
    clearance_rate: { comparator: '>=', threshold: 0.75, deadline_year: null },
    clearance_rate_very_serious: { comparator: '>=', threshold: 0.9, deadline_year: null },
    reports_resolution_rate: { comparator: '>', threshold: 0.9, deadline_year: null },
  },
};
