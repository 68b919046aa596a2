import { describe, expect, it } from 'vitest';
import { describeAreaBasis } from '../../../src/core/areas/describe-area-basis.ts';
import { AreaArgumentError } from '../../../src/core/messages/areas.ts';
import { reformDataSet } from './reform-fixture.ts';

describe('describeAreaBasis', () => {
  const data = reformDataSet([]);

  it('describes each kind of code at each side of the reform', () => {
    expect(describeAreaBasis(data, '101', 2024)).toMatchObject({
      basis: 'direct',
      tree: 'before_reform',
      codes: ['101'],
    });
    expect(describeAreaBasis(data, '101', 2025)).toMatchObject({
      basis: 'gathered',
      tree: 'both',
      codes: ['101', '201', '202'],
    });
    expect(describeAreaBasis(data, '101', 2026)).toMatchObject({
      basis: 'gathered',
      tree: 'after_reform',
      codes: ['201', '202'],
    });
    expect(describeAreaBasis(data, '201', 2024)).toMatchObject({
      basis: 'spread_estimate',
      tree: 'before_reform',
      codes: null,
    });
    expect(describeAreaBasis(data, '201', 2026)).toMatchObject({
      basis: 'direct',
      tree: 'after_reform',
      codes: ['201'],
    });
    expect(describeAreaBasis(data, '103', 2026)).toMatchObject({ basis: null, tree: null, codes: null, months: [] });
  });

  it('says it in both languages, with the unit, its life and the parts', () => {
    const d = describeAreaBasis(data, '101', 2025);
    expect(d.sentence.en).toBe(
      'Code 101 Unit 101 (district-level unit, existed until 30 Jun 2025). 2025 (gathered from the new units lying within it; ' +
        "both trees of units, before and after the reform): months 1–6: 101 Unit 101's own rows (the tree of units before the reform); " +
        'months 7–12: the sum of the 2 new units lying wholly within it (201 Unit 201; 202 Unit 202) (the tree of units after the reform). ' +
        'From 1 Jul 2025, at the administrative reorganisation, the unit ended: its series stops here.',
    );
    expect(d.sentence.vi).toContain('Mã 101 Đơn vị 101 (đơn vị cấp huyện, tồn tại đến ngày 30/6/2025). Năm 2025');
    expect(describeAreaBasis(data, '42', 2024).sentence.vi).toContain('(cấp tỉnh, tồn tại suốt kỳ số liệu)');
  });

  it('keeps to the months begun by the cut-off', () => {
    const cut = { ...data, meta: { ...data.meta, cutoff: '2026-03-31' } };
    expect(describeAreaBasis(cut, '201', 2026)).toMatchObject({ basis: 'partial_year_direct', months: [1, 2, 3] });
  });

  it('refuses an unknown code', () => {
    expect(() => describeAreaBasis(data, '999', 2025)).toThrow(AreaArgumentError);
  });
});
