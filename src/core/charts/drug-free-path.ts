import { UNIT_COUNT_INDICATORS } from '../areas/area-breaks.ts';
import { formatDate } from '../format/date.ts';
import { formatPercent } from '../format/percent.ts';
import { formatValue } from '../indicators/describe.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { BREAK_WORDS, DRUG_FREE_PATH_WORDS, SCORECARD_WORDS, SKIP_REASONS } from '../messages/charts.ts';
import type { Bilingual, Lang } from '../messages/lang.ts';
import { STATUS_WORDS } from '../messages/scorecard.ts';
import { periodOf } from '../periods/period-of.ts';
import { TARGET_SETS } from '../targets/registry.ts';
import {
  breakMark,
  breakNote,
  breakReasons,
  isOwnEnd,
  isOwnStart,
  joinDates,
  rulesFirst,
  yearBreakPositions,
} from './break-mark.ts';
import { chartFileName, defineChart, skipChart, type SkippedChart, type VegaLiteChart } from './chart.ts';
import type { ChartContext } from './chart-context.ts';
import { DRUG_FREE_ID, drugFreePathData, type PathPoint } from './drug-free-path-data.ts';
import { chartTexts, sourceText, TEXT_WIDTH, vegaLiteFrame } from './frame.ts';
import { COLOURS, CROSS_SHAPE, FONT_SIZE, STATUS_COLOUR } from './theme.ts';

/**
 * Chart 10, drug-free communes on the path to 2030 (Vega-Lite): the share of commune-level units recognised
 * "không ma túy" each year (`drug_free_communes_share`) with its 95 % Wilson interval as a band, against the
 * path of the national target, drawn dashed from its first milestone to its last (20 % in 2025, 50 % in 2030)
 * and labelled as the toolkit's reading of NQ 163/2024/QH15 and KL 132-KL/TW: the documents set the end
 * (and provincial plans the 2025 step), the straight line between is ours. Each year on the path is judged
 * against its own point of it (met: a dot; not met: a cross); a year before the path has no verdict.
 */

const HEIGHT = 260;
const AXIS_EXTENT = 48;
/** Room right of the plot for the last milestone's label. */
const RIGHT_LABEL = 64;
const LABEL_GAP = 9;

interface Point {
  label: string;
  segment: number;
  value: number;
  lo: number | null;
  hi: number | null;
  /** The verdict in words ('Đạt', 'Không đạt', 'Trước lộ trình'): colour and shape follow it. */
  verdict: string;
  valueText: string;
}

/** The target set's name, for the words saying whose path it is; the target's source for a set not shipped. */
function documentsOf(set: string | undefined, source: string | undefined): Bilingual {
  const known = set !== undefined ? TARGET_SETS[set] : undefined;
  return known?.title ?? { vi: source ?? '—', en: source ?? '—' };
}

