/**
 * Judges a read return against the data folder: the unit exists and reports in the period, the form is
 * for the period being collected and was not sent under another unit's name, the same rules between
 * counts as the validator (`TABLE_SCHEMAS[table].checks`: cleared <= occurred, resolved <= carried over
 * + accepted - transferred ...), and the unit's own history: a total outside the XmR limits of the
 * unit's past months is flagged for a call, never refused.
 */
import { TABLE_SCHEMAS } from '../../core/io/schema.ts';
import { FORM_TEXT, INPUT_WORDS } from '../../core/messages/collect.ts';
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { periodLabel } from '../../core/periods/period-label.ts';
import { xmr } from '../../core/stats/xmr.ts';
import type { AreaRow, TableName } from '../../core/types.ts';
import { previousMonth, type FigureIndex, type Period } from './figures.ts';
import { formLayout } from './layout.ts';
import { sheetCell } from './problems.ts';
import { countId, type ReadReturn } from './read-return.ts';

/** What a return is judged against. */
export interface CheckContext {
  figures: FigureIndex;
  convention: PeriodConvention;
  areas: ReadonlyMap<string, AreaRow>;
  /** Reporting units of a period (cached by the caller). */
  unitsOf: (year: number, month: number) => ReadonlySet<string>;
  /** The period being collected, when given: a form of another period is refused. */
  expected: { year: number; month: number } | null;
}

/** The totals compared with a unit's history, by table. */
const HISTORY_MEASURES: Partial<Record<TableName, string[]>> = {
  criminal_cases: ['occurred', 'cleared'],
  crime_reports: ['received', 'resolved'],
  violations_detected: ['detected'],
};
/** Fewest past months a history check needs. */
export const HISTORY_MIN_MONTHS = 10;
/** Most past months a history check looks at. */
export const HISTORY_MAX_MONTHS = 36;
/** A total outside the limits but this close to the mean is not flagged (counts of a few cases jump). */
export const HISTORY_MIN_GAP = 3;

/** Adds to `r.problems` what is wrong with the return as a whole and with its figures. */
export function checkReturn(r: ReadReturn, ctx: CheckContext): void {
  const p = r.problems;
  if (r.unit === null || r.year === null || r.month === null) return;
  const lang = p.lang;
  const area = ctx.areas.get(r.unit);
  if (area === undefined) {
    p.error(null, 'unknown_unit', { code: r.unit });
    return;
  }
  const label = (y: number, m: number) => periodLabel(ctx.convention, y, m, lang);
  if (ctx.expected && (ctx.expected.year !== r.year || ctx.expected.month !== r.month)) {
    p.error(null, 'wrong_period', {
      found: label(r.year, r.month),
      expected: label(ctx.expected.year, ctx.expected.month),
    });
  }
  if (!ctx.unitsOf(r.year, r.month).has(r.unit)) {
    p.error(null, 'unit_not_in_period', {
      unit: `${area.name_vi} (${area.area_code})`,
      period: label(r.year, r.month),
    });
  }
  for (const named of codesInName(r.file)) {
    if (named !== r.unit && ctx.areas.has(named) && ctx.areas.get(named)!.level !== 'province') {
      p.error(null, 'name_other_unit', { named, unit: `${area.name_vi} (${area.area_code})` });
      break;
    }
  }

  for (const [table, rows] of r.tables) {
    const rules = TABLE_SCHEMAS[table]?.checks ?? [];
    for (const row of rows) {
      for (const rule of rules) {
        const value = row.values[rule.column];
        if (value === undefined || rule.atMost.some((t) => row.values[t.column] === undefined)) continue;
        const limit = rule.atMost.reduce((s, t) => s + t.sign * row.values[t.column]!, 0);
        if (value <= limit) continue;
        const args = {
          column: INPUT_WORDS[rule.column]?.[lang] ?? rule.column,
          value,
          limit: rule.atMost
            .map((t, i) => `${t.sign < 0 ? ' - ' : i === 0 ? '' : ' + '}${INPUT_WORDS[t.column]?.[lang] ?? t.column}`)
            .join(''),
          limitValue: limit,
        };
        const where = r.where.get(countId(table, row.key, rule.column)) ?? null;
        if (rule.severity === 'error') p.error(where, 'rule', args);
        else p.flag(where, 'rule_warning', args);
      }
    }
  }
  if (!p.refused) checkHistory(r, r.unit, { year: r.year, month: r.month }, ctx);
}

/** Flags each total outside the XmR limits of the unit's past months. */
function checkHistory(r: ReadReturn, unit: string, period: { year: number; month: number }, ctx: CheckContext): void {
  const lang = r.problems.lang;
  const layout = r.kind === 'form' ? formLayout(period.month, lang) : null;
  for (const [table, columns] of Object.entries(HISTORY_MEASURES) as [TableName, string[]][]) {
    const rows = r.tables.get(table);
    if (!rows) continue;
    for (const column of columns) {
      const past: number[] = [];
      let at: Period = previousMonth(period.year, period.month);
      for (let i = 0; i < HISTORY_MAX_MONTHS; i++) {
        if (!ctx.figures.reported(unit, at)) break;
        past.unshift(
          ctx.figures.rows(table, unit, at).reduce((s, x) => s + ((x[column] as number | undefined) ?? 0), 0),
        );
        at = previousMonth(at.year, at.month!);
      }
      if (past.length < HISTORY_MIN_MONTHS) continue;
      const value = rows.reduce((s, x) => s + (x.values[column] ?? 0), 0);
      const limits = xmr(past);
      const low = Math.max(0, limits.lowerLimit);
      const high = limits.upperLimit;
      if ((value >= low && value <= high) || Math.abs(value - limits.mean) < HISTORY_MIN_GAP) continue;
      const sheet = layout?.sheets.find((s) => s.table === table);
      const inputIndex = sheet ? [...new Set(sheet.inputs.map((i) => i.column))].indexOf(column) : -1;
      const total = sheet && sheet.totals.length > 0 ? sheet.totals[inputIndex] : undefined;
      const single = sheet && sheet.totals.length === 0 ? sheet.inputs.find((i) => i.column === column) : undefined;
      const where = sheet && (total ?? single) ? sheetCell(sheet.name, (total ?? single)!.address) : null;
      const word = INPUT_WORDS[column]?.[lang] ?? column;
      r.problems.flag(where, 'outside_history', {
        measure: sheet && sheet.totals.length > 0 ? `${FORM_TEXT.total[lang]} ${word.toLocaleLowerCase(lang)}` : word,
        value,
        low: Math.ceil(low),
        high: Math.floor(high),
        months: past.length,
      });
    }
  }
}

/** Unit codes a file name may carry: runs of 3 to 5 digits (not a year). */
function codesInName(file: string): string[] {
  return [...file.matchAll(/(?<!\d)(\d{2,5})(?!\d)/g)].map((m) => m[1]!).filter((c) => !/^(19|20)\d\d$/.test(c));
}
