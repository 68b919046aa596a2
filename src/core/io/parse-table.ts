/**
 * Reads a raw table into typed rows, checking its header, every cell and the checks within a row.
 * Problems are reported, never thrown; a cell that cannot be read is left out of its row, so later
 * checks skip what they cannot judge and every problem in the file is found in one pass.
 */
import type { TableName, TableRows } from '../types.ts';
import { readCount, readDecimal, readYear, isIsoDate } from './cells.ts';
import type { ProblemSink } from './problem.ts';
import type { RawTable } from './raw-table.ts';
import { TABLE_SCHEMAS, type ColumnSpec } from './schema.ts';

/** Typed rows of one table, with where each came from. */
export interface ParsedTable<K extends TableName = TableName> {
  table: K;
  file: string;
  /** Rows as parsed. In a table with problems a row may lack the columns whose cell was refused. */
  rows: TableRows[K][];
  /** Line of each row. */
  lines: number[];
  /** Column number of each schema column present in the file. */
  columnOf: Map<string, number>;
  /** True when the table has a `month` column. */
  monthly: boolean;
  /** False when a required column is missing: checks across rows and tables skip the table. */
  complete: boolean;
}

/**
 * Largest total of a count column (or of the columns a row check adds up) over one file: 2^53 - 1,
 * the largest whole number a double holds exactly. One count may be that large; two that add up past
 * it are refused, since their sum could not be computed exactly.
 */
export const MAX_COLUMN_TOTAL = Number.MAX_SAFE_INTEGER;

const tableMonthly = (table: TableName): boolean => TABLE_SCHEMAS[table].columns.some((c) => c.name === 'month');

/**
 * Reads a raw table against its schema.
 *
 * @example
 * // criminal_cases.csv with `cleared` 7 above `occurred` 5 on line 3:
 * // sink holds 'criminal_cases.csv:3:7: cleared = 7 is greater than occurred = 5'
 */
