import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VegaLiteChart } from '../../../src/core/charts/chart.ts';
import { buildChartContext } from '../../../src/core/charts/chart-context.ts';
import { rateTrend } from '../../../src/core/charts/rate-trend.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { ROOT } from '../../helpers/cli.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder(join(ROOT, 'data'));
  if (!loaded.ok) throw new Error('data/ refused');
  data = loaded.data;
});

describe('rate_trend (03-rate-trend-*): a target past its document', () => {
  const trendSubtitle = (year: number, id: string, lang: 'vi' | 'en') =>
    [(rateTrend.build(buildChartContext(data, { year }), id as never, lang) as VegaLiteChart).texts.subtitle]
      .flat()
      .join(' ');

  it('names the expired programme beside its dashed line in 2026, not in 2025; a target in force stays plain', () => {
    expect(trendSubtitle(2026, 'reoffending_rate', 'vi')).toContain(
      'đường nét đứt: mục tiêu dưới 15 % của CTr KL 13 của tỉnh (hết hiệu lực từ năm 2026), để so sánh.',
    );
    expect(trendSubtitle(2026, 'reoffending_rate', 'en')).toContain('(expired from 2026), for comparison.');
    expect(trendSubtitle(2025, 'reoffending_rate', 'vi')).not.toContain('hết hiệu lực');
    // 2026 clearance: the 2025 directive, in force.
    expect(trendSubtitle(2026, 'clearance_rate', 'vi')).toContain('đường nét đứt: mục tiêu trên 75 %.');
  });
});
