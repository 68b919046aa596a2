/**
 * The briefing's short paragraph on each target, in plain words: the value, its change on the year before
 * and on the programme's baseline year, met or not, and how sure the verdict is, e.g.
 * "Tỉ lệ giải quyết tin báo, tố giác tội phạm đạt 93,1 % (1.210/1.299 tin), vượt chỉ tiêu 90 %. ..."
 * Figures are printed by `core/format` and `core/indicators/describe.ts`; words come from
 * `core/messages/report.ts`.
 */
import { UNIT_COUNT_INDICATORS } from '../../core/areas/area-breaks.ts';
import type { IndicatorDefinition } from '../../core/indicators/definition.ts';
import { INDICATORS } from '../../core/indicators/registry.ts';
import { formatCi, formatTarget, formatThreshold, formatValue } from '../../core/indicators/describe.ts';
import { exactVerdict } from '../../core/indicators/verdict.ts';
import { formatChange } from '../../core/format/change.ts';
import { formatCount } from '../../core/format/count.ts';
import { percentOf } from '../../core/format/percent-of.ts';
import { formatVndBillions } from '../../core/format/vnd.ts';
import { NUMBER_SYMBOLS } from '../../core/format/locale.ts';
import type { CountUnit } from '../../core/format/words.ts';
import type { Bilingual, Lang } from '../../core/messages/lang.ts';
import { formatNumber } from '../../core/format/number.ts';
import { breakdownWord } from '../../core/messages/breakdowns.ts';
import { NONE_TARGET_WORDS } from '../../core/messages/charts.ts';
import { allowsNone } from '../../core/targets/allows-none.ts';
import { BRIEFING_SENTENCES as S } from '../../core/messages/report.ts';
import { INDICATOR_SENTENCES as I } from '../../core/messages/indicators.ts';
import { TARGET_SETS } from '../../core/targets/registry.ts';
import { targetDocument } from '../../core/targets/describe-target.ts';
import type { ScorecardReport, ScorecardResult } from './build-scorecard.ts';

/** The reports a paragraph draws on: the year's, the year before's, and the baseline year's. */
export interface ParagraphInputs {
  year: number;
  current: ScorecardReport;
  previous: ScorecardReport | undefined;
  baseline: ScorecardReport | undefined;
  baselineYear: number;
  /** The year the area tree was reorganised (2025), when the data show one; null otherwise. */
  reorganisationYear: number | null;
  /**
   * The months of a partial year ('10 tháng đầu năm 2026'), when `current` covers fewer than twelve; then
   * `previous` and `baseline` hold the same months of their years, and the text says "cùng kỳ". Null for a
   * whole year.
   */
  partial?: Bilingual | null;
}

/** The headline result (or one breakdown row) of an indicator in a report. */
export function resultOf(
  report: ScorecardReport | undefined,
  id: string,
  breakdown: Record<string, string> = {},
): ScorecardResult | undefined {
  const key = JSON.stringify(breakdown);
  return report?.results.find((r) => r.id === id && JSON.stringify(r.breakdown) === key);
}

/** A count with its unit: '1.210 tin', '1 case', '12,50 tỷ đồng'. */
export function countWords(n: number, unit: CountUnit | 'vnd', lang: Lang): string {
  if (unit === 'vnd') return formatVndBillions(n, { lang });
  const word = lang === 'vi' ? unit.vi : n === 1 ? (unit.enOne ?? unit.en) : unit.en;
  return `${formatCount(n, { lang })} ${word}`;
}

/** A change between two counts: 'giảm 24 vụ (39,3 %)'; amounts of money get the percentage only. */
function countChange(now: number, before: number, unit: CountUnit | 'vnd', lang: Lang): string {
  return unit === 'vnd'
    ? formatChange(now, before, { lang, style: 'province', withCount: false })
    : formatChange(now, before, { lang, style: 'province', unit });
}

/** A proportion in tenths of a percent, exactly as the briefing prints it (92,8 % → 928). */
function printedTenths(r: ScorecardResult): number {
  const printed = percentOf(r.numerator as number, r.denominator as number, { lang: 'en', style: 'province' });
  return Math.round(
    Number(printed.slice(0, printed.length - NUMBER_SYMBOLS.en.percentSuffix.length).replace(/,/g, '')) * 10,
  );
}

