import type { AreaSeriesBreak } from '../areas/area-breaks.ts';
import { formatDate } from '../format/date.ts';
import { formatValue } from '../indicators/describe.ts';
import type { IndicatorUnit } from '../indicators/definition.ts';
import { INDICATORS } from '../indicators/registry.ts';
import type { IndicatorResult } from '../indicators/result.ts';
import { breakdownWord } from '../messages/breakdowns.ts';
import { CHART_WORDS, SCORECARD_WORDS } from '../messages/charts.ts';
import { TARGET_DOCUMENT_WORDS } from '../messages/targets.ts';
import type { Lang } from '../messages/lang.ts';
import { STATUS_WORDS } from '../messages/scorecard.ts';
import { periodRange } from '../periods/period-range.ts';
import type { Status } from '../types.ts';
import { chartFileName, defineChart, type VegaLiteChart } from './chart.ts';
import { chartTexts, sourceText, targetWords, TEXT_WIDTH, vegaLiteFrame } from './frame.ts';
import { breakBetween, coveredMonths, isPartialYear, type ChartContext } from './chart-context.ts';
import { textWidth } from './text-width.ts';
import { COLOURS, CROSS_SHAPE, FONT_SIZE, STATUS_COLOUR } from './theme.ts';

/**
 * Chart 1, the scorecard (Vega-Lite): every target of the year on one chart. Each row shows the year's
 * value against its threshold (a black tick), with its 95 % interval; met or not met is told by colour
 * (blue, vermillion) and by the mark (a dot, a cross), and written in words in the last column. Rows are
 * grouped by what the value is (shares, changes, counts), each group on its own axis.
 */

const PANELS: readonly IndicatorUnit[] = ['proportion', 'relative_change', 'count'];
const ROW_STEP = 34;
/** Widths of the text columns right of the graph: value, verdict. */
const COLUMNS = { value: 78, verdict: 108 } as const;
const TABLE_WIDTH = COLUMNS.value + COLUMNS.verdict;

interface Row {
  key: string;
  label: string;
  value: number | null;
  lo: number | null;
  hi: number | null;
  threshold: number | null;
  /** `across_break`: a change whose comparison year lies across a break of the area's series, not judged. */
  status: Status | 'across_break';
  statusText: string;
  valueText: string;
  targetText: string;
}

/** A row's label: the indicator's short name, or its breakdown for a breakdown row. */
function rowLabel(result: IndicatorResult, lang: Lang): string {
  const field = result.breakdown.field;
  const unitType = result.breakdown.unit_type;
  if (field) {
    const word = breakdownWord('field', field, lang, 'report').toLowerCase();
    return SCORECARD_WORDS.violationsRow(word)[lang];
  }
  if (unitType) return `   – ${breakdownWord('unit_type', unitType, lang, 'report').toLocaleLowerCase(lang)}`;
  return INDICATORS[result.id].chartName[lang];
}

/** The break a change's comparison crosses (its year against the comparison year), or null. */
function acrossBreak(context: ChartContext, r: IndicatorResult): AreaSeriesBreak | null {
  if (INDICATORS[r.id].unit !== 'relative_change' || r.value === null) return null;
  const from = r.inputs.comparison_year;
  return typeof from === 'number' ? breakBetween(context, from, context.year) : null;
}

function rows(context: ChartContext, results: readonly IndicatorResult[], lang: Lang): Row[] {
  return results.map((r, i) => {
    const def = INDICATORS[r.id];
    const partial = isPartialYear(coveredMonths(context, r.id, context.area.code, context.year)) && r.value !== null;
    const across = acrossBreak(context, r);
    return {
      key: `${String(i).padStart(2, '0')} ${rowLabel(r, lang)}`,
      label: rowLabel(r, lang),
      value: across ? null : r.value,
      lo: across ? null : (r.ci95?.[0] ?? null),
      hi: across ? null : (r.ci95?.[1] ?? null),
      threshold: r.target?.threshold ?? null,
      status: across ? 'across_break' : r.status,
      statusText: across ? SCORECARD_WORDS.acrossBreakVerdict[lang] : STATUS_WORDS[r.status][lang],
      valueText: across ? '—' : formatValue(def, r, lang) + (partial ? '*' : ''),
      // an expired document's target still judges, for comparison, and says so (CONTRACT.md)
      targetText:
        `${CHART_WORDS.target[lang].toLowerCase()}: ${targetWords(def, r.target, lang)}` +
        (r.target?.expired && r.target.in_force?.[1] != null
          ? `, ${TARGET_DOCUMENT_WORDS.expired(r.target.in_force[1] + 1)[lang]}`
          : ''),
    };
  });
}

