/**
 * The briefing's paragraphs on crime-free and drug-free communes, in both languages, on a small tree worked
 * by hand: two districts to 30/6/2025, two communes from 1/7/2025, four months of 2026.
 */
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../src/core/indicators/registry.ts';
import type { AreaRow, CriminalCaseRow, DrugFreeCommuneRow } from '../../../src/core/types.ts';
import { buildScorecard, findReport } from '../../../src/node/report/build-scorecard.ts';
import { targetParagraph, type ParagraphInputs } from '../../../src/node/report/paragraphs.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

const area = (
  code: string,
  level: AreaRow['level'],
  parent: string | null,
  from: string,
  to: string | null,
): AreaRow => ({
  area_code: code,
  name_vi: `Đơn vị ${code}`,
  name_en: `Unit ${code}`,
  level,
  parent_code: parent,
  valid_from: from,
  valid_to: to,
});
const row = (year: number, month: number, code: string, occurred: number): CriminalCaseRow => ({
  year,
  month,
  area_code: code,
  crime_group: 'social_order',
  severity: 'serious',
  occurred,
  cleared: 0,
});
const drugFree = (year: number, code: string, inScope: number, recognised: number): DrugFreeCommuneRow => ({
  year,
  area_code: code,
  in_scope: inScope,
  recognised,
});
const data = makeDataSet({
  areas: [
    area('42', 'province', null, '2019-01-01', null),
    area('101', 'district', '42', '2019-01-01', '2025-06-30'),
    area('20001', 'commune', '42', '2025-07-01', null),
    area('20002', 'commune', '42', '2025-07-01', null),
  ],
  criminal_cases: [
    ...[1, 2, 3, 4, 5, 6].map((m) => row(2025, m, '101', 1)),
    ...[7, 8, 9, 10, 11, 12].flatMap((m) => [row(2025, m, '20001', 1), row(2025, m, '20002', 0)]),
    ...[1, 2, 3, 4].flatMap((m) => [row(2026, m, '20001', m === 2 ? 1 : 0), row(2026, m, '20002', 0)]),
  ],
  drug_free_communes: [
    drugFree(2024, '101', 10, 2),
    drugFree(2025, '20001', 1, 0),
    drugFree(2025, '20002', 1, 1),
    drugFree(2026, '20001', 1, 1),
    drugFree(2026, '20002', 1, 1),
  ],
});
const scorecard = buildScorecard(data);
const inputs = (year: number, partial: ParagraphInputs['partial'] = null): ParagraphInputs => ({
  year,
  current: findReport(scorecard, year, '42')!,
  previous: findReport(scorecard, year - 1, '42'),
  baseline: findReport(scorecard, 2021, '42'),
  baselineYear: 2021,
  reorganisationYear: 2025,
  partial,
});
const fourMonths = { vi: '4 tháng đầu năm 2026', en: 'January-April 2026' };

describe('the paragraph on crime-free communes', () => {
  it('gives the share, no target, and the units counted over the months (vi, en)', () => {
    expect(targetParagraph(INDICATORS.crime_free_communes_share, inputs(2026, fourMonths), 'vi')).toBe(
      'Tỉ lệ xã, phường không có tội phạm đạt 50,0 % (1/2 xã), không có chỉ tiêu. ' +
        'Cùng kỳ năm 2025 không có số liệu để so sánh. ' +
        'Lưu ý: mẫu số nhỏ (2 xã), nên đọc kết quả thận trọng. ' +
        'Tính trên 2 xã tồn tại trọn 4 tháng đầu năm 2026; một vụ phạm tội bất kỳ trong kỳ là đơn vị không đạt.',
    );
    expect(targetParagraph(INDICATORS.crime_free_communes_share, inputs(2026, fourMonths), 'en')).toBe(
      'Communes with no crime: 50.0% (1 of 2 communes), no target. ' +
        'No data for the same months of 2025 to compare with. ' +
        'Note: a small denominator (2 communes); read the result with care. ' +
        'Counted over the 2 communes that existed throughout January-April 2026; a single case in the period counts the unit out.',
    );
  });

  it('says why there is no figure in 2025', () => {
    expect(targetParagraph(INDICATORS.crime_free_communes_share, inputs(2025), 'en')).toContain(
      'no commune-level unit existed through every month of 2025',
    );
  });
});

describe('the paragraph on drug-free communes', () => {
  it("judges against the path and says the year's threshold is the toolkit's straight line (vi, en)", () => {
    // 2/2 against 0.2 + 0.3 * (2026 - 2025) / 5 = 0.26
    expect(targetParagraph(INDICATORS.drug_free_communes_share, inputs(2026), 'vi')).toBe(
      'Tỉ lệ xã, phường "không ma túy" đạt 100,0 % (2/2 xã), vượt chỉ tiêu 26 %. ' +
        'So với năm 2025 (50,0 %): tăng 50,0 điểm phần trăm. ' +
        'Chuỗi số liệu bị gãy do sắp xếp đơn vị hành chính năm 2025 (số xã thay đổi), nên so sánh với các năm trước chỉ để tham khảo. ' +
        'Kết quả đạt chắc chắn: cả khoảng tin cậy 95 % (34,2 – 100,0 %) đều đạt mức chỉ tiêu. ' +
        'Lưu ý: mẫu số nhỏ (2 xã), nên đọc kết quả thận trọng. ' +
        'Chỉ tiêu năm 2026 (≥ 26 %) là đường thẳng do bộ công cụ nội suy giữa các mốc ≥ 20 % năm 2025 và ≥ 50 % năm 2030 (NQ 163/2024/QH15, KL 132), không phải số văn bản ghi.',
    );
    expect(targetParagraph(INDICATORS.drug_free_communes_share, inputs(2026), 'en')).toContain(
      "The 2026 threshold (≥ 26%) is the toolkit's straight line between the milestones ≥ 20% in 2025 and ≥ 50% in 2030 (Resolution 163/2024/QH15), not a figure the document states.",
    );
    // 2025 is a milestone: no path sentence
    expect(targetParagraph(INDICATORS.drug_free_communes_share, inputs(2025), 'vi')).not.toContain('nội suy');
  });
});
