import { describe, expect, it } from 'vitest';
import { cagrProgress, type CagrProgressInput } from '../../../src/core/stats/progress-cagr.ts';
import { expectClose } from './close.ts';

// Golden values computed in python3 from sdg-build's formulas (sdg/ProgressMeasure.py):
// growth_calculation = (v/v0)**(1/(t-t0)) - 1, ratio = sign*direction*cagr_o/abs(cagr_r), and its
// score lines; the exact expression is beside each value.

const TARGET_A = { baseYear: 2021, targetValue: 380, targetYear: 2025, direction: 'decrease' } as const;

function series(...pairs: [number, number | null][]): CagrProgressInput['series'] {
  return pairs.map(([year, value]) => ({ year, value }));
}

describe('cagrProgress with a target (Open SDG methodology 2)', () => {
  it('on track: target (a), 5 % fewer cases by 2025 (METHODOLOGY.md section 3)', () => {
    const r = cagrProgress({ ...TARGET_A, series: series([2021, 400], [2022, 396], [2023, 390]) });
    // python3: (390/400)**(1/2)-1, (380/400)**(1/4)-1, -co/abs(cr), min(7.1429*R-4.2857, 5)
    expectClose(r.cagrObserved ?? Number.NaN, -0.012579117093425074);
    expectClose(r.cagrRequired ?? Number.NaN, -0.012741455098566168);
    expectClose(r.ratio ?? Number.NaN, 0.9872590686161613);
    expectClose(r.score ?? Number.NaN, 2.766192801218378);
    expect(r).toMatchObject({
      status: 'on_track',
      openSdgStatus: 'substantial_progress',
      method: 'target',
      baseYear: 2021,
      currentYear: 2023,
    });
    expect(r.reason.en).toBe(
      'Observed CAGR -1.26%/yr against -1.27%/yr required: ratio 0.99 (thresholds 0.95, 0.6, 0): on track.',
    );
    expect(r.reason.vi).toBe(
      'Tăng trưởng bình quân năm thực tế -1,26 %/năm so với mức cần -1,27 %/năm: tỉ số 0,99 (ngưỡng 0,95; 0,6; 0): đúng lộ trình.',
    );
  });

  it('acceleration needed, limited progress and deterioration by the .95/.6/0 thresholds', () => {
    const accel = cagrProgress({ ...TARGET_A, series: series([2021, 400], [2024, 388]) });
    // python3: R = -((388/400)**(1/3)-1)/abs((380/400)**(1/4)-1); score = 7.1429*R-4.2857
    expectClose(accel.ratio ?? Number.NaN, 0.7928215947649074);
    expectClose(accel.score ?? Number.NaN, 1.3773453692462567);
    expect(accel.status).toBe('acceleration_needed');

    const limited = cagrProgress({ ...TARGET_A, series: series([2021, 400], [2023, 394]) });
    // python3: R = -((394/400)**(1/2)-1)/abs((380/400)**(1/4)-1); score = max(4.1667*R-2.5, -5)
    expectClose(limited.ratio ?? Number.NaN, 0.5908538607091085);
    expectClose(limited.score ?? Number.NaN, -0.0380892185833579);
    expect(limited.status).toBe('limited_progress');

    const worse = cagrProgress({ ...TARGET_A, series: series([2021, 400], [2023, 410]) });
    // python3: R = -((410/400)**(1/2)-1)/abs((380/400)**(1/4)-1); score = max(4.1667*R-2.5, -5) = -5
    expectClose(worse.ratio ?? Number.NaN, -0.9749935521279031);
    expect(worse.score).toBe(-5);
    expect(worse.status).toBe('deterioration');
  });

  it('target achieved overrides the ratio and scores 5', () => {
    const r = cagrProgress({ ...TARGET_A, series: series([2021, 400], [2024, 378]) });
    expect(r).toMatchObject({ status: 'target_achieved', targetAchieved: true, score: 5 });
    expect(r.ratio).not.toBeNull();
    const up = cagrProgress({
      series: series([2021, 80], [2023, 96]),
      baseYear: 2021,
      targetValue: 95,
      targetYear: 2025,
      direction: 'increase',
    });
    expect(up.status).toBe('target_achieved');
  });

  it('a base year without data moves to the next year with data', () => {
    const r = cagrProgress({ ...TARGET_A, series: series([2020, 410], [2021, null], [2022, 396], [2024, 388]) });
    // python3: co = (388/396)**(1/2)-1, cr = (380/396)**(1/3)-1, -co/abs(cr)
    expect(r.baseYear).toBe(2022);
    expectClose(r.cagrRequired ?? Number.NaN, -0.013653585427441661);
    expectClose(r.ratio ?? Number.NaN, 0.7435810368179657);
    expect(r.warnings[0]?.en).toContain('2022 is used');
  });

  it('a base value of 0 becomes 0.001', () => {
    const r = cagrProgress({
      series: series([2021, 0], [2023, 5]),
      baseYear: 2021,
      targetValue: 10,
      targetYear: 2025,
      direction: 'increase',
    });
    // python3: ((5/0.001)**(1/2)-1)/abs((10/0.001)**(1/4)-1)
    expect(r.baseValue).toBe(0.001);
    expectClose(r.ratio ?? Number.NaN, 7.745630902072751);
    expect(r.status).toBe('on_track');
    expect(r.warnings).toHaveLength(1);
  });

  it('negative values: the sign of the base value turns the ratio round', () => {
    const r = cagrProgress({
      series: series([2020, -10], [2022, -6]),
      baseYear: 2020,
      targetValue: -2,
      targetYear: 2025,
      direction: 'increase',
    });
    // python3: -1*1*((-6/-10)**(1/2)-1)/abs((-2/-10)**(1/5)-1)
    expectClose(r.ratio ?? Number.NaN, 0.8189922800419506);
    expect(r.status).toBe('acceleration_needed');
  });

  it('not available: opposite signs, a single year, target equal to base, target year not after base', () => {
    expect(
      cagrProgress({
        series: series([2020, -10], [2022, 6]),
        baseYear: 2020,
        targetValue: 20,
        targetYear: 2025,
        direction: 'increase',
      }).status,
    ).toBe('not_available');
    expect(cagrProgress({ ...TARGET_A, series: series([2021, 400]) }).status).toBe('not_available');
    expect(cagrProgress({ ...TARGET_A, series: series([2019, 420], [2020, 410]) }).status).toBe('not_available');
    const flat = cagrProgress({ ...TARGET_A, targetValue: 400, series: series([2021, 400], [2023, 410]) });
    expect(flat.status).toBe('not_available');
    expect(flat.reason.en).toContain('no growth is required');
    expect(cagrProgress({ ...TARGET_A, targetYear: 2021, series: series([2021, 400], [2023, 390]) }).status).toBe(
      'not_available',
    );
    expect(cagrProgress({ ...TARGET_A, series: [] }).reason.vi).toBe('Không có số liệu.');
  });

  it('opposite signs still report an achieved target (sdg-build checks the target first)', () => {
    const r = cagrProgress({
      series: series([2020, -10], [2022, 6]),
      baseYear: 2020,
      targetValue: 5,
      targetYear: 2025,
      direction: 'increase',
    });
    expect(r.status).toBe('target_achieved');
    expect(r.ratio).toBeNull();
  });

  it('a target of 0 becomes 0.001', () => {
    const r = cagrProgress({
      series: series([2021, 10], [2023, 4]),
      baseYear: 2021,
      targetValue: 0,
      targetYear: 2025,
      direction: 'decrease',
    });
    expect(r.targetValue).toBe(0.001);
    expect(r.status).not.toBe('not_available');
  });

  it('refuses duplicate years and a target without a year', () => {
    expect(() => cagrProgress({ ...TARGET_A, series: series([2021, 400], [2021, 390]) })).toThrow(RangeError);
    expect(() =>
      cagrProgress({ series: series([2021, 400]), baseYear: 2021, targetValue: 380, direction: 'decrease' }),
    ).toThrow(RangeError);
  });
});

