/**
 * Small in-memory data sets for the analysis tests. The same literals are in the R scripts quoted beside
 * each golden value (`w.R` below), so every figure can be recomputed by hand.
 *
 *   # w.R: the worked data set W
 *   a101 <- list(`2021`=c(21,14,21,14,14,17,13,18,17,19,17,19), `2022`=c(17,15,8,14,21,18,19,16,16,28,19,22),
 *     `2023`=c(17,15,16,14,16,22,18,15,21,16,20,19), `2024`=c(17,19,15,15,9,13,19,14,12,13,21,18),
 *     `2025`=c(19,22,23,4,13,12,12,24,20,17,17,21))
 *   a102 <- list(`2021`=c(15,15,16,12,10,16,13,13,8,9,18,12), `2022`=c(9,20,12,15,13,12,8,16,7,17,11,9),
 *     `2023`=c(16,12,14,14,12,20,9,20,8,14,17,20), `2024`=c(10,10,8,18,10,11,11,15,12,18,9,10),
 *     `2025`=c(15,11,16,20,9,14,11,16,21,12,17,15))
 *   (c101, c102: the cleared counts below; area 101 also has 3 drug cases a month, all cleared; 2025 adds
 *   very serious cases: 101 month 6 12 (11 cleared), 102 month 9 8 (8 cleared).)
 *   so  <- c(361, 362, 385, 327, 401)    # social order 2021-2025 (2025: 381 + 20 very serious)
 *   tot <- c(397, 398, 421, 363, 437)    # every group 2021-2025
 *   monthly <- unlist(lapply(as.character(2021:2024), function(y) a101[[y]] + a102[[y]] + 3))
 */
import type { AreaRow, CriminalCaseRow, CrimeReportRow, DataSet, PopulationRow } from '../../../src/core/types.ts';
import { makeDataSet } from '../../helpers/dataset.ts';

const OCCURRED: Record<'101' | '102', Record<number, number[]>> = {
  101: {
    2021: [21, 14, 21, 14, 14, 17, 13, 18, 17, 19, 17, 19],
    2022: [17, 15, 8, 14, 21, 18, 19, 16, 16, 28, 19, 22],
    2023: [17, 15, 16, 14, 16, 22, 18, 15, 21, 16, 20, 19],
    2024: [17, 19, 15, 15, 9, 13, 19, 14, 12, 13, 21, 18],
    2025: [19, 22, 23, 4, 13, 12, 12, 24, 20, 17, 17, 21],
  },
  102: {
    2021: [15, 15, 16, 12, 10, 16, 13, 13, 8, 9, 18, 12],
    2022: [9, 20, 12, 15, 13, 12, 8, 16, 7, 17, 11, 9],
    2023: [16, 12, 14, 14, 12, 20, 9, 20, 8, 14, 17, 20],
    2024: [10, 10, 8, 18, 10, 11, 11, 15, 12, 18, 9, 10],
    2025: [15, 11, 16, 20, 9, 14, 11, 16, 21, 12, 17, 15],
  },
};

const CLEARED: Record<'101' | '102', Record<number, number[]>> = {
  101: {
    2021: [18, 14, 16, 13, 13, 12, 11, 13, 14, 15, 16, 16],
    2022: [16, 11, 5, 10, 17, 17, 17, 11, 13, 25, 14, 18],
    2023: [15, 13, 15, 12, 11, 18, 16, 13, 14, 14, 13, 16],
    2024: [14, 15, 13, 10, 8, 10, 15, 13, 12, 11, 16, 14],
    2025: [17, 19, 21, 3, 10, 11, 9, 18, 18, 13, 12, 19],
  },
  102: {
    2021: [14, 14, 14, 10, 10, 12, 11, 12, 8, 7, 17, 11],
    2022: [7, 16, 9, 8, 9, 9, 6, 14, 6, 16, 8, 7],
    2023: [12, 12, 12, 14, 11, 18, 7, 17, 8, 8, 12, 14],
    2024: [8, 7, 8, 16, 8, 11, 10, 13, 8, 14, 6, 8],
    2025: [12, 8, 15, 16, 9, 9, 9, 14, 17, 10, 13, 14],
  },
};

/** The monthly criminal cases of W, years 2021-2025, months 1..lastMonth2025 of 2025. */
function criminalCases(lastMonth2025: number): CriminalCaseRow[] {
  const rows: CriminalCaseRow[] = [];
  for (const year of [2021, 2022, 2023, 2024, 2025]) {
    const last = year === 2025 ? lastMonth2025 : 12;
    for (let month = 1; month <= last; month++) {
      for (const area of ['101', '102'] as const) {
        const occurred = OCCURRED[area][year]?.[month - 1] as number;
        const cleared = CLEARED[area][year]?.[month - 1] as number;
        rows.push({
          year,
          month,
          area_code: area,
          crime_group: 'social_order',
          severity: 'serious',
          occurred,
          cleared,
        });
      }
      rows.push({
        year,
        month,
        area_code: '101',
        crime_group: 'drugs',
        severity: 'less_serious',
        occurred: 3,
        cleared: 3,
      });
      if (year === 2025 && month === 6)
        rows.push({
          year,
          month,
          area_code: '101',
          crime_group: 'social_order',
          severity: 'very_serious',
          occurred: 12,
          cleared: 11,
        });
      if (year === 2025 && month === 9)
        rows.push({
          year,
          month,
          area_code: '102',
          crime_group: 'social_order',
          severity: 'especially_serious',
          occurred: 8,
          cleared: 8,
        });
    }
  }
  return rows;
}

