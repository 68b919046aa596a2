import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBuilt } from '../../../src/core/charts/chart.ts';
import { buildChartContext } from '../../../src/core/charts/chart-context.ts';
import { violationsByField } from '../../../src/core/charts/violations-by-field.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { ROOT } from '../../helpers/cli.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder(join(ROOT, 'data'));
  if (!loaded.ok) throw new Error('data/ refused');
  data = loaded.data;
});

const subtitle = (year: number, lang: 'vi' | 'en') => {
  const chart = violationsByField.build(buildChartContext(data, { year }), null, lang);
  if (!isBuilt(chart)) throw new Error('skipped');
  return [chart.texts.subtitle].flat().join(' ');
};

describe('violations_by_field (08-violations-by-field): a target past its document', () => {
  it('names the expired programme in 2026, and not in 2025', () => {
    expect(subtitle(2026, 'vi')).toContain(
      'Mục tiêu của CTr KL 13 của tỉnh (hết hiệu lực từ năm 2026), để so sánh: số vi phạm phát hiện năm sau',
    );
    expect(subtitle(2026, 'en')).toContain('(expired from 2026), for comparison: detections');
    expect(subtitle(2025, 'vi')).toContain('Mục tiêu: số vi phạm phát hiện năm sau');
    expect(subtitle(2025, 'vi')).not.toContain('hết hiệu lực');
  });
});
