import type { TargetSet } from './target-set.ts';

/**
 * The national drug programme to 2030: at least 50 % of commune-level units drug-free ("không ma túy") by the
 * end of 2030 (Politburo Conclusion 132-KL/TW, 18/3/2025; Resolution 163/2024/QH15, 27/11/2024, the national
 * target programme on drug prevention to 2030), with an interim at least 20 % in 2025 as provincial plans
 * quote it (Hà Nội, KH 290/KH-UBND, 27/10/2025), not read in the national texts themselves.
 *
 * A path target: `>=` 0.2 in 2025, `>=` 0.5 in 2030; a year between reads its threshold off the straight line
 * (0.26 in 2026, ... 0.44 in 2029: `target.interpolated: true`), the toolkit's reading, not the documents'.
 * Source: ../shared/reference/TARGETS.md (National: KL 132-KL/TW, NQ 163/2024/QH15); CONTRACT.md.
 */
export const drugs2030: TargetSet = {
  id: 'drugs-2030',
  title: {
    vi: 'Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 (NQ 163/2024/QH15, KL 132-KL/TW)',
    en: 'National target programme on drug prevention to 2030 (Resolution 163/2024/QH15, Conclusion 132-KL/TW)',
  },
  short: { vi: 'NQ 163/2024/QH15, KL 132', en: 'Resolution 163/2024/QH15' },
  source:
    'Nghị quyết 163/2024/QH15 ngày 27/11/2024 của Quốc hội; Kết luận 132-KL/TW ngày 18/3/2025 của Bộ Chính trị (theo TARGETS.md; chưa đối chiếu toàn văn)',
  in_force: [2025, 2030],
  level: 'national',
  targets: {
    drug_free_communes_share: {
      comparator: '>=',
      threshold: 0.5,
      deadline_year: 2030,
      milestones: [
        { year: 2025, threshold: 0.2 },
        { year: 2030, threshold: 0.5 },
      ],
      clause:
        '"đến hết năm 2030, có ít nhất 50 % đơn vị hành chính cấp xã ... \'không ma túy\'"; mốc ít nhất 20 % năm 2025 theo kế hoạch của các tỉnh (Hà Nội, KH 290/KH-UBND ngày 27/10/2025), không trích từ văn bản trung ương; các năm giữa là đường thẳng do bộ công cụ nội suy',
    },
  },
};