export function parseTable<K extends TableName>(table: K, raw: RawTable, sink: ProblemSink): ParsedTable<K> {
  const schema = TABLE_SCHEMAS[table];
  const file = raw.file;

  // --- header
  const indexOf = new Map<string, number>();
  for (let i = 0; i < raw.names.length; i++) {
    const name = raw.names[i]!.toLowerCase();
    if (name === '') continue;
    if (indexOf.has(name)) {
      sink.error(file, raw.headerLine, raw.columns[i]!, 'duplicate_column', { column: raw.names[i]! });
      continue;
    }
    indexOf.set(name, i);
    if (schema.columns.some((c) => c.name === name)) continue;
    if (name === 'month' && !tableMonthly(table))
      sink.warn(file, raw.headerLine, raw.columns[i]!, 'month_column_ignored', {});
    else sink.warn(file, raw.headerLine, raw.columns[i]!, 'unknown_column', { column: raw.names[i]! });
  }
  let complete = true;
  /** Each schema column in order: where its cells are, or -1 when the file leaves it out. */
  const plan: { spec: ColumnSpec; index: number; column: number }[] = [];
  const columnOf = new Map<string, number>();
  for (const spec of schema.columns) {
    const index = indexOf.get(spec.name);
    if (index === undefined) {
      if (spec.optional) plan.push({ spec, index: -1, column: 0 });
      else {
        sink.error(file, null, null, 'missing_column', { column: spec.name });
        complete = false;
      }
      continue;
    }
    plan.push({ spec, index, column: raw.columns[index]! });
    columnOf.set(spec.name, raw.columns[index]!);
  }
  const monthly = columnOf.has('month');
  const allowed = new Map(
    schema.columns.flatMap((c) => (c.kind.type === 'enum' ? [[c.name, new Set(c.kind.values)]] : [])),
  );

  // --- cells
  const rows: TableRows[K][] = [];
  const lines: number[] = [];
  for (const { line, cells, reported } of raw.rows) {
    const row: Record<string, unknown> = {};
    for (const { spec, index, column } of plan) {
      const name = spec.name;
      if (index < 0) {
        row[name] = null;
        continue;
      }
      if (reported !== undefined && reported.includes(index)) continue;
      let s = cells[index] ?? '';
      if (s.length > 0 && (s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32)) s = s.trim();
      if (s === '') {
        if (spec.nullable) row[name] = null;
        else if (name === 'month') sink.error(file, line, column, 'month_missing', {});
        else sink.error(file, line, column, 'empty_value', { column: name });
        continue;
      }
      const kind = spec.kind;
      switch (kind.type) {
        case 'text':
          row[name] = s;
          break;
        case 'count': {
          const v = readCount(s);
          if (typeof v === 'number') row[name] = v;
          else sink.error(file, line, column, v, { column: name, value: s });
          break;
        }
        case 'year': {
          const v = readYear(s);
          if (v !== null) row[name] = v;
          else sink.error(file, line, column, 'bad_year', { column: name, value: s });
          break;
        }
        case 'month': {
          const v = readCount(s);
          if (typeof v !== 'number' && v !== 'negative')
            sink.error(file, line, column, 'not_whole_number', { column: name, value: s });
          else if (v === 'negative' || v < 1 || v > 12)
            sink.error(file, line, column, 'month_out_of_range', { value: s });
          else row[name] = v;
          break;
        }
        case 'enum':
          if (allowed.get(name)!.has(s)) row[name] = s;
          else sink.error(file, line, column, 'unknown_value', { column: name, value: s, allowed: kind.values });
          break;
        case 'date':
          if (isIsoDate(s)) row[name] = s;
          else sink.error(file, line, column, 'bad_date', { column: name, value: s });
          break;
        case 'weight': {
          const v = readDecimal(s);
          if (v === null) sink.error(file, line, column, 'not_a_number', { column: name, value: s });
          else if (v < 0 || v > 1) sink.error(file, line, column, 'weight_out_of_range', { value: s });
          else row[name] = v;
          break;
        }
      }
    }
    rows.push(row as unknown as TableRows[K]);
    lines.push(line);
  }

  // --- totals. Each count is exact, but the indicators add them up: a column whose total over the
  // file passes 2^53 - 1, or a sum of columns that a row check bounds (carried_over + accepted), would
  // give sums that no longer count exactly (and once crashed the printing of a figure). Reported once
  // per column or sum, at the row where its running total passes the limit.
  const sums: { label: string; terms: { column: string; sign: 1 | -1 }[]; at: number }[] = [];
  for (const { spec, index, column } of plan) {
    if (spec.kind.type === 'count' && index >= 0)
      sums.push({ label: spec.name, terms: [{ column: spec.name, sign: 1 }], at: column });
  }
  for (const check of schema.checks) {
    const positive = check.atMost.filter((t) => t.sign > 0);
    const at = columnOf.get(check.column);
    if (positive.length < 2 || at === undefined || positive.some((t) => !columnOf.has(t.column))) continue;
    const label = positive.map((t) => t.column).join(' + ');
    if (!sums.some((x) => x.label === label))
      sums.push({ label, terms: positive, at: columnOf.get(positive[0]!.column)! });
  }
  for (const { label, terms, at } of sums) {
    let total = 0;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as unknown as Record<string, unknown>;
      for (const t of terms) {
        const v = row[t.column];
        if (typeof v === 'number') total += v;
      }
      if (total > MAX_COLUMN_TOTAL) {
        sink.error(file, lines[r]!, at, 'total_too_large', { column: label, limit: MAX_COLUMN_TOTAL });
        break;
      }
    }
  }

  // --- checks within a row. A value already refused by one check does not judge another
  // (transferred above carried_over + accepted says nothing new about resolved).
  const refused = new Map<number, Set<string>>();
  for (const check of schema.checks) {
    const column = columnOf.get(check.column);
    if (column === undefined || check.atMost.some((t) => !columnOf.has(t.column))) continue;
    const limitText = check.atMost
      .map((t, i) => (i === 0 ? t.column : `${t.sign < 0 ? '-' : '+'} ${t.column}`))
      .join(' ');
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as unknown as Record<string, unknown>;
      const value = row[check.column];
      if (typeof value !== 'number') continue;
      let limit = 0;
      let known = true;
      for (const t of check.atMost) {
        const v = row[t.column];
        if (typeof v !== 'number' || refused.get(r)?.has(t.column)) known = false;
        else limit += t.sign * v;
      }
      if (!known || value <= limit) continue;
      const args = { column: check.column, value, limit: limitText, limitValue: limit };
      if (check.severity === 'warning') {
        sink.warn(file, lines[r]!, column, 'exceeds', args);
        continue;
      }
      sink.error(file, lines[r]!, column, 'exceeds', args);
      let set = refused.get(r);
      if (set === undefined) refused.set(r, (set = new Set()));
      set.add(check.column);
    }
  }

  return { table, file, rows, lines, columnOf, monthly, complete };
}
