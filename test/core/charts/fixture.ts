import type {
  AreaRow,
  CriminalCaseRow,
  CrimeReportRow,
  DataSet,
  ReoffendingRow,
  SafeUnitRow,
  ViolationRow,
  CorruptionAssetRow,
  JudicialViolationRow,
  DrugFreeCommuneRow,
} from '../../../src/core/types.ts';
import { VIOLATION_FIELDS } from '../../../src/core/types.ts';

/**
 * A small synthetic data set shaped like the bundled one: province 42, district-level units to 30/6/2025,
 * commune-level units from 1/7/2025, monthly police-period tables from 2019 to month 10 of 2026.
 * Deterministic (mulberry32), so chart snapshots are stable.
 */
export interface FixtureOptions {
  districts?: number;
  communes?: number;
  lastYear?: number;
  lastMonth?: number;
  seed?: number;
  /**
   * Adds the tables of the figures watched since 2025: cybercrime cases (a sparse crime group: months without a case
   * have no row) and `drug_free_communes.csv`. Drawn from a random stream of their own, so that every other table
   * is the same as without them.
   */
  watched?: boolean;
}

const DISTRICT_NAMES: [string, string, string][] = [
  ['436', 'Thành phố Hà Tĩnh', 'Ha Tinh City'],
  ['437', 'Thị xã Hồng Lĩnh', 'Hong Linh Town'],
  ['440', 'Huyện Đức Thọ', 'Duc Tho District'],
  ['444', 'Huyện Hương Khê', 'Huong Khe District'],
  ['441', 'Huyện Vũ Quang', 'Vu Quang District'],
  ['447', 'Huyện Kỳ Anh', 'Ky Anh District'],
  ['442', 'Huyện Nghi Xuân', 'Nghi Xuan District'],
  ['446', 'Huyện Cẩm Xuyên', 'Cam Xuyen District'],
];
const COMMUNE_NAMES = [
  'Phường Thành Sen',
  'Phường Trần Phú',
  'Xã Đức Thọ',
  'Xã Hương Khê',
  'Xã Thạch Hà',
  'Phường Hoành Sơn',
  'Xã Kỳ Anh',
  'Xã Vũ Quang',
  'Xã Nghi Xuân',
  'Xã Cẩm Xuyên',
  'Phường Bắc Hồng Lĩnh',
  'Xã Đồng Lộc',
  'Xã Sơn Kim 1',
  'Xã Hương Sơn',
  'Xã Lộc Hà',
  'Xã Can Lộc',
  'Xã Tiên Điền',
  'Xã Thiên Cầm',
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function chartDataSet(options: FixtureOptions = {}): DataSet {
  const nd = options.districts ?? 4;
  const nc = options.communes ?? 6;
  const lastYear = options.lastYear ?? 2026;
  const lastMonth = options.lastMonth ?? 10;
  const rng = mulberry32(options.seed ?? 42);
  const pois = (mean: number) => Math.max(0, Math.round(mean + Math.sqrt(mean) * (rng() + rng() + rng() - 1.5) * 2));
  const binom = (n: number, p: number) => {
    let k = 0;
    for (let i = 0; i < n; i++) if (rng() < p) k++;
    return k;
  };
  const areas: AreaRow[] = [
    {
      area_code: '42',
      name_vi: 'Tỉnh Hà Tĩnh',
      name_en: 'Ha Tinh Province',
      level: 'province',
      parent_code: null,
      valid_from: '2019-01-01',
      valid_to: null,
    },
  ];
  const districts = DISTRICT_NAMES.slice(0, nd);
  for (const [code, vi, en] of districts) {
    areas.push({
      area_code: code,
      name_vi: vi,
      name_en: en,
      level: 'district',
      parent_code: '42',
      valid_from: '2019-01-01',
      valid_to: '2025-06-30',
    });
  }
  const communes = Array.from({ length: nc }, (_, i) => {
    const vi =
      COMMUNE_NAMES[i % COMMUNE_NAMES.length] +
      (i >= COMMUNE_NAMES.length ? ` ${Math.floor(i / COMMUNE_NAMES.length) + 1}` : '');
    const en = vi
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/^Phường/, 'Ward')
      .replace(/^Phuong/, 'Ward')
      .replace(/^Xã/, 'Commune')
      .replace(/^Xa/, 'Commune');
    return { code: String(18000 + i * 7), vi, en };
  });
  for (const c of communes) {
    areas.push({
      area_code: c.code,
      name_vi: c.vi,
      name_en: c.en,
      level: 'commune',
      parent_code: '42',
      valid_from: '2025-07-01',
      valid_to: null,
    });
  }
  const unitsIn = (year: number, month: number | null) =>
    year < 2025 || (year === 2025 && month !== null && month <= 6)
      ? districts.map(([code], i) => ({ code, size: 1 + (i % 3) * 0.6, skill: (i % 4) * 0.03 - 0.04 }))
      : communes.map((c, i) => ({
          code: c.code,
          size: ((nd * 1.4) / nc) * (0.5 + (i % 5) * 0.3),
          skill: ((i * 7) % 5) * 0.035 - 0.07,
        }));

  const criminal_cases: CriminalCaseRow[] = [];
  const crime_reports: CrimeReportRow[] = [];
  const violations_detected: ViolationRow[] = [];
  for (let year = 2019; year <= lastYear; year++) {
    const months = year === lastYear ? lastMonth : 12;
    for (let month = 1; month <= months; month++) {
      const trend = 1 - 0.025 * (year - 2021) + 0.08 * Math.sin((month / 12) * 2 * Math.PI);
      for (const unit of unitsIn(year, month)) {
        for (const severity of ['less_serious', 'serious', 'very_serious', 'especially_serious'] as const) {
          const share = { less_serious: 0.45, serious: 0.35, very_serious: 0.14, especially_serious: 0.06 }[severity];
          for (const crime_group of ['social_order', 'drugs'] as const) {
            const occurred = pois(22 * unit.size * share * trend * (crime_group === 'drugs' ? 0.6 : 1));
            const p = (severity === 'very_serious' || severity === 'especially_serious' ? 0.94 : 0.8) + unit.skill;
            criminal_cases.push({
              year,
              month,
              area_code: unit.code,
              crime_group,
              severity,
              occurred,
              cleared: binom(occurred, Math.min(0.99, p)),
            });
          }
        }
        const received = pois(30 * unit.size);
        const accepted = received - binom(received, 0.01);
        const carried = month === 1 || (year === 2025 && month === 7) ? pois(4 * unit.size) : 0;
        const transferred = binom(accepted, 0.03);
        const resolved = binom(carried + accepted - transferred, Math.min(0.99, 0.91 + unit.skill / 2));
        crime_reports.push({
          year,
          month,
          area_code: unit.code,
          carried_over: carried,
          received,
          accepted,
          transferred,
          resolved,
          suspended: 0,
        });
        for (const field of VIOLATION_FIELDS) {
          const base = { economy: 9, corruption: 1.2, smuggling: 4, environment: 5, drugs: 7 }[field];
          violations_detected.push({
            year,
            month,
            area_code: unit.code,
            field,
            detected: pois(base * unit.size * (1 + 0.04 * (year - 2019))),
          });
        }
      }
    }
  }
  const safe_units: SafeUnitRow[] = [];
  const reoffending: ReoffendingRow[] = [];
  const corruption_assets: CorruptionAssetRow[] = [];
  const judicial_violations: JudicialViolationRow[] = [];
  for (let year = 2019; year <= lastYear; year++) {
    const annualUnits = unitsIn(year, year === 2025 ? 12 : null);
    for (const unit of annualUnits) {
      const communesInScope = year >= 2025 ? 1 : Math.round(12 * unit.size);
      safe_units.push({
        year,
        area_code: unit.code,
        unit_type: 'commune',
        in_scope: communesInScope,
        certified: binom(communesInScope, 0.7 + 0.03 * (year - 2019)),
      });
      for (const unit_type of ['agency', 'enterprise', 'school'] as const) {
        const n = Math.round({ agency: 20, enterprise: 35, school: 15 }[unit_type] * unit.size);
        safe_units.push({
          year,
          area_code: unit.code,
          unit_type,
          in_scope: n,
          certified: binom(n, 0.78 + 0.01 * (year - 2019)),
        });
      }
      if (year < lastYear) {
        const released = Math.round(25 * unit.size);
        reoffending.push({
          cohort_year: year,
          area_code: unit.code,
          release_type: 'sentence_completed',
          released,
          reoffended: binom(released, 0.11),
          follow_up_months: 24,
        });
      }
      const toRecover = 1_000_000_000 * Math.round(2 * unit.size);
      corruption_assets.push({
        year,
        area_code: unit.code,
        to_recover_vnd: toRecover,
        recovered_vnd: Math.round(toRecover * (0.45 + rng() * 0.3)),
      });
      judicial_violations.push({ year, area_code: unit.code, violations: binom(3, 0.15) });
    }
  }
  const drug_free_communes: DrugFreeCommuneRow[] = [];
  if (options.watched) {
    const own = mulberry32((options.seed ?? 42) + 1);
    const count = (mean: number) => Math.max(0, Math.round(mean + Math.sqrt(mean) * (own() + own() + own() - 1.5) * 2));
    for (let year = 2019; year <= lastYear; year++) {
      const months = year === lastYear ? lastMonth : 12;
      for (let month = 1; month <= months; month++) {
        for (const unit of unitsIn(year, month)) {
          const occurred = count(0.5 * unit.size * (1 + 0.15 * (year - 2019)));
          if (occurred === 0) continue; // a sparse group: no row for a month without a case
          const cleared = Math.min(occurred, count(occurred * 0.6));
          criminal_cases.push({
            year,
            month,
            area_code: unit.code,
            crime_group: 'cyber',
            severity: 'serious',
            occurred,
            cleared,
          });
        }
      }
      for (const unit of unitsIn(year, year === 2025 ? 12 : null)) {
        const in_scope = year >= 2025 ? 1 : Math.round(12 * unit.size);
        const share = Math.min(0.9, 0.02 + 0.05 * Math.max(0, year - 2021));
        let recognised = 0;
        for (let i = 0; i < in_scope; i++) if (own() < share) recognised++;
        drug_free_communes.push({ year, area_code: unit.code, in_scope, recognised });
      }
    }
  }
  return {
    areas,
    area_crosswalk: [],
    criminal_cases,
    crime_reports,
    violations_detected,
    corruption_assets,
    judicial_violations,
    reoffending,
    safe_units,
    drug_free_communes,
    population: [],
    meta: {
      periods: 'police',
      cutoff: `${lastYear}-${String(lastMonth).padStart(2, '0')}-14`,
      title: 'Bộ số liệu thử nghiệm',
      synthetic: true,
      sources: [],
    },
  };
}

import { buildChartContext, type ChartContext } from '../../../src/core/charts/chart-context.ts';
import { buildChartInputs, type ChartInputs } from '../../../src/core/charts/inputs.ts';

const cache = new Map<string, ChartInputs>();
/** Chart inputs of the fixture (4 districts, 6 communes) for a year, computed once per test file. */
export function fixtureInputs(year = 2026, options: FixtureOptions = {}, area?: string): ChartInputs {
  const key = JSON.stringify([year, options, area]);
  let inputs = cache.get(key);
  if (!inputs) {
    inputs = buildChartInputs(chartDataSet(options), { year, ...(area ? { area } : {}) });
    cache.set(key, inputs);
  }
  return inputs;
}

const contexts = new Map<string, ChartContext>();
/** The chart context of the fixture for a year (and area), computed once per test file. */
export function fixtureContext(year = 2026, options: FixtureOptions = {}, area?: string): ChartContext {
  const key = JSON.stringify([year, options, area]);
  let context = contexts.get(key);
  if (!context) {
    context = buildChartContext(chartDataSet(options), { year, ...(area ? { area } : {}) });
    contexts.set(key, context);
  }
  return context;
}
