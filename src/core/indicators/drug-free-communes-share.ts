import { defineIndicator } from './definition.ts';

/**
 * Share of commune-level units recognised "xã, phường không ma túy" (drug-free).
 *
 * Formula: recognised / in_scope (`drug_free_communes.csv`, an optional table: a folder without it gives
 * `no_data`). Interval: Wilson.
 * Target: the national drug programme to 2030 (`drugs-2030`: NQ 163/2024/QH15, KL 132-KL/TW), a path from at
 * least 20 % in 2025 to at least 50 % by 2030; the years between read off the straight line (the toolkit's
 * reading). Criteria of a drug-free commune: QĐ 28/2025/QĐ-TTg. Source: CONTRACT.md; TARGETS.md.
 */
export const drugFreeCommunesShare = defineIndicator({
  id: 'drug_free_communes_share',
  title: { vi: 'Tỉ lệ xã, phường "không ma túy"', en: 'Communes recognised drug-free' },
  shortTitle: { vi: 'Xã, phường không ma túy', en: 'Drug-free communes' },
  description: {
    vi: 'Số đơn vị cấp xã được công nhận "không ma túy" trên số đơn vị cấp xã thuộc diện xét công nhận.',
    en: 'Commune-level units recognised drug-free over those in scope.',
  },
  unit: 'proportion',
  direction: 'increase',
  numerator: {
    table: 'drug_free_communes',
    terms: [{ column: 'recognised', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số xã, phường được công nhận', en: 'Communes recognised' },
  },
  denominator: {
    table: 'drug_free_communes',
    terms: [{ column: 'in_scope', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số xã, phường thuộc diện', en: 'Communes in scope' },
  },
  chartName: { vi: 'Xã, phường không ma túy', en: 'Drug-free communes and wards' },
  rateTitle: { vi: 'Tỉ lệ xã, phường "không ma túy"', en: 'Share of communes and wards recognised drug-free' },
  rateMeasure: {
    vi: 'số xã, phường được công nhận "không ma túy" trên số thuộc diện',
    en: 'communes and wards recognised drug-free over those in scope',
  },
  denominatorName: { vi: 'Số xã, phường thuộc diện', en: 'Communes in scope' },
  countUnit: { vi: 'xã', en: 'communes', enOne: 'commune' },
  interval: 'wilson',
  clause: 'NQ 163/2024/QH15; KL 132-KL/TW: ít nhất 50 % đơn vị cấp xã "không ma túy" đến năm 2030',
  formula: 'recognised / in_scope',
  notes: {
    vi: 'Từ 01/7/2025 số đơn vị cấp xã giảm từ 209 xuống 69: mẫu số thay đổi. Chỉ tiêu năm 2025 (20 %) theo kế hoạch của các tỉnh (Hà Nội, KH 290/KH-UBND); các năm giữa 2025 và 2030 là đường thẳng do bộ công cụ nội suy.',
    en: 'From 1 July 2025 commune-level units fell from 209 to 69: the denominator changed. The 2025 milestone (20 %) is as provincial plans quote it (Hà Nội, KH 290/KH-UBND); the years between 2025 and 2030 are the toolkit’s straight line.',
  },
});