/** Domain of a panel's axis: shares 0-100 %, changes around their values and 0, counts from 0. */
function domainOf(unit: IndicatorUnit, panelRows: readonly Row[]): [number, number] {
  if (unit === 'proportion') return [0, 1];
  const values = panelRows.flatMap((r) => [r.value, r.lo, r.hi, r.threshold]).filter((v): v is number => v !== null);
  if (unit === 'count') return [0, Math.max(1, ...values) * 1.15];
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const pad = Math.max(0.02, (hi - lo) * 0.08);
  return [Math.floor((lo - pad) * 20) / 20, Math.ceil((hi + pad) * 20) / 20];
}

/**
 * Axis ticks at least 64 px apart (room for "+200 %"): a round step of 5, 10, 20, 25, 50, 100, 200 or 500
 * points (whole numbers for counts).
 */
function axisValues(unit: IndicatorUnit, [lo, hi]: [number, number], width: number): number[] {
  const most = Math.max(2, Math.floor(width / 64));
  const steps = unit === 'count' ? [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] : [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5];
  const step = steps.find((s) => (hi - lo) / s <= most) ?? (steps[steps.length - 1] as number);
  const out: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}

function panel(unit: IndicatorUnit, panelRows: Row[], graphWidth: number, labelExtent: number, lang: Lang) {
  const domain = domainOf(unit, panelRows);
  const format = unit === 'count' ? 'd' : unit === 'relative_change' ? '+.0%' : '.0%';
  const y = { field: 'key', type: 'nominal', sort: null, axis: null };
  const x = {
    type: 'quantitative',
    scale: { domain, nice: false, zero: false, clamp: true },
    axis: {
      title: null,
      format,
      grid: true,
      values: axisValues(unit, domain, graphWidth),
      labelFlush: false,
      labelExpr: "datum.value === 0 ? '0' : datum.label",
    },
  };
  const legend = { orient: 'top', direction: 'horizontal', titleOrient: 'left', symbolOpacity: 1, offset: 4 };
  const verdictScale = { domain: [STATUS_WORDS.met[lang], STATUS_WORDS.not_met[lang]] };
  const status = {
    field: 'statusText',
    type: 'nominal',
    title: SCORECARD_WORDS.verdictLegend[lang],
    scale: { ...verdictScale, range: [STATUS_COLOUR.met, STATUS_COLOUR.not_met] },
    legend,
  };
  const shape = { ...status, scale: { ...verdictScale, range: ['circle', CROSS_SHAPE] } };
  const text = (field: keyof Row, at: number, extra: Record<string, unknown> = {}) => ({
    mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: FONT_SIZE.label, ...extra },
    encoding: { y, x: { value: at }, text: { field } },
  });
  // one datum of its own: with the panel's rows it would be drawn once per row, one over the other
  const header = (words: string, at: number) => ({
    data: { values: [{}] },
    mark: {
      type: 'text',
      align: 'left',
      baseline: 'bottom',
      fontWeight: 'bold',
      fontSize: FONT_SIZE.label,
      text: words,
    },
    encoding: { x: { value: at }, y: { value: -6 } },
  });
  const valueAt = graphWidth + 14;
  const verdictAt = valueAt + COLUMNS.value;
  return {
    title: {
      text: SCORECARD_WORDS.panels[unit][lang],
      anchor: 'start',
      frame: 'group',
      dx: -labelExtent,
      fontSize: FONT_SIZE.label + 1,
      fontWeight: 'bold',
      offset: 24,
      subtitle: '',
    },
    data: { values: panelRows },
    width: graphWidth,
    height: { step: ROW_STEP },
    layer: [
      {
        transform: [{ filter: 'datum.threshold !== null' }],
        mark: { type: 'tick', color: COLOURS.threshold, thickness: 2.5, size: 18 },
        encoding: { y, x: { ...x, field: 'threshold' } },
      },
      {
        transform: [{ filter: 'datum.lo !== null' }],
        mark: { type: 'rule', strokeWidth: 2.5, opacity: 0.5 },
        encoding: { y, x: { ...x, field: 'lo' }, x2: { field: 'hi' }, color: status },
      },
      {
        transform: [{ filter: 'datum.value !== null' }],
        mark: { type: 'point', filled: true, size: 110, opacity: 1, strokeWidth: 0 },
        encoding: { y, x: { ...x, field: 'value' }, color: status, shape },
      },
      text('label', -12, { align: 'right', dy: -7 }),
      text('targetText', -12, { align: 'right', dy: 8, fontSize: FONT_SIZE.small, color: COLOURS.mutedText }),
      text('valueText', valueAt),
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: FONT_SIZE.label, fontWeight: 'bold' },
        encoding: {
          y,
          x: { value: verdictAt },
          text: { field: 'statusText' },
          color: {
            condition: [
              { test: "datum.status === 'met'", value: STATUS_COLOUR.met },
              { test: "datum.status === 'not_met'", value: STATUS_COLOUR.not_met },
            ],
            value: COLOURS.mutedText,
          },
        },
      },
      header(CHART_WORDS.result[lang], valueAt),
      header(CHART_WORDS.verdict[lang], verdictAt),
    ],
  };
}

