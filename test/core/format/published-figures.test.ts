/**
 * Published figures reproduced from their counts, as an office would print them.
 *
 * The fixture `test/fixtures/published-figures.csv` is a copy of
 * `shared/reference/PUBLISHED-FIGURES.csv` (kept in the repository so that CI runs on a clean
 * clone): counts and the percentage as printed by the ministry, provincial newspapers and the
 * procuracy, with the source of each. Every row is reproduced from numerator and denominator
 * alone; nothing here is computed with floating point.
 *
 * Spacing: the press prints '88,2%', the toolkit '88,2 %' (a space before %, the ministry's
 * style, METHODOLOGY.md §5). Texts are compared after removing the space before '%'; that is the
 * only normalisation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatChange } from '../../../src/core/format/change.ts';
import { percentOf } from '../../../src/core/format/percent-of.ts';

interface PublishedRow {
  place: string;
  period: string;
  indicator: string;
  numerator: number;
  denominator: number;
  published_percent: string;
  rounding: string;
  source: string;
}

/** RFC 4180 CSV: quoted fields may hold commas ("88,2%"). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const csv = readFileSync(new URL('../../fixtures/published-figures.csv', import.meta.url), 'utf8');
const [header = [], ...body] = parseCsv(csv);
const rows: PublishedRow[] = body.map((cells) => {
  const record = Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
  return { ...record, numerator: Number(record.numerator), denominator: Number(record.denominator) } as PublishedRow;
});

/** Removes the only difference in house style: the space the toolkit puts before %. */
const normalise = (text: string): string => text.replace(/ %/g, '%');
/** Decimals of the printed figure: digits after the decimal comma ('76,25%' -> 2). */
const printedDecimals = (text: string): number => /,(\d+)%/.exec(text)?.[1]?.length ?? 0;

/**
 * Rows the press truncated instead of rounding (METHODOLOGY.md §5). The toolkit rounds half up
 * and so prints a different last digit; `truncate` mode reproduces the press.
 */
const TRUNCATED_BY_PRESS: Record<string, { published: string; exact: string; toolkit: string }> = {
  'TP.HCM': { published: '76,25%', exact: '3372/4422 = 76,2551... %', toolkit: '76,26 %' },
  'Quảng Bình (procuracy)': { published: '91,1%', exact: '392/430 = 91,1628... %', toolkit: '91,2 %' },
};

const isChange = (row: PublishedRow): boolean => row.indicator.startsWith('change_');
const rounded = rows.filter((row) => !(row.place in TRUNCATED_BY_PRESS));

describe('PUBLISHED-FIGURES.csv', () => {
  test('the fixture is the reference table, every row read', () => {
    expect(header).toEqual([
      'place',
      'period',
      'indicator',
      'numerator',
      'denominator',
      'published_percent',
      'rounding',
      'source',
    ]);
    expect(rows.length).toBe(12);
    for (const row of rows) {
      expect(Number.isInteger(row.numerator) && Number.isInteger(row.denominator)).toBe(true);
    }
  });

  test('every truncated row the test lists is in the table, and says so in its rounding column', () => {
    for (const place of Object.keys(TRUNCATED_BY_PRESS)) {
      const row = rows.find((r) => r.place === place);
      expect(row?.rounding).toMatch(/truncated/);
    }
    // Any other row marked truncated would have to be listed above.
    expect(rounded.filter((row) => /truncated/.test(row.rounding))).toEqual([]);
  });

  describe.each(
    rounded
      .filter((row) => !isChange(row))
      .map((row) => [`${row.place}, ${row.period}, ${row.indicator}`, row] as const),
  )('rounded half up: %s', (_, row) => {
    test(`${row.numerator}/${row.denominator} prints ${row.published_percent}`, () => {
      const decimals = printedDecimals(row.published_percent);
      expect(row.rounding).toContain(`${decimals} decimal`);
      const printed = percentOf(row.numerator, row.denominator, { lang: 'vi', decimals });
      expect(printed).toMatch(/ %$/); // the toolkit's own spacing, normalised below
      expect(normalise(printed)).toBe(row.published_percent);
    });
  });

  describe.each(rounded.filter(isChange).map((row) => [`${row.place}, ${row.period}`, row] as const))(
    'change on the earlier count: %s',
    (_, row) => {
      test(`${row.numerator} against ${row.denominator} prints ${row.published_percent}`, () => {
        const decimals = printedDecimals(row.published_percent);
        const printed = formatChange(row.numerator, row.denominator, { lang: 'vi', decimals, withCount: false });
        expect(normalise(printed)).toBe(row.published_percent);
      });
    },
  );

  test('the change rows are the two expected', () => {
    expect(rounded.filter(isChange).map((r) => [r.numerator, r.denominator, r.published_percent])).toEqual([
      [180, 183, 'giảm 1,6%'],
      [5202, 4738, 'tăng 9,79%'],
    ]);
  });

  describe.each(Object.entries(TRUNCATED_BY_PRESS))('truncated by the press: %s', (place, expected) => {
    const row = rows.find((r) => r.place === place)!;
    const decimals = printedDecimals(expected.published);

    test(`half up (the toolkit's default) prints ${expected.toolkit}, not the press's ${expected.published}`, () => {
      expect(row.published_percent).toBe(expected.published);
      const printed = percentOf(row.numerator, row.denominator, { lang: 'vi', decimals });
      expect(printed).toBe(expected.toolkit);
      expect(normalise(printed)).not.toBe(row.published_percent);
    });

    test(`truncate mode reproduces the press (${expected.exact})`, () => {
      const printed = percentOf(row.numerator, row.denominator, { lang: 'vi', decimals, rounding: 'truncate' });
      expect(normalise(printed)).toBe(row.published_percent);
    });
  });

  test('the fixture matches the shared reference when that is present (local runs only)', () => {
    let reference: string;
    try {
      reference = readFileSync(new URL('../../../../shared/reference/PUBLISHED-FIGURES.csv', import.meta.url), 'utf8');
    } catch {
      return; // a clean clone has no ../shared
    }
    expect(csv).toBe(reference);
  });
});
