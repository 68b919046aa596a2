import type { Bilingual } from '../messages/lang.ts';
import type { PeriodConvention } from './convention.ts';
import { CONVENTION_ISSUES } from '../messages/periods.ts';

/** A convention that failed validation; `issues` lists every problem found, in both languages. */
export class ConventionError extends Error {
  /** Every problem found, in both languages. */
  readonly issues: readonly Bilingual[];

  /**
   * @example
   * new ConventionError([CONVENTION_ISSUES.missing('id')]).message; // => "Invalid period convention: Missing required field 'id'"
   */
  constructor(issues: readonly Bilingual[]) {
    super(`Invalid period convention: ${issues.map((issue) => issue.en).join('; ')}`);
    this.name = 'ConventionError';
    this.issues = issues;
  }
}

const FIELDS = ['id', 'name', 'month_start_day', 'year_start_month', 'source', 'basis', 'note'] as const;

/**
 * Reads a user's own reporting-period convention from JSON (a string, or an object already
 * parsed) and checks it, reporting every problem at once. The result has the same shape as the
 * built-in conventions and is frozen.
 *
 * Rules: `id` lower snake_case; `name` `{ vi, en }`; `month_start_day` an integer 1–28 (every
 * month has that day, so no month is ever clipped); `year_start_month` an integer 1–12; optional
 * `source` (text), `basis` ('stated' | 'inferred'), `note` (`{ vi, en }`); no other fields, so a
 * misspelt field is caught rather than ignored.
 *
 * @throws {ConventionError} listing every problem.
 * @example
 * parseConvention('{"id":"tax","name":{"vi":"Năm thuế","en":"Tax year"},"month_start_day":1,"year_start_month":4}').year_start_month; // => 4
 */
export function parseConvention(json: unknown): PeriodConvention {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      throw new ConventionError([CONVENTION_ISSUES.notJson((error as Error).message)]);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConventionError([CONVENTION_ISSUES.notObject()]);
  }
  const input = value as Record<string, unknown>;
  const issues: Bilingual[] = [];

  for (const key of Object.keys(input)) {
    if (!(FIELDS as readonly string[]).includes(key)) issues.push(CONVENTION_ISSUES.unknownField(key));
  }
  for (const key of ['id', 'name', 'month_start_day', 'year_start_month'] as const) {
    if (input[key] === undefined) issues.push(CONVENTION_ISSUES.missing(key));
  }
  const { id, name, month_start_day: day, year_start_month: month, source, basis, note } = input;

  if (id !== undefined) {
    if (typeof id !== 'string' || id === '') issues.push(CONVENTION_ISSUES.notText('id'));
    else if (!/^[a-z][a-z0-9_]*$/.test(id)) issues.push(CONVENTION_ISSUES.badId(id));
  }
  if (name !== undefined && !isBilingual(name)) issues.push(CONVENTION_ISSUES.notBilingual('name'));
  if (day !== undefined && !isIntegerIn(day, 1, 28)) {
    issues.push(CONVENTION_ISSUES.outOfRange('month_start_day', 1, 28, day));
  }
  if (month !== undefined && !isIntegerIn(month, 1, 12)) {
    issues.push(CONVENTION_ISSUES.outOfRange('year_start_month', 1, 12, month));
  }
  if (source !== undefined && (typeof source !== 'string' || source === '')) {
    issues.push(CONVENTION_ISSUES.notText('source'));
  }
  if (basis !== undefined && basis !== 'stated' && basis !== 'inferred') issues.push(CONVENTION_ISSUES.badBasis(basis));
  if (note !== undefined && !isBilingual(note)) issues.push(CONVENTION_ISSUES.notBilingual('note'));

  if (issues.length > 0) throw new ConventionError(issues);
  const convention: PeriodConvention = {
    id: id as string,
    name: Object.freeze({ vi: (name as Bilingual).vi, en: (name as Bilingual).en }),
    month_start_day: day as number,
    year_start_month: month as number,
  };
  if (source !== undefined) convention.source = source as string;
  if (basis !== undefined) convention.basis = basis as 'stated' | 'inferred';
  if (note !== undefined) convention.note = Object.freeze({ vi: (note as Bilingual).vi, en: (note as Bilingual).en });
  return Object.freeze(convention);
}

function isBilingual(value: unknown): value is Bilingual {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  return (
    keys.length === 2 &&
    typeof record.vi === 'string' &&
    record.vi !== '' &&
    typeof record.en === 'string' &&
    record.en !== ''
  );
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
