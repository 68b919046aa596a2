import { beforeAll, describe, expect, it } from 'vitest';
import { reportingCoverage } from '../../../src/core/analysis/reporting-coverage.ts';
import type { DataSet } from '../../../src/core/types.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';

let data: DataSet;
beforeAll(async () => {
  const loaded = await loadDataFolder('data');
  if (!loaded.ok) throw new Error('the bundled data do not load');
  data = loaded.data;
});

describe('reportingCoverage (bundled data)', () => {
  it('counts the 13 districts in January 2019, a police month that begins before the area tree (15/12/2018)', () => {
    expect(reportingCoverage(data, 2019, '42', [1, 12])).toEqual([
      { month: 1, reported: 13, expected: 13 },
      { month: 12, reported: 13, expected: 13 },
    ]);
  });
});
