import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBuilt, type VegaLiteChart } from '../../../src/core/charts/chart.ts';
import { buildChartContext } from '../../../src/core/charts/chart-context.ts';
import { drugFreePath } from '../../../src/core/charts/drug-free-path.ts';
import { drugFreePathData } from '../../../src/core/charts/drug-free-path-data.ts';
import { TARGET_SETS } from '../../../src/core/targets/registry.ts';
import type { TargetSet } from '../../../src/core/targets/target-set.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { ROOT } from '../../helpers/cli.ts';
import { fixtureContext } from './fixture.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder(join(ROOT, 'data'));
  if (!loaded.ok) throw new Error('data/ refused');
  data = loaded.data;
});

describe('drug_free_path (10-drug-free-path)', () => {
  it('draws the path from 20 % in 2025 to 50 % in 2030 on a straight line, milestones marked', () => {
    const { path, target } = drugFreePathData(buildChartContext(data, { year: 2026 }));
    expect(target?.set).toBe('drugs-2030');
    expect(path.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    // 0.2 + (0.5 - 0.2) * (Y - 2025) / 5
    const line = [0.2, 0.26, 0.32, 0.38, 0.44, 0.5];
    path.forEach((p, i) => expect(p.threshold).toBeCloseTo(line[i] as number, 12));
    expect(path.filter((p) => p.milestone).map((p) => p.year)).toEqual([2025, 2030]);
  });

  it('draws each year share with its Wilson interval, judged against its own point of the path', () => {
    const { points } = drugFreePathData(buildChartContext(data, { year: 2026 }));
    expect(points.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const sum = (year: number, column: 'in_scope' | 'recognised') =>
      data.drug_free_communes.filter((r) => r.year === year).reduce((s, r) => s + r[column], 0);
    const y2026 = points[7];
    expect([y2026?.numerator, y2026?.denominator]).toEqual([sum(2026, 'recognised'), sum(2026, 'in_scope')]);
    expect([y2026?.numerator, y2026?.denominator]).toEqual([21, 69]);
    // R 4.x: prop.test(21, 69, correct = FALSE)$conf.int => 0.20849626891709955 0.42083570167861639
    expect(y2026?.ci95?.[0]).toBeCloseTo(0.20849626891709955, 12);
    expect(y2026?.ci95?.[1]).toBeCloseTo(0.42083570167861639, 12);
    expect(y2026?.threshold).toBeCloseTo(0.26, 12);
    expect(y2026?.status).toBe('met'); // 21/69 = 30.4 % >= 26 %
    // R 4.x: prop.test(16, 69, correct = FALSE)$conf.int => 0.14807904486070325 0.34396847040009254
    expect(points[6]?.ci95?.[0]).toBeCloseTo(0.14807904486070325, 12);
    expect(points[6]?.status).toBe('met'); // 16/69 = 23.2 % >= 20 %
    expect(points.slice(0, 6).every((p) => p.status === 'no_target' && p.threshold === null)).toBe(true);
  });

  it("labels the path as the toolkit's reading of NQ 163/2024/QH15 and KL 132-KL/TW, in both languages", () => {
    const context = buildChartContext(data, { year: 2026 });
    const vi = drugFreePath.build(context, null, 'vi') as VegaLiteChart;
    expect(vi.name).toBe('10-drug-free-path');
    const viNote = vi.texts.note.join(' ');
    expect(viNote).toContain('cách đọc của bộ công cụ');
    expect(viNote).toContain('NQ 163/2024/QH15');
    expect(viNote).toContain('KL 132-KL/TW');
    expect(vi.texts.subtitle.join(' ')).toContain('từ 20 % (2025) lên 50 % (2030)');
    expect(JSON.stringify(vi.spec)).toContain('"20 % (2025)"');
    const en = drugFreePath.build(context, null, 'en') as VegaLiteChart;
    expect(en.texts.note.join(' ')).toContain("toolkit's reading");
    expect(en.texts.subtitle.join(' ')).toContain('from 20% (2025) to 50% (2030)');
  });

  it('before the path is in force (2024) draws the years against the path to come, with no verdict', () => {
    const context = buildChartContext(data, { year: 2024 });
    const { points, path } = drugFreePathData(context);
    expect(path.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(points.every((p) => p.status === 'no_target')).toBe(true);
    const chart = drugFreePath.build(context, null, 'vi') as VegaLiteChart;
    expect(JSON.stringify(chart.spec)).toContain('Trước lộ trình');
  });

  it('says why it is not drawn: a folder without drug_free_communes.csv, or a target set without the path', () => {
    const without = drugFreePath.build(fixtureContext(2026), null, 'vi');
    expect(isBuilt(without)).toBe(false);
    expect('reason' in without && without.reason).toContain('drug_free_communes.csv');
    const programme = TARGET_SETS['programme-2021-2025'] as TargetSet;
    const noPath = drugFreePath.build(buildChartContext(data, { year: 2026, targets: programme }), null, 'en');
    expect(isBuilt(noPath)).toBe(false);
    expect('reason' in noPath && noPath.reason).toContain('no path');
    expect(isBuilt(drugFreePath.build(fixtureContext(2026, { watched: true }), null, 'vi'))).toBe(true);
  });
});
