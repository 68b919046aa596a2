import { describe, expect, test } from 'vitest';
import { ConventionError, parseConvention } from '../../../src/core/periods/parse-convention.ts';
import { periodOf } from '../../../src/core/periods/period-of.ts';
import { periodRange } from '../../../src/core/periods/period-range.ts';
import { BUILT_IN_CONVENTION_IDS, PERIOD_CONVENTIONS } from '../../../src/core/periods/registry.ts';

describe('the registry', () => {
  test('holds the four built-in conventions, keyed by their id', () => {
    expect(BUILT_IN_CONVENTION_IDS).toEqual(['calendar', 'police', 'national_assembly', 'procuracy']);
    for (const id of BUILT_IN_CONVENTION_IDS) expect(PERIOD_CONVENTIONS[id].id).toBe(id);
  });

  test.each(BUILT_IN_CONVENTION_IDS)('%s is an instance of the user data shape (round trip through JSON)', (id) => {
    const builtIn = PERIOD_CONVENTIONS[id];
    expect(parseConvention(JSON.stringify(builtIn))).toEqual(builtIn);
  });

  test('built-ins are frozen', () => {
    expect(Object.isFrozen(PERIOD_CONVENTIONS)).toBe(true);
    expect(Object.isFrozen(PERIOD_CONVENTIONS.police)).toBe(true);
  });

  test('the police year is marked as inferred, as METHODOLOGY.md §5 says', () => {
    expect(PERIOD_CONVENTIONS.police.basis).toBe('inferred');
  });
});

describe('parseConvention', () => {
  const taxYear = {
    id: 'tax_year',
    name: { vi: 'Năm tài chính', en: 'Fiscal year' },
    month_start_day: 1,
    year_start_month: 4,
    source: 'example',
    basis: 'stated',
    note: { vi: 'Ví dụ', en: 'Example' },
  };

  test('a user convention from a JSON string or an object works with every function', () => {
    const fromText = parseConvention(JSON.stringify(taxYear));
    const fromObject = parseConvention(taxYear);
    expect(fromText).toEqual(taxYear);
    expect(fromObject).toEqual(taxYear);
    expect(Object.isFrozen(fromObject)).toBe(true);
    expect(periodRange(fromObject, 2025)).toEqual({ start: '2024-04-01', end: '2025-03-31' });
    expect(periodOf('2024-04-01', fromObject)).toEqual({ year: 2025, month: 4 });
  });

  test('a police-like convention given by a user equals the built-in calendar of dates', () => {
    const mine = parseConvention({
      id: 'mine',
      name: { vi: 'Của tôi', en: 'Mine' },
      month_start_day: 15,
      year_start_month: 1,
    });
    expect(periodRange(mine, 2025)).toEqual(periodRange(PERIOD_CONVENTIONS.police, 2025));
  });

  test('reports every problem at once, in both languages', () => {
    let error: unknown;
    try {
      parseConvention({
        id: 'Bad Id',
        name: 'police',
        month_start_day: 29,
        year_start_month: 0,
        basis: 'guess',
        month_start: 15,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConventionError);
    const issues = (error as ConventionError).issues;
    expect(issues.map((i) => i.en)).toEqual([
      "Unknown field 'month_start'",
      "'id' must be lower snake_case starting with a letter (got 'Bad Id')",
      '\'name\' must be { "vi": "...", "en": "..." }',
      "'month_start_day' must be an integer from 1 to 28 (got 29)",
      "'year_start_month' must be an integer from 1 to 12 (got 0)",
      "'basis' must be 'stated' or 'inferred' (got \"guess\")",
    ]);
    for (const issue of issues) expect(issue.vi.length).toBeGreaterThan(0);
    expect((error as Error).message).toMatch(/^Invalid period convention: Unknown field 'month_start'; /);
  });

  test.each([
    ['not JSON', '{id:', /Not valid JSON/],
    ['an array', '[]', /must be a JSON object/],
    ['null', null, /must be a JSON object/],
    ['missing fields', {}, /Missing required field 'id'.*'name'.*'month_start_day'.*'year_start_month'/],
    ['a fractional day', { ...taxYear, month_start_day: 1.5 }, /month_start_day/],
    ['a day as text', { ...taxYear, month_start_day: '15' }, /month_start_day/],
    ['a name without English', { ...taxYear, name: { vi: 'Năm' } }, /'name'/],
    ['an empty source', { ...taxYear, source: '' }, /'source'/],
  ])('refuses %s', (_, input, message) => {
    expect(() => parseConvention(input)).toThrow(message);
  });
});
