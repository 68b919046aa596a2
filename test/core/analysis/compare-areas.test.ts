import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAreas } from '../../../src/core/analysis/compare-areas.ts';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import type { IndicatorId } from '../../../src/core/indicators/definition.ts';
import type { AreaRow, CriminalCaseRow } from '../../../src/core/types.ts';
import { makeDataSet } from '../../helpers/dataset.ts';
import { expectClose } from '../stats/close.ts';
import { FUNNEL_DISTRICTS, funnelData, reformData } from './worked-data.ts';

// Golden values: R 4.2 (base):
//   n <- c(45,15,52,120,200,80,30,150); x <- c(43,13,48,90,168,70,20,121); p0 <- 0.8
//   small <- n < 30 | n*p0 < 10 | n*(1-p0) < 10
//   z <- (x/n - p0)/sqrt(p0*(1-p0)/n); q <- quantile(z, c(.1,.9), type = 7)
//   phi <- mean(pmin(pmax(z, q[1]), q[2])^2)
//   exact limits: qbinom(c(.001,.025,.975,.999), n, p0)/n; normal: p0 + c(-1,1)*qnorm(.975)*sqrt(phi*p0*(1-p0)/n)

describe('compareAreas: funnel data', () => {
  const data = funnelData();

  it('places every district around the 80 % target with the limits of R, widened for over-dispersion', () => {
    const c = compareAreas(data, { year: 2024, indicatorId: 'clearance_rate' });
    expect(c.level).toBe('leaf');
    expect(c.areas.map((a) => a.area_code)).toEqual(FUNNEL_DISTRICTS.map((d) => d.code));
    expect(c.p0).toBe(0.8);
    // R: phi => 2.4741935933333039
    expectClose(c.phi ?? NaN, 2.4741935933333039);
    expect(c.widened).toBe(true);

    const d1 = c.areas[0];
    // n = 45: n(1 - p0) = 9 < 10, exact limits, not widened.
    // R: qbinom(c(.001,.025,.975,.999), 45, .8)/45 => 0.6 0.68888888888888888 0.91111111111111109 0.95555555555555560
    expect(d1?.limits?.method).toBe('exact');
    expect(d1?.limits?.widened).toBe(false);
    expectClose(d1?.limits?.lower95 ?? NaN, 0.68888888888888888);
    expectClose(d1?.limits?.upper95 ?? NaN, 0.91111111111111109);
    expectClose(d1?.limits?.upper998 ?? NaN, 0.9555555555555556);
    expect(d1?.flag).toBe('above'); // 43/45 = 0.956 > 0.911
    expect(d1?.flag_998).toBe('inside'); // not above 0.956

    const d5 = c.areas[4];
    // R: 0.8 + c(-qnorm(.999), -qnorm(.975), qnorm(.975), qnorm(.999)) * sqrt(phi*0.8*0.2/200)
    //    => 0.66251574617201059 0.71280131742639641 0.88719868257360368 0.93748425382798950
    expect(d5?.limits?.method).toBe('normal');
    expect(d5?.limits?.widened).toBe(true);
    expectClose(d5?.limits?.lower998 ?? NaN, 0.66251574617201059);
    expectClose(d5?.limits?.lower95 ?? NaN, 0.71280131742639641);
    expectClose(d5?.limits?.upper95 ?? NaN, 0.88719868257360368);
    expectClose(d5?.limits?.upper998 ?? NaN, 0.9374842538279895);
    // R: the positions of the eight districts at 95 % => above inside inside inside inside inside inside inside
    expect(c.areas.map((a) => a.flag)).toEqual([
      'above',
      'inside',
      'inside',
      'inside',
      'inside',
      'inside',
      'inside',
      'inside',
    ]);
    expect(c.unallocated).toBeNull();
    expect(c.reason.en).toContain('widened');
  });

  it('places changes on the conditional proportion x_Y/(x_Y + x_0) around 0.95/1.95', () => {
    const c = compareAreas(data, { year: 2024, indicatorId: 'crime_change_vs_baseline' });
    expectClose(c.p0 ?? NaN, 0.95 / 1.95);
    // R: N <- x1 + x0; z <- (x1/N - pi0)/sqrt(pi0*(1-pi0)/N); ... mean(winsorised z^2) => 0.29960734847242459
    expectClose(c.phi ?? NaN, 0.29960734847242459);
    expect(c.widened).toBe(false);
    const d2 = c.areas[1];
    expect(d2?.n).toBe(29);
    // R: lim <- qbinom(c(.001,.025,.975,.999), 29, pi0)/29; lim/(1-lim) - 1 => -0.7391304 -0.55 0.9 2.1428571
    expect(d2?.limits?.method).toBe('exact');
    expectClose(d2?.limits?.lower998 ?? NaN, -0.73913043478260865);
    expectClose(d2?.limits?.lower95 ?? NaN, -0.55);
    expectClose(d2?.limits?.upper95 ?? NaN, 0.9);
    expectClose(d2?.limits?.upper998 ?? NaN, 2.1428571428571423);
    const d5 = c.areas[4];
    // R: s <- sqrt(pi0*(1-pi0)/430); lim <- pi0 + c(-qnorm(.999), -qnorm(.975), qnorm(.975), qnorm(.999))*s; lim/(1-lim) - 1
    //    => -0.29731627077820855 -0.21448946319640472 0.14787185895074617 0.28137110852626734
    expectClose(d5?.limits?.lower998 ?? NaN, -0.29731627077820855);
    expectClose(d5?.limits?.lower95 ?? NaN, -0.21448946319640472);
    expectClose(d5?.limits?.upper95 ?? NaN, 0.14787185895074617);
    expectClose(d5?.limits?.upper998 ?? NaN, 0.28137110852626734);
    expect(d5?.flag).toBe('inside'); // 200/230 - 1 = -13 %
  });

  it('lists the areas without limits where there is no funnel (a count, a 100 % target)', () => {
    const counts = compareAreas(data, { year: 2024, indicatorId: 'judicial_violations' });
    expect(counts.p0).toBeNull();
    expect(counts.areas.every((a) => a.limits === null && a.flag === null)).toBe(true);
    expect(counts.reason.en).toContain('a count');
  });

  it("uses the leaves of the year's tree across a reform, and marks changes that cross it as not comparable", () => {
    const r = reformData();
    const leaves2025 = compareAreas(r, { year: 2025, indicatorId: 'clearance_rate' });
    expect(leaves2025.areas.map((a) => a.area_code)).toEqual(['201', '202', '301', '302']);
    expect(leaves2025.unallocated).toBeNull();
    const districts = compareAreas(r, { year: 2025, indicatorId: 'clearance_rate', level: 'district' });
    expect(districts.areas.map((a) => a.area_code)).toEqual(['201', '202']);
    expect(districts.unallocated?.numerator).toBe(6 * 2 * 8); // the communes' months 7-12
    const change = compareAreas(r, { year: 2026, indicatorId: 'crime_change_vs_baseline' });
    expect(change.areas.map((a) => [a.area_code, a.comparable])).toEqual([
      ['202', false],
      ['301', false],
      ['302', false],
    ]);
  });

  it("numerators sum to the province's numerator (property)", () => {
    const ids: IndicatorId[] = ['clearance_rate', 'crime_change_vs_baseline', 'clearance_rate_very_serious'];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 60 }),
            fc.integer({ min: 0, max: 60 }),
            fc.constantFrom('serious', 'very_serious' as const),
          ),
          { minLength: 1, maxLength: 30 },
        ),
        fc.constantFrom(...ids),
        (k, cells, id) => {
          const areas: AreaRow[] = [
            {
              area_code: '42',
              name_vi: 'T',
              name_en: 'P',
              level: 'province',
              parent_code: null,
              valid_from: '2000-01-01',
              valid_to: null,
            },
          ];
          for (let i = 0; i < k; i++) {
            areas.push({
              area_code: `d${i}`,
              name_vi: `d${i}`,
              name_en: `d${i}`,
              level: 'district',
              parent_code: '42',
              valid_from: '2000-01-01',
              valid_to: null,
            });
          }
          const rows: CriminalCaseRow[] = cells.flatMap(([a, b, severity], i) => [
            {
              year: 2024,
              month: null,
              area_code: `d${i % k}`,
              crime_group: 'other',
              severity: severity as CriminalCaseRow['severity'],
              occurred: a + b,
              cleared: a,
            },
            {
              year: 2021,
              month: null,
              area_code: `d${(i * 7) % k}`,
              crime_group: 'other',
              severity: 'serious',
              occurred: b + 1,
              cleared: 0,
            },
          ]);
          const data = makeDataSet({ areas, criminal_cases: rows });
          const c = compareAreas(data, { year: 2024, indicatorId: id });
          const province = computeIndicators(data, { year: 2024 }).results.find((r) => r.id === id);
          const sum = c.areas.reduce((s, a) => s + (a.numerator ?? 0), 0);
          expect(sum).toBe(province?.numerator);
          expect(c.total.numerator).toBe(province?.numerator);
          expect(c.unallocated).toBeNull();
        },
      ),
      { numRuns: 100 },
    );
  });
});
