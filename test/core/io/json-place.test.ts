import { describe, expect, it } from 'vitest';
import { jsonPathPlace, placeAt, scanJson } from '../../../src/core/io/json-place.ts';

describe('scanJson', () => {
  it('accepts what JSON.parse accepts (a few shapes)', () => {
    for (const t of ['{}', '[]', '{"a": [1, -2.5e3, true, null, "x\\n\\u00e9"]}', ' "s" ', '0', '\uFEFF{"a":1}']) {
      expect(scanJson(t).ok).toBe(true);
    }
  });

  it('refuses what JSON.parse refuses, at the first wrong character', () => {
    const cases: [string, number, number][] = [
      ['{ foo: 1 }', 1, 3],
      ['{"a": 1,}', 1, 9],
      ['{\n  "a": 01\n}', 2, 9],
      ['{\n  "a": tru\n}', 2, 8],
      ['[1 2]', 1, 4],
      ['{"a": "b}', 1, 10],
      ['', 1, 1],
      ['{} x', 1, 4],
    ];
    for (const [text, line, column] of cases) {
      expect(() => JSON.parse(text)).toThrow();
      const scan = scanJson(text);
      expect(scan.ok, text).toBe(false);
      if (!scan.ok) expect([scan.error.line, scan.error.column], text).toEqual([line, column]);
    }
  });
});

describe('jsonPathPlace', () => {
  const text =
    '{\n  "id": "mine",\n  "targets": {\n    "clearance_rate": { "comparator": ">=", "threshold": 80 }\n  }\n}\n';
  it('finds the value a parseTargetSet path names', () => {
    expect(jsonPathPlace(text, '$.targets.clearance_rate.threshold')).toMatchObject({ line: 4, column: 58 });
    expect(text.split('\n')[3]?.slice(57, 59)).toBe('80');
  });
  it('falls back to the nearest enclosing value', () => {
    expect(jsonPathPlace(text, '$.targets.clearance_rate.deadline_year')).toMatchObject({ line: 4, column: 23 });
    expect(jsonPathPlace(text, '$.in_force')).toMatchObject({ line: 1, column: 1 });
    expect(jsonPathPlace('{', '$')).toBeNull();
  });
  it('counts lines and columns from 1', () => {
    expect(placeAt('ab\ncd', 4)).toEqual({ offset: 4, line: 2, column: 2 });
  });
});
