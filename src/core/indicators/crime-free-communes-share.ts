import { defineIndicator } from './definition.ts';

/**
 * Share of commune-level units where no crime occurred in the year (the 2025 directive: "từng bước xây dựng
 * khu dân cư, xã, phường an toàn, không có tội phạm"); watched, no document sets a number (`no_target`).
 *
 * Formula: commune-level leaf units with no case that occurred in Y (every crime group and severity) / all
 * commune-level leaf units that existed through every month of Y in the data (`leafUnitsShare`). Interval:
 * Wilson. A year whose leaves are districts (Hà Tĩnh to June 2025) is `no_data` with that reason; 2025, the
 * year of the reform, is `no_data` too (no commune existed through all of it: the 69 units begin on 1 July
 * 2025); 2026 counts the ten months in the data (`inputs.months`).
 * Source: CONTRACT.md; Chỉ thị năm 2025 của Ban Thường vụ Tỉnh ủy Hà Tĩnh (TARGETS.md).
 */
export const crimeFreeCommunesShare = defineIndicator({
  id: 'crime_free_communes_share',
  title: { vi: 'Tỉ lệ xã, phường không có tội phạm', en: 'Communes with no crime' },
  shortTitle: { vi: 'Xã, phường không có tội phạm', en: 'Crime-free communes' },
  description: {
    vi: 'Số xã, phường không xảy ra vụ phạm tội nào trong năm trên số xã, phường tồn tại trọn các tháng có số liệu; theo dõi, không có chỉ tiêu.',
    en: 'Communes and wards where no crime occurred in the year, over those that existed through every month of data; watched, with no target.',
  },
  unit: 'proportion',
  direction: 'increase',
  numerator: {
    table: 'criminal_cases',
    terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số xã, phường không xảy ra tội phạm', en: 'Communes with no case' },
  },
  denominator: {
    table: 'criminal_cases',
    terms: [{ column: 'occurred', sign: 1, rollUp: 'sum' }],
    label: { vi: 'Số xã, phường tồn tại trọn các tháng', en: 'Communes that existed every month' },
  },
  leafUnits: { level: 'commune' },
  chartName: { vi: 'Xã, phường không có tội phạm', en: 'Communes and wards with no crime' },
  rateTitle: { vi: 'Tỉ lệ xã, phường không có tội phạm', en: 'Share of communes and wards with no crime' },
  rateMeasure: {
    vi: 'số xã, phường không xảy ra vụ phạm tội nào trên số xã, phường',
    en: 'communes and wards where no case occurred over all communes and wards',
  },
  denominatorName: { vi: 'Số xã, phường', en: 'Communes and wards' },
  countUnit: { vi: 'xã', en: 'communes', enOne: 'commune' },
  interval: 'wilson',
  clause: 'Chỉ thị năm 2025 của tỉnh: xây dựng xã, phường an toàn, không có tội phạm',
  formula:
    'commune-level leaf units with no case that occurred in Y / all commune-level leaf units that existed through every month of Y in the data',
  notes: {
    vi: 'Chỉ tính khi đơn vị lá là xã, phường (từ 01/7/2025); năm 2025 không có xã, phường nào tồn tại trọn năm nên chưa tính.',
    en: 'Counted only where the leaves are communes and wards (from 1 July 2025); in 2025 none existed through the whole year, so there is no figure.',
  },
});