/**
 * The difference of two proportions in percentage points, between the figures as printed, so that the
 * text follows the reader's own subtraction (92,8 % → 91,9 %: 'giảm 0,9 điểm phần trăm').
 */
function pointsChange(now: ScorecardResult, before: ScorecardResult, lang: Lang): string {
  const diff = printedTenths(now) - printedTenths(before);
  const points = formatNumber(Math.abs(diff) / 10, { lang, decimals: 1 });
  return S.points(diff === 0 ? 'same' : diff > 0 ? 'up' : 'down', points)[lang];
}

/** The period of the year reported ('năm 2026' or '10 tháng đầu năm 2026'). */
function currentPeriod(inputs: ParagraphInputs): Bilingual {
  return inputs.partial ?? S.yearPeriod(inputs.year, false);
}

/** Is the target at the edge of the scale (100 % of reports accepted, no violation at all)? */
function isAbsolute(def: IndicatorDefinition, r: ScorecardResult): boolean {
  const t = r.target;
  if (!t) return false;
  return (
    (t.comparator === '>=' && t.threshold >= 1 && def.unit === 'proportion') ||
    (t.comparator === '<=' && t.threshold <= 0)
  );
}

/** 'vượt chỉ tiêu 90 %', 'chưa đạt chỉ tiêu (≥ 95 %), còn thiếu 3 vụ', 'đạt chỉ tiêu (< 15 %)'. */
export function verdictPhrase(def: IndicatorDefinition, r: ScorecardResult, lang: Lang): string {
  const t = r.target;
  if (!t || r.status === 'no_data') return S.noTarget[lang];
  const raises = t.comparator === '>' || t.comparator === '>=';
  // "chưa đạt chỉ tiêu không để xảy ra vi phạm", not "chưa đạt chỉ tiêu ≤ 0".
  const target = allowsNone(def.unit, t) ? NONE_TARGET_WORDS(def.id)[lang] : formatTarget(def, t, lang);
  if (r.status === 'met') {
    if (def.unit === 'proportion' && raises && r.numerator !== null && r.denominator) {
      const strictly = exactVerdict(r.numerator, r.denominator, 0, '>', t.threshold) === 'met';
      const threshold = formatThreshold(def, t, lang);
      return (strictly ? S.exceeds(threshold) : S.exactlyAt(threshold))[lang];
    }
    return S.meets(target)[lang];
  }
  const unit = def.countUnit;
  const short = r.short_by !== null && unit !== 'vnd' ? S.shortBy(countWords(r.short_by, unit, lang))[lang] : '';
  return `${S.misses(target)[lang]}${short}`;
}

/** The sentence on how sure the verdict is, and the note on small counts. */
function caveats(def: IndicatorDefinition, r: ScorecardResult, lang: Lang): string[] {
  const out: string[] = [];
  if (r.statistical_status && r.ci95) out.push(S.sure(r.statistical_status, formatCi(def, r.ci95, lang))[lang]);
  const unit = def.countUnit;
  if (isAbsolute(def, r)) {
    if (r.one_case_flips) out.push(S.absoluteTarget[lang]);
  } else if (r.small_denominator && r.denominator !== null) {
    out.push(S.smallDenominator(countWords(r.denominator, unit, lang), r.one_case_flips)[lang]);
  }
  return out;
}

/** 'So với năm 2024 (91,9 %): tăng 1,2 điểm phần trăm; so với năm 2021 (88,0 %): tăng 5,1 điểm phần trăm.' */
function comparisons(def: IndicatorDefinition, r: ScorecardResult, inputs: ParagraphInputs, lang: Lang): string | null {
  const unit = def.countUnit;
  const against: { year: number; report: ScorecardReport | undefined }[] = [];
  // Same months only for a monthly table; an annual table's earlier years are whole years.
  const same = Boolean(inputs.partial) && r.inputs.months !== null;
  // A change against the year before already is the comparison with it (social-order crime).
  if (inputs.previous && def.comparison?.kind !== 'previous_year')
    against.push({ year: inputs.year - 1, report: inputs.previous });
  // A change against the baseline already is the comparison with it.
  const baselineInValue = def.comparison?.kind === 'baseline';
  if (!baselineInValue && inputs.baseline && inputs.baselineYear < inputs.year - 1) {
    against.push({ year: inputs.baselineYear, report: inputs.baseline });
  }
  const parts: string[] = [];
  for (const { year, report } of against) {
    const before = resultOf(report, def.id, r.breakdown);
    if (!before || before.value === null || before.numerator === null) {
      parts.push(S.againstNoData(S.yearPeriod(year, same))[lang]);
      continue;
    }
    if (def.unit === 'proportion') {
      parts.push(
        S.against(S.yearPeriod(year, same), formatValue(def, before, lang), pointsChange(r, before, lang))[lang],
      );
    } else {
      const change = countChange(r.numerator as number, before.numerator, unit, lang);
      parts.push(S.against(S.yearPeriod(year, same), countWords(before.numerator, unit, lang), change)[lang]);
    }
  }
  return parts.length > 0 ? S.comparisons(parts)[lang] : null;
}

