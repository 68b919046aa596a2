import type { TargetSet } from './target-set.ts';

/**
 * The Prime Minister's national programme implementing Conclusion 13-KL/TW (QĐ 1944/QĐ-TTg, 18/11/2021),
 * 2021-2025: clearance > 75 %, very serious and especially serious > 90 %, crime reports 100 % accepted and
 * > 90 % resolved, corruption assets > 60 % recovered. Its "năm sau giảm so với năm trước" (crime down
 * every year) has no indicator of the contract before 2025 (the directive's social-order change is the
 * province's).
 *
 * Source: TARGETS.md, National (laodongthudo.vn/tang-cuong-phong-chong-toi-pham-trong-tinh-hinh-moi-133020.html);
 * the decision's own text was not retrieved.
 */
export const nationalProgramme2021: TargetSet = {
  id: 'qd-1944-2021',
  title: {
    vi: 'Chương trình quốc gia thực hiện Kết luận 13-KL/TW (QĐ 1944/QĐ-TTg), 2021-2025',
    en: 'National programme implementing Conclusion 13-KL/TW (Decision 1944/QĐ-TTg), 2021-2025',
  },
  short: { vi: 'QĐ 1944/QĐ-TTg', en: 'Decision 1944/QĐ-TTg' },
  source: 'Quyết định 1944/QĐ-TTg ngày 18/11/2021 của Thủ tướng Chính phủ (theo báo chí dẫn; chưa đối chiếu văn bản)',
  in_force: [2021, 2025],
  level: 'national',
  targets: {
    reports_acceptance_rate: { comparator: '>=', threshold: 1, deadline_year: null },
    reports_resolution_rate: { comparator: '>', threshold: 0.9, deadline_year: null },
    clearance_rate: { comparator: '>', threshold: 0.75, deadline_year: null },
    clearance_rate_very_serious: { comparator: '>', threshold: 0.9, deadline_year: null },
    corruption_asset_recovery_rate: { comparator: '>', threshold: 0.6, deadline_year: null },
  },
};