describe('cagrProgress without a target (Open SDG methodology 1)', () => {
  it('compares the observed CAGR with 1.5 % / 0.5 % / 0', () => {
    const r = cagrProgress({ series: series([2015, 50], [2020, 54]), baseYear: 2015, direction: 'increase' });
    // python3: (54/50)**(1/5)-1; score min(500*co-5, 5)
    expectClose(r.progressValue ?? Number.NaN, 0.015511278397481565);
    expectClose(r.score ?? Number.NaN, 2.7556391987407824);
    expect(r).toMatchObject({
      method: 'no_target',
      status: 'on_track',
      openSdgStatus: 'substantial_progress',
      ratio: null,
      cagrRequired: null,
    });
    expect(r.reason.en).toContain('substantial progress');

    const moderate = cagrProgress({ series: series([2015, 50], [2020, 52]), baseYear: 2015, direction: 'increase' });
    // python3: co = (52/50)**(1/5)-1; score 250*co-1.25
    expectClose(moderate.progressValue ?? Number.NaN, 0.007874988517892145);
    expectClose(moderate.score ?? Number.NaN, 0.7187471294730363);
    expect(moderate.openSdgStatus).toBe('moderate_progress');

    const limited = cagrProgress({ series: series([2015, 50], [2020, 51]), baseYear: 2015, direction: 'increase' });
    // python3: co = (51/50)**(1/5)-1; score 500*co-2.5
    expectClose(limited.score ?? Number.NaN, -0.5158106477854396);
    expect(limited.openSdgStatus).toBe('limited_progress');

    const down = cagrProgress({ series: series([2015, 50], [2020, 54]), baseYear: 2015, direction: 'decrease' });
    expect(down.status).toBe('deterioration');
  });

  it('scales the thresholds near a limit by C = 1 − (y0/L)^4.44', () => {
    const r = cagrProgress({
      series: series([2015, 50], [2020, 54]),
      baseYear: 2015,
      direction: 'increase',
      limit: 100,
    });
    // python3: c = 1-(50/100)**4.44; 0.015*c; min(500*co/c-5, 5)
    expectClose(r.thresholds.coefficient ?? Number.NaN, 0.9539290869596531);
    expectClose(r.thresholds.high, 0.014308936304394795);
    expectClose(r.score ?? Number.NaN, 3.130205174327399);

    const beyond = cagrProgress({
      series: series([2015, 150], [2020, 140]),
      baseYear: 2015,
      direction: 'decrease',
      limit: 100,
    });
    // python3: 1-((2*100-150)/100)**4.44
    expectClose(beyond.thresholds.coefficient ?? Number.NaN, 0.9539290869596531);
    expect(
      cagrProgress({ series: series([2015, 250], [2020, 240]), baseYear: 2015, direction: 'decrease', limit: 100 })
        .thresholds.coefficient,
    ).toBe(1);
  });

  it('takes threshold overrides', () => {
    const r = cagrProgress({
      series: series([2015, 50], [2020, 54]),
      baseYear: 2015,
      direction: 'increase',
      thresholds: { high: 0.02 },
    });
    expect(r.thresholds).toEqual({ high: 0.02, med: 0.005, low: 0 });
    expect(r.status).toBe('acceleration_needed');
  });
});