/** Builds the scorecard of the context's year. */
export function scorecardChart(context: ChartContext, lang: Lang): VegaLiteChart {
  const results = context.report.results;
  const all = rows(context, results, lang);
  const labelExtent =
    Math.ceil(
      Math.max(
        ...all.map((r) => Math.max(textWidth(r.label, FONT_SIZE.label), textWidth(r.targetText, FONT_SIZE.small))),
      ),
    ) + 14;
  const graphWidth = TEXT_WIDTH - labelExtent - TABLE_WIDTH - 14;
  const panels = PANELS.flatMap((unit) => {
    const panelRows = all.filter((_, j) => INDICATORS[(results[j] as IndicatorResult).id].unit === unit);
    return panelRows.length > 0 ? [panel(unit, panelRows, graphWidth, labelExtent, lang)] : [];
  });
  // Count targets as the briefing does: a breakdown row under a headline (agencies, enterprises, schools) is
  // a detail of its target, not a target of its own; fields of detected violations are each a target.
  const headlineOrRow = results.filter(
    (r) => r.target !== null && !(INDICATORS[r.id].breakdown?.withHeadline && Object.keys(r.breakdown).length > 0),
  );
  const judgedRows = headlineOrRow.filter((r) => r.status !== 'no_data' && !acrossBreak(context, r));
  const met = judgedRows.filter((r) => r.status === 'met').length;
  const noData = headlineOrRow.length - judgedRows.length;
  // One count everywhere (the briefing's "đạt 8/15 chỉ tiêu"): met out of every target, those without data
  // or not judged across a break included in the total and named in the description.
  const judged = { length: headlineOrRow.length };
  const partialMonths = results
    .filter((r) => r.value !== null && INDICATORS[r.id].unit === 'relative_change')
    .map((r) => coveredMonths(context, r.id, context.area.code, context.year))
    .find((m) => isPartialYear(m));
  const ended =
    context.area.validTo !== null && periodRange(context.convention, context.year).start <= context.area.validTo
      ? formatDate(context.area.validTo, lang)
      : null;
  const crossed = results.map((r) => acrossBreak(context, r)).find((b) => b !== null) ?? null;
  const subtitle =
    SCORECARD_WORDS.subtitle(context.area.name)[lang] +
    (partialMonths
      ? ` ${(ended ? SCORECARD_WORDS.partialEnded(partialMonths.length, ended) : SCORECARD_WORDS.partial(partialMonths.length))[lang]}`
      : '') +
    (crossed ? ` ${SCORECARD_WORDS.acrossBreak(formatDate(crossed.date, lang))[lang]}` : '');
  const description = [
    SCORECARD_WORDS.title(context.year, met, judged.length)[lang] + '.',
    SCORECARD_WORDS.description(met, judgedRows.length, noData)[lang],
    ...all.map(
      (r) => SCORECARD_WORDS.row(r.label.replace(/^\s*– /, '– '), r.valueText, r.targetText, r.statusText)[lang],
    ),
  ].join(' ');
  const texts = chartTexts(
    SCORECARD_WORDS.title(context.year, met, judged.length)[lang],
    subtitle,
    sourceText(context, lang),
    description,
  );
  const body = {
    vconcat: panels,
    spacing: 84,
    bounds: 'flush',
    resolve: { scale: { x: 'independent', color: 'shared', shape: 'shared' } },
  };
  return {
    id: 'scorecard',
    variant: null,
    name: chartFileName(scorecard, null),
    lang,
    library: 'vega-lite',
    texts,
    spec: vegaLiteFrame(body, texts, lang, labelExtent),
  };
}

export const scorecard = defineChart({
  id: 'scorecard',
  name: '01-scorecard',
  library: 'vega-lite',
  variants: [null],
  build: (context, _variant, lang) => scorecardChart(context, lang),
});
