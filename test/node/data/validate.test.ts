/**
 * The bundled data pass chitieu's own validator (`loadDataFolder`), as a CSV folder and as the
 * .xlsx workbook alone, and both read to the same rows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../../src/core/types.ts';
import { formatProblem, loadDataFolder } from '../../../src/node/io/load.ts';
import { WORKBOOK_FILE } from '../../../src/node/data/write.ts';

const DATA = join(import.meta.dirname, '../../../data');

describe('data/ validates', () => {
  it('as a CSV folder, with the datapackage metadata', async () => {
    const result = await loadDataFolder(DATA, { lang: 'en' });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    expect(result.data.meta).toMatchObject({ periods: 'police', cutoff: '2026-10-14', synthetic: true });
    // No warnings, except perhaps that the workbook beside the CSV files is not read.
    expect(result.warnings.filter((w) => w.file !== WORKBOOK_FILE).map(formatProblem)).toEqual([]);
  });

  it('as the workbook, with the same rows as the CSV files', async () => {
    const fromXlsx = await loadDataFolder(join(DATA, WORKBOOK_FILE), { lang: 'en' });
    expect(fromXlsx.ok ? [] : fromXlsx.problems.map(formatProblem)).toEqual([]);
    expect(fromXlsx.warnings.map(formatProblem)).toEqual([]);
    const fromCsv = await loadDataFolder(DATA, { lang: 'en' });
    if (!fromXlsx.ok || !fromCsv.ok) throw new Error('not loaded');
    for (const table of TABLE_NAMES) expect(fromXlsx.data[table], table).toEqual(fromCsv.data[table]);
  });
});
