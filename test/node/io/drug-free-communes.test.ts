/**
 * The optional table drug_free_communes.csv: a folder without it loads and gives no_data for its indicator
 * alone; a bad row is refused as file:line:column: message in Vietnamese and English; the bundled workbook
 * carries it as a sheet.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../src/core/indicators/compute.ts';
import { formatProblem, loadDataFolder } from '../../../src/node/io/load.ts';
import { csv, loaded, minimalWith, refused } from './helpers.ts';

const HEADER = 'year,area_code,in_scope,recognised';
const messages = async (text: string, lang: 'vi' | 'en') =>
  (await refused(minimalWith({ 'drug_free_communes.csv': text }), lang)).map(formatProblem);

describe('drug_free_communes.csv', () => {
  it('may be left out: the folder loads, the drug-free share is no_data with its reason, nothing else changes', async () => {
    const without = (await loaded(minimalWith())).data;
    expect(without.drug_free_communes).toEqual([]);
    const withTable = (
      await loaded(minimalWith({ 'drug_free_communes.csv': csv(HEADER, '2024,436,15,4', '2024,437,6,1') }))
    ).data;
    expect(withTable.drug_free_communes).toHaveLength(2);
    const a = computeIndicators(without, { year: 2024 }).results;
    const b = computeIndicators(withTable, { year: 2024 }).results;
    const drugFree = (rs: typeof a) => rs.find((r) => r.id === 'drug_free_communes_share')!;
    expect(drugFree(a)).toMatchObject({ status: 'no_data', value: null, numerator: null, denominator: null });
    expect(drugFree(a).reason).toEqual({
      vi: 'drug_free_communes.csv không có dòng nào cho năm 2024',
      en: 'drug_free_communes.csv has no row for 2024',
    });
    // with the table: (4 + 1) / (15 + 6), judged against nothing in 2024 (the 2030 programme begins in 2025)
    expect(drugFree(b)).toMatchObject({ numerator: 5, denominator: 21, status: 'no_target', target: null });
    // every other result is the same with or without the table
    expect(a.filter((r) => r.id !== 'drug_free_communes_share')).toEqual(
      b.filter((r) => r.id !== 'drug_free_communes_share'),
    );
  });

  it('refuses recognised > in_scope, at its line and column, in both languages', async () => {
    const text = csv(HEADER, '2024,436,15,4', '2024,437,6,7');
    expect(await messages(text, 'en')).toEqual([
      'drug_free_communes.csv:3:4: recognised = 7 is greater than in_scope = 6',
    ]);
    expect(await messages(text, 'vi')).toEqual(['drug_free_communes.csv:3:4: recognised = 7 lớn hơn in_scope = 6']);
  });

  it('refuses a negative count, a fraction and an unknown area; a missing column names the file', async () => {
    const en = await messages(csv(HEADER, '2024,436,-1,0', '2024,437,6,1.5', '2024,499,3,1'), 'en');
    expect(en.map((m) => m.split(' ')[0])).toEqual([
      'drug_free_communes.csv:2:3:',
      'drug_free_communes.csv:3:4:',
      'drug_free_communes.csv:4:2:',
    ]);
    const vi = await messages(csv(HEADER, '2024,436,-1,0'), 'vi');
    expect(vi[0]).toMatch(/^drug_free_communes\.csv:2:3: /);
    const noColumn = await messages(csv('year,area_code,in_scope', '2024,436,3'), 'en');
    expect(noColumn[0]).toMatch(/^drug_free_communes\.csv: .*recognised/);
  });

  it('refuses a row for an area in a year it did not exist', async () => {
    const areas = csv(
      'area_code,name_vi,name_en,level,parent_code,valid_from,valid_to',
      '42,Tỉnh Hà Tĩnh,Ha Tinh Province,province,,2019-01-01,',
      '436,Thành phố Hà Tĩnh,Ha Tinh City,district,42,2019-01-01,',
      '437,Thị xã Hồng Lĩnh,Hong Linh Town,district,42,2019-01-01,2023-12-31',
    );
    const problems = await refused(
      minimalWith({ 'areas.csv': areas, 'drug_free_communes.csv': csv(HEADER, '2024,437,6,1') }),
    );
    expect(problems.map(formatProblem).filter((p) => p.startsWith('drug_free_communes'))).toEqual([
      'drug_free_communes.csv:2:2: area 437 did not exist in period 2024 (2024-01-01 to 2024-12-31): valid from 2019-01-01 to 2023-12-31',
    ]);
  });

  it('is read from the bundled workbook as from the folder', async () => {
    const folder = await loadDataFolder(fileURLToPath(new URL('../../../data/', import.meta.url)));
    const workbook = await loadDataFolder(
      fileURLToPath(new URL('../../../data/hatinh-2019-2026.xlsx', import.meta.url)),
    );
    if (!folder.ok || !workbook.ok) throw new Error('the bundled data did not load');
    expect(folder.data.drug_free_communes).toHaveLength(13 * 6 + 69 * 2); // 13 districts 2019-2024, 69 units 2025-2026;
    expect(workbook.data.drug_free_communes).toEqual(folder.data.drug_free_communes);
  });
});
