import type { AreaRow, DataSet } from '../../core/types.ts';
import type { IndicatorUnit } from '../../core/indicators/definition.ts';
import { INDICATORS } from '../../core/indicators/registry.ts';
import { formatTarget, formatValue } from '../../core/indicators/describe.ts';
import { targetDocument } from '../../core/targets/describe-target.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { breakdownWord } from '../../core/messages/breakdowns.ts';
import { STATUS_MARK, STATUS_WORDS } from '../../core/messages/scorecard.ts';
import { LEVEL_WORDS, STATISTICAL_WORDS, YES_NO, type ScorecardColumn } from '../../core/messages/report.ts';
import type { Scorecard } from './build-scorecard.ts';

/** The columns of scorecard.csv and scorecard.xlsx, in order. */
export const FLAT_COLUMNS = [
  'year',
  'months',
  'area_code',
  'area',
  'level',
  'indicator_id',
  'indicator',
  'breakdown',
  'value',
  'value_text',
  'numerator',
  'denominator',
  'ci_low',
  'ci_high',
  'target',
  'document',
  'status',
  'statistical',
  'small_denominator',
  'one_case_flips',
  'reason',
] as const satisfies readonly ScorecardColumn[];
export type FlatColumn = (typeof FLAT_COLUMNS)[number];

/** One line of the flat scorecard: a value per column, and the unit that says how to print the figures. */
export interface FlatRow {
  unit: IndicatorUnit;
  cells: Record<FlatColumn, string | number | null>;
}

/**
 * The scorecard as one flat table, one line per result, every year and area: what the CSV and the
 * workbook print. Figures stay numbers (proportions as 0.931, not 93.1); words are in the reader's language.
 *
 * @example flattenScorecard(scorecard, data, 'vi')[0]?.cells.indicator // => 'Tổng số vụ phạm tội so với năm 2021'
 */
export function flattenScorecard(scorecard: Scorecard, data: DataSet, lang: Lang): FlatRow[] {
  const areas = new Map<string, AreaRow>(data.areas.map((a) => [a.area_code, a]));
  const rows: FlatRow[] = [];
  for (const report of scorecard.reports) {
    const area = areas.get(report.area_code);
    for (const r of report.results) {
      const def = INDICATORS[r.id];
      const [dimension, sub] = Object.entries(r.breakdown)[0] ?? [];
      rows.push({
        unit: def.unit,
        cells: {
          year: report.year,
          months: r.inputs.months ? r.inputs.months.length : null,
          area_code: report.area_code,
          area: area ? (lang === 'vi' ? area.name_vi : area.name_en) : report.area_code,
          level: area ? LEVEL_WORDS[area.level][lang] : '',
          indicator_id: r.id,
          indicator: def.title[lang],
          breakdown: dimension === undefined || sub === undefined ? '' : breakdownWord(dimension, sub, lang, 'report'),
          value: r.value,
          value_text: formatValue(def, r, lang),
          numerator: r.numerator,
          denominator: r.denominator,
          ci_low: r.ci95 ? r.ci95[0] : null,
          ci_high: r.ci95 ? r.ci95[1] : null,
          target: formatTarget(def, r.target, lang),
          // The target's document, and whether it has expired or its threshold is read off a path.
          document: targetDocument(r.target, lang),
          status: `${STATUS_MARK[r.status]} ${STATUS_WORDS[r.status][lang]}`,
          statistical: r.statistical_status ? STATISTICAL_WORDS[r.statistical_status][lang] : '',
          small_denominator: r.small_denominator ? YES_NO.yes[lang] : YES_NO.no[lang],
          one_case_flips: r.one_case_flips ? YES_NO.yes[lang] : YES_NO.no[lang],
          reason: r.reason[lang],
        },
      });
    }
  }
  return rows;
}