const REPORTS: CrimeReportRow[] = [2024, 2025].flatMap((year) => [
  {
    year,
    month: null,
    area_code: '101',
    carried_over: 50,
    received: 600,
    accepted: 598,
    transferred: 8,
    resolved: 580,
    suspended: 5,
  },
  {
    year,
    month: null,
    area_code: '102',
    carried_over: 30,
    received: 400,
    accepted: 400,
    transferred: 0,
    resolved: 390,
    suspended: 2,
  },
]);

const POPULATION: PopulationRow[] = [
  { year: 2021, area_code: '101', population: 500_000 },
  { year: 2021, area_code: '102', population: 300_000 },
  { year: 2024, area_code: '101', population: 520_000 },
  { year: 2024, area_code: '102', population: 310_000 },
  { year: 2025, area_code: '101', population: 525_000 },
  { year: 2025, area_code: '102', population: 312_000 },
];

/** W: monthly cases 2021-2025 (whole years), annual crime reports 2024-2025, population. Calendar months. */
export function worked(): DataSet {
  return makeDataSet({ criminal_cases: criminalCases(12), crime_reports: REPORTS, population: POPULATION });
}

/** W with 2025 cut after month 10 (a year under way), optionally under the police convention. */
export function workedPartial(periods: 'calendar' | 'police' = 'calendar'): DataSet {
  const data = makeDataSet({ criminal_cases: criminalCases(10), crime_reports: REPORTS, population: POPULATION });
  return { ...data, meta: { ...data.meta, periods } };
}

/** Eight districts with annual cases in 2021 and 2024 (the funnel example). */
export const FUNNEL_DISTRICTS = [
  { code: 'd1', x2024: 45, cleared: 43, x2021: 50 },
  { code: 'd2', x2024: 15, cleared: 13, x2021: 14 },
  { code: 'd3', x2024: 52, cleared: 48, x2021: 60 },
  { code: 'd4', x2024: 120, cleared: 90, x2021: 110 },
  { code: 'd5', x2024: 200, cleared: 168, x2021: 230 },
  { code: 'd6', x2024: 80, cleared: 70, x2021: 85 },
  { code: 'd7', x2024: 30, cleared: 20, x2021: 25 },
  { code: 'd8', x2024: 150, cleared: 121, x2021: 160 },
] as const;

const area = (
  code: string,
  level: AreaRow['level'],
  parent: string | null,
  from = '2019-01-01',
  to: string | null = null,
): AreaRow => ({
  area_code: code,
  name_vi: code,
  name_en: code,
  level,
  parent_code: parent,
  valid_from: from,
  valid_to: to,
});

/** F: the eight districts of {@link FUNNEL_DISTRICTS}. */
export function funnelData(): DataSet {
  return makeDataSet({
    areas: [area('42', 'province', null), ...FUNNEL_DISTRICTS.map((d) => area(d.code, 'district', '42'))],
    criminal_cases: FUNNEL_DISTRICTS.flatMap(
      (d) =>
        [
          {
            year: 2021,
            month: null,
            area_code: d.code,
            crime_group: 'social_order',
            severity: 'serious',
            occurred: d.x2021,
            cleared: 0,
          },
          {
            year: 2024,
            month: null,
            area_code: d.code,
            crime_group: 'social_order',
            severity: 'serious',
            occurred: d.x2024,
            cleared: d.cleared,
          },
        ] satisfies CriminalCaseRow[],
    ),
  });
}

/**
 * R: the 2025 reform in miniature. District 201 ends on 30/6/2025 and splits into communes 301 and 302
 * (1/7/2025); district 203 is merged into 202 on 1/1/2025; 202 goes on. Monthly cases 2019-2026 (2026:
 * months 1-10), 10 a month for every leaf of the month, under the police convention.
 */
export function reformData(): DataSet {
  const areas = [
    area('42', 'province', null),
    area('201', 'district', '42', '2019-01-01', '2025-06-30'),
    area('202', 'district', '42'),
    area('203', 'district', '42', '2019-01-01', '2024-12-31'),
    area('301', 'commune', '42', '2025-07-01'),
    area('302', 'commune', '42', '2025-07-01'),
  ];
  const rows: CriminalCaseRow[] = [];
  for (let year = 2019; year <= 2026; year++) {
    for (let month = 1; month <= (year === 2026 ? 10 : 12); month++) {
      const leaves =
        year < 2025 ? ['201', '202', '203'] : year === 2025 && month < 7 ? ['201', '202'] : ['202', '301', '302'];
      for (const code of leaves) {
        rows.push({
          year,
          month,
          area_code: code,
          crime_group: 'social_order',
          severity: 'serious',
          occurred: 10 + (month % 3),
          cleared: 8,
        });
      }
    }
  }
  const data = makeDataSet({
    areas,
    area_crosswalk: [
      { from_code: '201', to_code: '301', weight: 0.6 },
      { from_code: '201', to_code: '302', weight: 0.4 },
      { from_code: '203', to_code: '202', weight: 1 },
    ],
    criminal_cases: rows,
  });
  return { ...data, meta: { ...data.meta, periods: 'police', cutoff: '2026-10-14' } };
}