/** Builds chart 10, or says why not (no `drug_free_communes.csv`, or no path in the target set). */
export function drugFreePathChart(context: ChartContext, lang: Lang): VegaLiteChart | SkippedChart {
  const def = INDICATORS[DRUG_FREE_ID];
  const { points: shares, target, path } = drugFreePathData(context);
  if (shares.length === 0) return skipChart(drugFreePath, null, SKIP_REASONS.noTable('drug_free_communes.csv')[lang]);
  const firstMilestone = path.find((p) => p.milestone);
  const lastMilestone = [...path].reverse().find((p) => p.milestone);
  if (!target || !firstMilestone || !lastMilestone) return skipChart(drugFreePath, null, SKIP_REASONS.noPath[lang]);

  const firstYear = (shares[0] as (typeof shares)[number]).year;
  const lastYear = Math.max(context.year, lastMilestone.year);
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  // A share of units: the series breaks where the units are reorganised (216 communes, then 69 units).
  const breaks = (UNIT_COUNT_INDICATORS.has(DRUG_FREE_ID) ? context.breaks.units : context.breaks.series).filter(
    (b) => !isOwnStart(b, context.area),
  );
  const segmentStarts = breaks
    .filter((b) => !isOwnEnd(b, context.area))
    .map((b) => periodOf(b.date, context.convention).year);
  const segmentOf = (year: number) => segmentStarts.filter((start) => start <= year).length;
  const verdictOf = (status: (typeof shares)[number]['status']) =>
    status === 'met' || status === 'not_met' ? STATUS_WORDS[status][lang] : DRUG_FREE_PATH_WORDS.beforePath[lang];
  const points: Point[] = shares.map((s) => ({
    label: String(s.year),
    segment: segmentOf(s.year),
    value: s.value,
    lo: s.ci95?.[0] ?? null,
    hi: s.ci95?.[1] ?? null,
    verdict: verdictOf(s.status),
    valueText: formatValue(def, s, lang),
  }));
  const percent = (v: number) => formatPercent(v, { lang, decimals: 0 });
  const pathValues = path.map((p: PathPoint) => ({
    label: String(p.year),
    threshold: p.threshold,
    text: p.milestone ? DRUG_FREE_PATH_WORDS.milestone(percent(p.threshold), p.year)[lang] : '',
  }));
  const top = Math.max(...points.map((p) => p.hi ?? p.value), lastMilestone.threshold);
  const hi = Math.min(1, Math.ceil((top + 0.08) * 10) / 10);
  const width = TEXT_WIDTH - AXIS_EXTENT - RIGHT_LABEL;
  const x = {
    field: 'label',
    type: 'ordinal',
    title: null,
    scale: { type: 'point', domain: years.map(String), padding: 0.5 },
    axis: { labelAngle: 0 },
  };
  const y = {
    type: 'quantitative',
    title: null,
    scale: { domain: [0, hi], nice: false },
    axis: { format: '.0%', tickCount: 6, minExtent: AXIS_EXTENT, maxExtent: AXIS_EXTENT, grid: true },
  };
  const verdicts = [STATUS_WORDS.met[lang], STATUS_WORDS.not_met[lang], DRUG_FREE_PATH_WORDS.beforePath[lang]].filter(
    (v) => points.some((p) => p.verdict === v),
  );
  const colourOf: Record<string, string> = {
    [STATUS_WORDS.met[lang]]: STATUS_COLOUR.met,
    [STATUS_WORDS.not_met[lang]]: STATUS_COLOUR.not_met,
    [DRUG_FREE_PATH_WORDS.beforePath[lang]]: COLOURS.neutral,
  };
  const shapeOf: Record<string, string> = {
    [STATUS_WORDS.met[lang]]: 'circle',
    [STATUS_WORDS.not_met[lang]]: CROSS_SHAPE,
    [DRUG_FREE_PATH_WORDS.beforePath[lang]]: 'circle',
  };
  const legend = {
    orient: 'top',
    direction: 'horizontal',
    title: SCORECARD_WORDS.verdictLegend[lang],
    titleOrient: 'left',
    offset: 8,
  };
  const scale = (of: Record<string, string>) => ({ domain: verdicts, range: verdicts.map((v) => of[v]) });
  const layers: Record<string, unknown>[] = [
    {
      data: { values: points },
      transform: [{ filter: 'datum.lo !== null' }],
      mark: { type: 'area', color: COLOURS.band, opacity: 0.55 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, detail: { field: 'segment', type: 'nominal' } },
    },
    {
      data: { values: points },
      mark: { type: 'line', color: COLOURS.neutral, strokeWidth: 1.5 },
      encoding: { x, y: { ...y, field: 'value' }, detail: { field: 'segment', type: 'nominal' } },
    },
    {
      data: { values: pathValues },
      mark: { type: 'line', color: COLOURS.threshold, strokeDash: [6, 4], strokeWidth: 1.8 },
      encoding: { x, y: { ...y, field: 'threshold' } },
    },
    {
      data: { values: pathValues },
      transform: [{ filter: "datum.text !== ''" }],
      mark: { type: 'tick', color: COLOURS.threshold, thickness: 2.5, size: 16, orient: 'horizontal' },
      encoding: { x, y: { ...y, field: 'threshold' } },
    },
    // the milestones' labels right of their marks, on a white halo
    ...[{ stroke: 'white', strokeWidth: 4, strokeJoin: 'round', opacity: 0.9 }, {}].map((halo) => ({
      data: { values: pathValues },
      transform: [{ filter: "datum.text !== ''" }],
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 11, fontSize: FONT_SIZE.small, ...halo },
      encoding: { x, y: { ...y, field: 'threshold' }, text: { field: 'text' } },
    })),
    {
      data: { values: points },
      mark: { type: 'point', filled: true, size: 100, opacity: 1, strokeWidth: 0 },
      encoding: {
        x,
        y: { ...y, field: 'value' },
        color: { field: 'verdict', type: 'nominal', scale: scale(colourOf), legend },
        shape: { field: 'verdict', type: 'nominal', scale: scale(shapeOf), legend },
      },
    },
    ...[{ stroke: 'white', strokeWidth: 4, strokeJoin: 'round', opacity: 0.9 }, {}].map((halo) => ({
      data: { values: points },
      mark: { type: 'text', baseline: 'bottom', dy: -LABEL_GAP, fontSize: FONT_SIZE.small, ...halo },
      encoding: { x, y: { ...y, field: 'value' }, text: { field: 'valueText' } },
    })),
  ];
  const marked = yearBreakPositions(breaks, years, context.convention, width / years.length, (b) =>
    isOwnEnd(b, context.area),
  );
  layers.unshift(
    ...rulesFirst(
      marked.flatMap((b, k) =>
        breakMark({ value: b.px }, null, formatDate(b.date, lang), HEIGHT, lang, marked.length - 1 - k),
      ),
    ),
  );
  const body = { width, height: HEIGHT, layer: layers };
  const documents = documentsOf(target.set, target.source)[lang];
  const from = percent(firstMilestone.threshold);
  const to = percent(lastMilestone.threshold);
  const judged = shares.filter((s) => s.status === 'met' || s.status === 'not_met');
  const breakText =
    marked.length > 0
      ? ` ${
          BREAK_WORDS.subtitle(
            joinDates(
              marked.map((b) => formatDate(b.date, lang)),
              lang,
            ),
            breakReasons(
              breaks,
              marked.map((b) => b.date),
              lang,
              context.area.level === 'province',
            ),
          )[lang]
        }`
      : '';
  const texts = chartTexts(
    DRUG_FREE_PATH_WORDS.title(firstYear, lastYear)[lang],
    DRUG_FREE_PATH_WORDS.subtitle(context.area.name, from, firstMilestone.year, to, lastMilestone.year)[lang] +
      breakText,
    sourceText(context, lang),
    [
      DRUG_FREE_PATH_WORDS.description(
        points.map((p) => `${p.label} ${p.valueText} (${p.verdict.toLowerCase()})`).join(', '),
        judged.filter((s) => s.status === 'met').length,
        judged.length,
      )[lang],
      ...marked.map((b) => breakNote(breaks, b.date, lang)),
    ].join(' '),
    DRUG_FREE_PATH_WORDS.method(documents, from, firstMilestone.year, to, lastMilestone.year)[lang],
  );
  return {
    id: 'drug_free_path',
    variant: null,
    name: chartFileName(drugFreePath, null),
    lang,
    library: 'vega-lite',
    texts,
    spec: vegaLiteFrame(body, texts, lang, AXIS_EXTENT),
  };
}

export const drugFreePath = defineChart({
  id: 'drug_free_path',
  name: '10-drug-free-path',
  library: 'vega-lite',
  variants: [null],
  build: (context, _variant, lang) => drugFreePathChart(context, lang),
});