/** The paragraph of an indicator with a headline figure. */
function headlineParagraph(def: IndicatorDefinition, inputs: ParagraphInputs, lang: Lang): string {
  const r = resultOf(inputs.current, def.id);
  const title = def.title[lang];
  if (!r) return S.noData(title, '—')[lang];
  if (r.status === 'no_data' || r.value === null || r.numerator === null) return S.noData(title, r.reason[lang])[lang];
  const unit = def.countUnit;
  let first: string;
  if (def.unit === 'proportion') {
    const counts =
      unit === 'vnd'
        ? S.amounts(countWords(r.numerator, unit, lang), countWords(r.denominator as number, unit, lang))[lang]
        : S.counts(formatCount(r.numerator, { lang }), countWords(r.denominator as number, unit, lang))[lang];
    first = S.proportion(title, formatValue(def, r, lang), counts, def.direction)[lang];
  } else if (def.unit === 'relative_change') {
    const comparisonYear = r.inputs.comparison_year ?? inputs.year - 1;
    first = S.change(
      title,
      currentPeriod(inputs),
      countWords(r.numerator, unit, lang),
      countChange(r.numerator, r.denominator as number, unit, lang),
      S.yearPeriod(comparisonYear, Boolean(inputs.partial)),
      countWords(r.denominator as number, unit, lang),
    )[lang];
  } else {
    first = S.count(title, countWords(r.numerator, unit, lang), inputs.partial ?? null)[lang];
  }
  const sentences = [`${first}, ${verdictPhrase(def, r, lang)}.`];
  const compared = comparisons(def, r, inputs, lang);
  if (compared) sentences.push(compared);
  // A comparison reaching back across the reorganisation compares different sets of units.
  const reorganised = inputs.reorganisationYear;
  const earliestCompared = Math.min(inputs.year - 1, inputs.baselineYear);
  if (
    compared &&
    reorganised !== null &&
    UNIT_COUNT_INDICATORS.has(def.id) &&
    earliestCompared < reorganised &&
    reorganised <= inputs.year
  ) {
    sentences.push(S.seriesBreak(reorganised)[lang]);
  }
  sentences.push(...caveats(def, r, lang));
  const counted = leafUnitsSentence(def, r, inputs, lang);
  if (counted) sentences.push(counted);
  const path = pathSentence(def, r, inputs.year, lang);
  if (path) sentences.push(path);
  if (def.breakdown?.withHeadline) {
    const parts = def.breakdown.values.map((value) => {
      const dimension = def.breakdown?.dimension as string;
      const b = resultOf(inputs.current, def.id, { [dimension]: value });
      return `${breakdownWord(dimension, value, lang, 'report').toLocaleLowerCase(lang)} ${b ? formatValue(def, b, lang) : '—'}`;
    });
    sentences.push(S.ofWhich(parts)[lang]);
  }
  return sentences.join(' ');
}

/**
 * For a share of leaf units (crime-free communes): which units were counted, over which months, and how many
 * covered only part of the period and were left out.
 */
function leafUnitsSentence(
  def: IndicatorDefinition,
  r: ScorecardResult,
  inputs: ParagraphInputs,
  lang: Lang,
): string | null {
  const units = r.inputs.leaf_units;
  if (!def.leafUnits || !units || r.denominator === null) return null;
  const part = units.part_of_year > 0 ? countWords(units.part_of_year, def.countUnit, lang) : null;
  return I.leafUnitsCounted(countWords(units.counted, def.countUnit, lang), currentPeriod(inputs), part)[lang];
}

