import type { Lang } from '../messages/lang.ts';
import { NUMBER_SYMBOLS } from '../format/locale.ts';
import type { Comparator, Target } from '../types.ts';
import { formatCount } from '../format/count.ts';
import { formatPercent } from '../format/percent.ts';
import { formatNumber } from '../format/number.ts';
import { percentOf } from '../format/percent-of.ts';
import type { FormatOptions } from '../format/options.ts';
import type { IndicatorDefinition } from './definition.ts';
import type { IndicatorResult } from './result.ts';

/** How a value is printed: a percentage from its counts, a signed change, or a count. */
export function formatValue(
  def: IndicatorDefinition,
  result: Pick<IndicatorResult, 'value' | 'numerator' | 'denominator'>,
  lang: Lang,
  options: FormatOptions = { style: 'province' },
): string {
  if (result.value === null) return '—';
  if (def.unit === 'count') return formatCount(result.value, { lang });
  if (def.unit === 'proportion' && result.numerator !== null && result.denominator) {
    return percentOf(result.numerator, result.denominator, { ...options, lang });
  }
  if (def.unit === 'relative_change' && result.numerator !== null && result.denominator) {
    const change = percentOf(Math.abs(result.numerator - result.denominator), result.denominator, { ...options, lang });
    const sign = result.numerator > result.denominator ? '+' : result.numerator < result.denominator ? '−' : '';
    return `${sign}${change}`;
  }
  return formatPercent(result.value, { ...options, lang });
}

/** A threshold printed with as few decimals as it needs: 90 %, 95 %, −5 %, 0 (count). */
export function formatThreshold(def: IndicatorDefinition, target: Target, lang: Lang): string {
  if (def.unit === 'count') return formatCount(target.threshold, { lang });
  const percent = Math.abs(target.threshold) * 100;
  const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;
  const decimals = whole(percent) ? 0 : whole(percent * 10) ? 1 : 2;
  const text = formatPercent(Math.abs(target.threshold), { lang, decimals });
  return target.threshold < 0 ? `−${text}` : text;
}

const COMPARATOR_SYMBOL: Record<Comparator, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/**
 * A target as a reader writes it: "≥ 80 %", "≤ −5 % (2025)". A path target's threshold is the year's own
 * (≥ 26 % in 2026 on the way to ≥ 50 % in 2030), so it is printed without the deadline.
 */
export function formatTarget(def: IndicatorDefinition, target: Target | null, lang: Lang): string {
  if (!target) return '—';
  const deadline = target.deadline_year !== null && !target.milestones ? ` (${target.deadline_year})` : '';
  return `${COMPARATOR_SYMBOL[target.comparator]} ${formatThreshold(def, target, lang)}${deadline}`;
}

/** A 95 % interval printed as "91,6 – 94,4 %" (proportions), "−9,8 – +3,1 %" (changes) or "15,4 – 35,7" (counts). */
export function formatCi(def: IndicatorDefinition, ci: [number, number] | null, lang: Lang): string {
  if (!ci) return '—';
  // A count's interval is in cases (Garwood): '15,4 – 35,7'.
  if (def.unit === 'count')
    return `${formatNumber(ci[0], { lang, decimals: 1 })} – ${formatNumber(ci[1], { lang, decimals: 1 })}`;
  const one = (x: number) => {
    const text = formatPercent(Math.abs(x), { lang, style: 'province' }).replace(/\s?%$/, '');
    return def.unit === 'relative_change' ? `${x < 0 ? '−' : '+'}${text}` : text;
  };
  return `${one(ci[0])} – ${one(ci[1])}${NUMBER_SYMBOLS[lang].percentSuffix}`;
}
