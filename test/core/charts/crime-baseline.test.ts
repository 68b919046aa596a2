import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VegaLiteChart } from '../../../src/core/charts/chart.ts';
import { buildChartContext } from '../../../src/core/charts/chart-context.ts';
import { crimeBaseline } from '../../../src/core/charts/crime-baseline.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { ROOT } from '../../helpers/cli.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder(join(ROOT, 'data'));
  if (!loaded.ok) throw new Error('data/ refused');
  data = loaded.data;
});

const subtitle = (year: number, lang: 'vi' | 'en') =>
  [(crimeBaseline.build(buildChartContext(data, { year }), null, lang) as VegaLiteChart).texts.subtitle]
    .flat()
    .join(' ');

describe('crime_baseline (02-crime-baseline): the target and its document', () => {
  it('in 2025 states the programme target as the target of the year', () => {
    const vi = subtitle(2025, 'vi');
    expect(vi).toContain('Mục tiêu: giảm 5 % so với năm 2021 vào năm 2025');
    expect(vi).not.toContain('hết hiệu lực');
  });

  it('in 2026 names the expired document and says the line is for comparison (the target in force is none)', () => {
    expect(subtitle(2026, 'vi')).toContain(
      'Mục tiêu của CTr KL 13 của tỉnh (hết hiệu lực từ năm 2026), để so sánh: giảm 5 % so với năm 2021 vào năm 2025',
    );
    expect(subtitle(2026, 'en')).toContain('(expired from 2026), for comparison: 5% below 2021 by 2025');
  });
});