/**
 * For a target read off a path between milestones (20 % in 2025, 50 % in 2030): that the year's threshold is
 * the toolkit's straight line, not the document's figure.
 */
function pathSentence(def: IndicatorDefinition, r: ScorecardResult, year: number, lang: Lang): string | null {
  const t = r.target;
  if (!t?.interpolated || t.set === undefined) return null;
  const milestones = TARGET_SETS[t.set]?.targets[def.id]?.milestones;
  if (!milestones) return null;
  const words = milestones.map(
    (m) => I.milestone(formatTarget(def, { ...t, threshold: m.threshold, deadline_year: null }, lang), m.year)[lang],
  );
  const document = targetDocument({ ...t, interpolated: false }, lang);
  return I.pathReading(year, formatTarget(def, { ...t, deadline_year: null }, lang), words.join(I.and[lang]), document)[
    lang
  ];
}

/** The paragraph of an indicator counted per breakdown value (violations detected, per field). */
function breakdownParagraph(def: IndicatorDefinition, inputs: ParagraphInputs, lang: Lang): string {
  const dimension = def.breakdown?.dimension as string;
  const values = def.breakdown?.values ?? [];
  const unit = def.countUnit;
  const rows = values.map((value) => ({ value, r: resultOf(inputs.current, def.id, { [dimension]: value }) }));
  const withData = rows.filter(
    (x): x is { value: string; r: ScorecardResult } => x.r !== undefined && x.r.status !== 'no_data',
  );
  const title = def.title[lang];
  if (withData.length === 0) {
    const reason = rows.find((x) => x.r)?.r?.reason[lang] ?? '—';
    return S.noData(title, reason)[lang];
  }
  const met = withData.filter((x) => x.r.status === 'met').length;
  const sentences = [S.fieldsMet(title, met, values.length)[lang]];
  const fields = withData.map(
    ({ value, r }) =>
      S.field(
        breakdownWord(dimension, value, lang, 'report').toLocaleLowerCase(lang),
        countChange(r.numerator as number, r.denominator as number, unit, lang),
        S.verdictWord(r.status === 'met')[lang],
      )[lang],
  );
  const fieldsText = fields.join('; ');
  sentences.push(`${fieldsText.charAt(0).toUpperCase()}${fieldsText.slice(1)}.`);

  const total = withData.reduce((sum, x) => sum + (x.r.numerator as number), 0);
  const previousTotal = withData.reduce((sum, x) => sum + (x.r.denominator as number), 0);
  const same = Boolean(inputs.partial);
  const changes = [
    S.changeOn(countChange(total, previousTotal, unit, lang), S.yearPeriod(inputs.year - 1, same))[lang],
  ];
  if (inputs.baselineYear < inputs.year - 1) {
    const base = values.map((value) => resultOf(inputs.baseline, def.id, { [dimension]: value }));
    if (base.every((b) => b && b.numerator !== null)) {
      const baseTotal = base.reduce((sum, b) => sum + (b?.numerator as number), 0);
      changes.push(
        S.changeOn(countChange(total, baseTotal, unit, lang), S.yearPeriod(inputs.baselineYear, same))[lang],
      );
    }
  }
  sentences.push(S.fieldTotal(countWords(total, unit, lang), changes.join(lang === 'vi' ? ' và ' : ' and '))[lang]);
  return sentences.join(' ');
}

/**
 * The paragraph on one target for the briefing.
 *
 * @example targetParagraph(INDICATORS.reports_resolution_rate, inputs, 'vi')
 * // => 'Tỉ lệ giải quyết tin báo, tố giác tội phạm đạt 93,1 % (1.210/1.299 tin), vượt chỉ tiêu 90 %. So với năm 2023 ...'
 */
export function targetParagraph(def: IndicatorDefinition, inputs: ParagraphInputs, lang: Lang): string {
  return def.breakdown && !def.breakdown.withHeadline
    ? breakdownParagraph(def, inputs, lang)
    : headlineParagraph(def, inputs, lang);
}

/** The baseline year of the programme: the comparison year of the crime target (2021). */
export function programmeBaselineYear(): number {
  const c = INDICATORS.crime_change_vs_baseline.comparison;
  return c?.kind === 'baseline' ? c.year : 2021;
}
