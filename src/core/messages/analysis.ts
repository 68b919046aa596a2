/**
 * Every sentence of the analysis fields (`core/analysis/`) a reader sees, in Vietnamese and English:
 * trends, control charts, progress towards a deadline, funnel plots, year-to-date comparisons and the 2025
 * directive. Sentences take figures and print them with `core/format`, so a change of wording touches
 * this file only.
 */
import { formatCount } from '../format/count.ts';
import { formatDateRange } from '../format/date-range.ts';
import { formatNumber } from '../format/number.ts';
import { formatPercent } from '../format/percent.ts';
import { PERIOD_TEXTS } from '../format/words.ts';
import type { IndicatorUnit } from '../indicators/definition.ts';
import type { CagrProgressStatus } from '../stats/progress-cagr.ts';
import type { EscapStatus } from '../stats/progress-escap.ts';
import type { StatisticalStatus } from '../stats/statistical-status.ts';
import type { XmrAssurance } from '../stats/xmr.ts';
import type { Status } from '../types.ts';
import type { Bilingual, Lang } from './lang.ts';
import { ESCAP_WORDS } from './stats.ts';

/** Words for the statistical verdicts. */
export const STATISTICAL_STATUS_WORDS: Record<StatisticalStatus, Bilingual> = {
  met_robust: {
    vi: 'đạt, vững chắc (cả khoảng tin cậy 95 % đều đạt)',
    en: 'met robustly (the whole 95% interval meets it)',
  },
  met_within_noise: { vi: 'đạt, nhưng còn trong phạm vi dao động ngẫu nhiên', en: 'met, but within noise' },
  missed_within_noise: { vi: 'chưa đạt, nhưng còn trong phạm vi dao động ngẫu nhiên', en: 'missed, but within noise' },
  missed_robust: {
    vi: 'không đạt, vững chắc (cả khoảng tin cậy 95 % đều không đạt)',
    en: 'missed robustly (the whole 95% interval misses it)',
  },
};

const TREND_WORDS = {
  increasing: { vi: 'xu hướng tăng', en: 'an increasing trend' },
  decreasing: { vi: 'xu hướng giảm', en: 'a decreasing trend' },
  no_trend: {
    vi: 'chưa có xu hướng phân biệt được với dao động ngẫu nhiên',
    en: 'no trend distinguishable from noise',
  },
} satisfies Record<string, Bilingual>;

const ASSURANCE_WORDS: Record<XmrAssurance, Bilingual> = {
  consistent_pass: {
    vi: 'quá trình ổn định sẽ luôn đạt mục tiêu',
    en: 'the process will consistently meet the target',
  },
  consistent_fail: {
    vi: 'quá trình ổn định sẽ luôn không đạt mục tiêu',
    en: 'the process will consistently miss the target',
  },
  inconsistent: {
    vi: 'lúc đạt lúc không (mục tiêu nằm trong giới hạn kiểm soát)',
    en: 'hit and miss (the target lies within the limits)',
  },
};

/** Words for the Open SDG (CAGR) progress statuses; ESCAP's are `ESCAP_WORDS` (messages/stats.ts), said once. */
export const PROGRESS_WORDS: Record<CagrProgressStatus, Bilingual> = {
  target_achieved: { vi: 'đã đạt chỉ tiêu', en: 'target achieved' },
  on_track: { vi: 'đúng lộ trình', en: 'on track' },
  acceleration_needed: { vi: 'có tiến bộ, cần đẩy nhanh', en: 'progress, acceleration needed' },
  limited_progress: { vi: 'tiến bộ hạn chế', en: 'limited progress' },
  deterioration: { vi: 'xấu đi', en: 'deterioration' },
  not_available: { vi: 'không xác định được', en: 'not available' },
};

const STATUS_WORDS: Record<Status, Bilingual> = {
  met: { vi: 'đạt', en: 'met' },
  not_met: { vi: 'không đạt', en: 'not met' },
  no_data: { vi: 'không có số liệu', en: 'no data' },
  no_target: { vi: 'theo dõi, không có chỉ tiêu', en: 'watched, no target' },
};

const both = (f: (lang: Lang) => string): Bilingual => ({ vi: f('vi'), en: f('en') });
const pct = (x: number, lang: Lang, decimals = 1) => formatPercent(x, { lang, decimals });
const signedPct = (x: number, lang: Lang) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${pct(Math.abs(x), lang)}`;
const num = (x: number, lang: Lang, decimals = 2) => (x < 0 ? '−' : '') + formatNumber(Math.abs(x), { lang, decimals });
const count = (x: number, lang: Lang) => formatCount(Math.round(x), { lang });
const monthYear = (ym: { year: number; month: number }) => `${ym.month}/${ym.year}`;

/**
 * A p-value as printed: three decimals, or '< 0,001'.
 *
 * @example formatP(0.0166, 'vi') // => '0,017'
 */
export function formatP(p: number, lang: Lang): string {
  return p < 0.001 ? `< ${formatNumber(0.001, { lang, decimals: 3 })}` : formatNumber(p, { lang, decimals: 3 });
}

/** The sentences of the analysis fields. */
export const ANALYSIS_TEXTS = {
  /** The yearly Mann-Kendall / Theil-Sen summary. */
  yearlyTrend(a: {
    unit: IndicatorUnit;
    years: number[];
    excluded: number[];
    mk: { s: number; p: number; method: 'exact' | 'normal'; direction: keyof typeof TREND_WORDS; maxS: number } | null;
    slope: number | null;
    segment: { break: { date: string; restarted: boolean } | null };
  }): Bilingual {
    return both((lang) => {
      const vi = lang === 'vi';
      const parts: string[] = [];
      const first = a.years[0];
      const last = a.years[a.years.length - 1];
      const what =
        a.unit === 'proportion'
          ? vi
            ? 'giá trị hằng năm'
            : 'yearly values'
          : vi
            ? 'số đếm hằng năm'
            : 'yearly counts';
      if (a.mk && first !== undefined && last !== undefined) {
        const how =
          a.mk.method === 'exact' ? (vi ? 'chính xác' : 'exact') : vi ? 'xấp xỉ chuẩn' : 'normal approximation';
        parts.push(
          vi
            ? `Mann-Kendall trên ${what} ${first}-${last} (${a.years.length} năm): S = ${a.mk.s} (tối đa ±${a.mk.maxS}), p hai phía = ${formatP(a.mk.p, lang)} (${how}): ${TREND_WORDS[a.mk.direction].vi}`
            : `Mann-Kendall on the ${what} ${first}-${last} (${a.years.length} years): S = ${a.mk.s} (of ±${a.mk.maxS}), two-sided p = ${formatP(a.mk.p, lang)} (${how}): ${TREND_WORDS[a.mk.direction].en}`,
        );
      } else {
        parts.push(
          vi
            ? `Chỉ có ${a.years.length} năm số liệu so sánh được: cần ít nhất 3 năm để kiểm định xu hướng`
            : `Only ${a.years.length} comparable year(s) of data: a trend test needs at least 3`,
        );
      }
      if (a.slope !== null) {
        const points = `${a.slope > 0 ? '+' : ''}${num(100 * a.slope, lang)}`;
        const slope =
          a.unit === 'proportion'
            ? vi
              ? `${points} điểm phần trăm mỗi năm`
              : `${points} percentage points a year`
            : vi
              ? `${num(a.slope, lang, 1)} mỗi năm`
              : `${num(a.slope, lang, 1)} a year`;
        parts.push(vi ? `độ dốc Theil-Sen ${slope}` : `Theil-Sen slope ${slope}`);
      }
      if (a.excluded.length > 0) {
        parts.push(
          vi
            ? `không tính năm chưa đủ 12 tháng (${a.excluded.join(', ')})`
            : `years with fewer than 12 months left out (${a.excluded.join(', ')})`,
        );
      }
      const brk = a.segment.break;
      if (brk) parts.push(ANALYSIS_TEXTS.seriesBreak(brk.date, brk.restarted)[lang]);
      return `${parts.join('; ')}.`;
    });
  },

  /** A break in an area's series. */
  seriesBreak(date: string, restarted: boolean): Bilingual {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const vi = `${d}/${m}/${y}`;
    return restarted
      ? {
          vi: `chuỗi số liệu gãy ngày ${vi} (địa bàn hoặc bộ đơn vị được đếm thay đổi): chuỗi tính lại từ sau mốc này, không kiểm định qua mốc`,
          en: `the series breaks on ${date} (the area, or the units counted, changed): it restarts after the break, no test crosses it`,
        }
      : {
          vi: `đơn vị kết thúc trước ${vi}: chuỗi dừng tại mốc này, không kiểm định qua mốc`,
          en: `the unit ended before ${date}: the series stops there, no test crosses it`,
        };
  },

  /** The XmR summary. */
  xmr(a: {
    n: number;
    mean: number;
    lower: number;
    upper: number;
    recent: number;
    special: number;
    improvement: number;
    concern: number;
    assurance: XmrAssurance | null;
    short: boolean;
    rare: boolean;
  }): Bilingual {
    return both((lang) => {
      const vi = lang === 'vi';
      let text = vi
        ? `Biểu đồ XmR ${a.n} tháng: trung bình ${num(a.mean, lang, 1)}, giới hạn kiểm soát ${num(a.lower, lang, 1)} – ${num(a.upper, lang, 1)}; ${a.recent} tháng gần nhất có ${a.special} tháng có tín hiệu đặc biệt (${a.improvement} cải thiện, ${a.concern} đáng lo ngại)`
        : `XmR chart of ${a.n} months: mean ${num(a.mean, lang, 1)}, limits ${num(a.lower, lang, 1)} – ${num(a.upper, lang, 1)}; the latest ${a.recent} months hold ${a.special} special-cause month(s) (${a.improvement} improvement, ${a.concern} concern)`;
      if (a.assurance) text += `; ${ASSURANCE_WORDS[a.assurance][lang]}`;
      if (a.short)
        text += vi ? '; dưới 12 điểm: giới hạn chưa đáng tin cậy' : '; fewer than 12 points: the limits are unreliable';
      if (a.rare) {
        text += vi
          ? '; sự kiện hiếm (bình quân dưới 1 mỗi tháng): giới hạn XmR không đáng tin cậy, nên xem số đếm theo năm'
          : '; rare events (under 1 a month on average): XmR limits are unreliable, read the yearly counts instead';
      }
      return `${text}.`;
    });
  },

  /** The p-chart summary. */
  pChart(a: {
    n: number;
    pBar: number;
    recent: number;
    above: number;
    below: number;
    direction: 'increase' | 'decrease';
    excluded: number;
  }): Bilingual {
    return both((lang) => {
      const vi = lang === 'vi';
      let text = vi
        ? `Biểu đồ p ${a.n} tháng: tỉ lệ chung ${pct(a.pBar, lang)}; ${a.recent} tháng gần nhất có ${a.above} tháng trên và ${a.below} tháng dưới giới hạn kiểm soát (±3σ)`
        : `p-chart of ${a.n} months: overall ${pct(a.pBar, lang)}; of the latest ${a.recent} months ${a.above} lie above and ${a.below} below the control limits (±3σ)`;
      if (a.excluded > 0)
        text += vi
          ? `; bỏ ${a.excluded} tháng không có mẫu số hoặc tử số lớn hơn mẫu số`
          : `; ${a.excluded} month(s) left out (no denominator, or a numerator above it)`;
      return `${text}.`;
    });
  },

  progressBreak(date: string, baselineYear: number): Bilingual {
    return {
      vi: `Địa giới của địa bàn thay đổi từ ${date.split('-').reverse().map(Number).join('/')}: không so sánh được với năm gốc ${baselineYear}, không đánh giá tiến độ.`,
      en: `The area's territory changed on ${date}: it cannot be compared with the ${baselineYear} baseline, so progress is not assessed.`,
    };
  },

  progressNoBaseline(baselineYear: number): Bilingual {
    return {
      vi: `Không có số vụ đủ 12 tháng của năm gốc ${baselineYear} (hoặc bằng 0): không đánh giá tiến độ.`,
      en: `No whole-year count for the ${baselineYear} baseline (or it is 0): progress is not assessed.`,
    };
  },

  noCountMeets(): Bilingual {
    return {
      vi: 'Không số vụ nào đạt được chỉ tiêu: xác suất bằng 0.',
      en: 'No count can meet the target: the probability is 0.',
    };
  },

  probabilityProjection(deadline: number, reason: Bilingual): Bilingual {
    return {
      vi: `Giả sử số vụ năm ${deadline} theo phân phối Poisson với trung bình bằng giá trị dự báo (ESCAP): ${reason.vi}`,
      en: `If the ${deadline} count is Poisson with the projected (ESCAP) mean: ${reason.en}`,
    };
  },

  probabilityPartial(fromPreviousYear: boolean, reason: Bilingual): Bilingual {
    return fromPreviousYear
      ? {
          vi: `Các tháng còn lại tính theo số vụ cùng kỳ năm trước: ${reason.vi}`,
          en: `The months left at the rate of the same months last year: ${reason.en}`,
        }
      : {
          vi: `Các tháng còn lại tính theo nhịp bình quân từ đầu năm: ${reason.vi}`,
          en: `The months left at the year's own rate so far: ${reason.en}`,
        };
  },

  probabilityObserved(reason: Bilingual): Bilingual {
    return {
      vi: `Năm hạn đã đủ số liệu; xác suất một năm có cùng mức trung bình như năm đó đạt chỉ tiêu: ${reason.vi}`,
      en: `The deadline year is complete; the chance that a year with the same mean would meet the target: ${reason.en}`,
    };
  },

  targetTest(x: number, baseline: number, theta0: number, pLess: number): Bilingual {
    return both((lang) => {
      const vi = lang === 'vi';
      const verdict =
        pLess < 0.05
          ? vi
            ? 'mức giảm đạt chỉ tiêu có ý nghĩa thống kê (p < 0,05)'
            : 'the fall meets the target beyond noise (p < 0.05)'
          : vi
            ? 'chưa đủ bằng chứng thống kê rằng mức giảm đạt chỉ tiêu'
            : 'no statistical evidence that the fall meets the target';
      return vi
        ? `Kiểm định chính xác H₀: tỉ số ≥ ${num(theta0, lang)} (${count(x, lang)} so với ${count(baseline, lang)} vụ): p = ${formatP(pLess, lang)}; ${verdict}.`
        : `Exact test of H₀ ratio ≥ ${num(theta0, lang)} (${count(x, lang)} against ${count(baseline, lang)} cases): p = ${formatP(pLess, lang)}; ${verdict}.`;
    });
  },

  progressSummary(a: {
    year: number;
    deadline: number;
    deadlinePassed: boolean;
    atDeadline: {
      count: number;
      value: number;
      status: 'met' | 'not_met';
      statistical_status: StatisticalStatus | null;
    } | null;
    baselineYear: number;
    baseline: number;
    maxCount: number;
    cagr: CagrProgressStatus;
    escap: EscapStatus;
    probability: number | null;
    theta0: number;
    pLess: number | null;
  }): Bilingual {
    return both((lang) => {
      const vi = lang === 'vi';
      const parts: string[] = [];
      if (a.deadlinePassed) {
        parts.push(
          vi
            ? `Đã qua hạn ${a.deadline}; đánh giá tại năm hạn`
            : `The ${a.deadline} deadline has passed; assessed at the deadline year`,
        );
      }
      const d = a.atDeadline;
      if (d) {
        const verdict = (
          d.statistical_status ? STATISTICAL_STATUS_WORDS[d.statistical_status] : STATUS_WORDS[d.status]
        )[lang];
        parts.push(
          vi
            ? `năm ${a.deadline}: ${count(d.count, lang)} vụ so với ${count(a.baseline, lang)} năm ${a.baselineYear} (${signedPct(d.value, lang)}; cần ≤ ${count(a.maxCount, lang)}): ${verdict}`
            : `${a.deadline}: ${count(d.count, lang)} cases against ${count(a.baseline, lang)} in ${a.baselineYear} (${signedPct(d.value, lang)}; at most ${count(a.maxCount, lang)} allowed): ${verdict}`,
        );
      } else {
        parts.push(
          vi
            ? `chỉ tiêu năm ${a.deadline}: tối đa ${count(a.maxCount, lang)} vụ (năm gốc ${a.baselineYear}: ${count(a.baseline, lang)})`
            : `${a.deadline} target: at most ${count(a.maxCount, lang)} cases (${a.baselineYear} baseline: ${count(a.baseline, lang)})`,
        );
      }
      parts.push(`Open SDG: ${PROGRESS_WORDS[a.cagr][lang]}; ESCAP: ${ESCAP_WORDS[a.escap][lang]}`);
      if (a.probability !== null) {
        parts.push(
          vi
            ? `xác suất đạt (Poisson): ${pct(a.probability, lang)}`
            : `probability of meeting it (Poisson): ${pct(a.probability, lang)}`,
        );
      }
      if (a.pLess !== null)
        parts.push(`p (H₀: ${vi ? 'tỉ số' : 'ratio'} ≥ ${num(a.theta0, lang)}) = ${formatP(a.pLess, lang)}`);
      return `${parts.join('; ')}.`;
    });
  },

  funnel(a: {
    areas: number;
    placed: number;
    phi: number | null;
    widened: boolean;
    noFunnel: 'amounts' | 'count' | 'boundary' | 'no_target' | null;
    above: number;
    inside: number;
    below: number;
  }): Bilingual {
    return both((lang) => {
      const vi = lang === 'vi';
      if (a.noFunnel) {
        const why = {
          amounts: vi ? 'giá trị tính bằng đồng, không phải số đếm' : 'the figures are amounts in đồng, not counts',
          count: vi ? 'chỉ tiêu là một số đếm, không phải tỉ lệ' : 'the indicator is a count, not a proportion',
          boundary: vi
            ? 'mục tiêu 0 % hoặc 100 % không có giới hạn phễu'
            : 'a 0 % or 100 % target has no funnel limits',
          no_target: vi ? 'không có mục tiêu' : 'there is no target',
        }[a.noFunnel];
        return vi ? `${a.areas} địa bàn; không vẽ biểu đồ phễu: ${why}.` : `${a.areas} areas; no funnel plot: ${why}.`;
      }
      const od =
        a.phi === null
          ? vi
            ? 'quá ít địa bàn để ước lượng φ'
            : 'too few areas to estimate φ'
          : a.widened
            ? vi
              ? `φ = ${num(a.phi, lang)} > 1: giới hạn chuẩn nới rộng √φ = ${num(Math.sqrt(a.phi), lang)} lần`
              : `φ = ${num(a.phi, lang)} > 1: normal limits widened by √φ = ${num(Math.sqrt(a.phi), lang)}`
            : vi
              ? `φ = ${num(a.phi, lang)} ≤ 1: không nới rộng giới hạn`
              : `φ = ${num(a.phi, lang)} ≤ 1: limits not widened`;
      const left = a.areas - a.placed;
      const out =
        left === 0
          ? ''
          : vi
            ? ` (${left} địa bàn không đặt được: không có số liệu, hoặc địa giới thay đổi so với năm so sánh)`
            : ` (${left} not placed: no data, or the territory changed since the comparison year)`;
      return vi
        ? `${a.placed}/${a.areas} địa bàn trên biểu đồ phễu${out}; ${od}; so với giới hạn 95 %: ${a.above} trên, ${a.inside} trong, ${a.below} dưới.`
        : `${a.placed} of ${a.areas} areas on the funnel${out}; ${od}; against the 95% limits: ${a.above} above, ${a.inside} inside, ${a.below} below.`;
    });
  },

  /** A rolling 12-month window, named by its last month, with its days. */
  rollingLabel(month: number, calendarYear: number, start: string, end: string): Bilingual {
    const named = PERIOD_TEXTS.month(month, calendarYear);
    return {
      vi: `12 tháng đến hết ${named.vi.toLowerCase()} (${formatDateRange(start, end, 'vi')})`,
      en: `12 months to ${named.en} (${formatDateRange(start, end, 'en')})`,
    };
  },

  ytdNoMonths(year: number): Bilingual {
    return {
      vi: `Năm ${year} chưa có tháng nào có số liệu cho địa bàn này.`,
      en: `No month of ${year} has data for this area.`,
    };
  },

  ytd(a: {
    current: { label: Bilingual; count: number | null; missing: { year: number; month: number }[] };
    previous: { label: Bilingual; count: number | null; missing: { year: number; month: number }[] };
    relativeChange: number | null;
    ci95: [number, number] | null;
    comparable: boolean;
    brk: { date: string; restarted: boolean } | null;
  }): Bilingual {
    return both((lang) => {
      const vi = lang === 'vi';
      if (!a.comparable) {
        const missing = [...a.previous.missing, ...a.current.missing].map(monthYear).join(', ');
        let text = vi
          ? `Không so sánh được với cùng kỳ: thiếu số liệu tháng ${missing}`
          : `Not comparable with the same months of last year: no figure for ${missing}`;
        if (a.brk) text += `; ${ANALYSIS_TEXTS.seriesBreak(a.brk.date, a.brk.restarted)[lang]}`;
        return `${text}.`;
      }
      const cur = count(a.current.count as number, lang);
      const prev = count(a.previous.count as number, lang);
      const change =
        a.relativeChange === null
          ? ''
          : ` (${signedPct(a.relativeChange, lang)}` +
            (a.ci95
              ? vi
                ? `; khoảng tin cậy 95 % ${signedPct(a.ci95[0], lang)} đến ${signedPct(a.ci95[1], lang)})`
                : `; 95% interval ${signedPct(a.ci95[0], lang)} to ${signedPct(a.ci95[1], lang)})`
              : ')');
      return vi
        ? `${a.current.label.vi}: ${cur} vụ; cùng kỳ (${a.previous.label.vi}): ${prev} vụ${change}.`
        : `${a.current.label.en}: ${cur} cases; same months a year earlier (${a.previous.label.en}): ${prev}${change}.`;
    });
  },
};

/** Words of a path target's progress (`path_progress`, core/analysis/path-progress.ts). */
export const PATH_PROGRESS_TEXTS = {
  /** 'Tiến độ đến mốc cuối (50 % năm 2030): Open SDG: đúng lộ trình; ESCAP: đúng lộ trình: duy trì tiến độ.' */
  summary(endYear: number, endThreshold: number, cagr: CagrProgressStatus, escap: EscapStatus): Bilingual {
    return both((lang) => {
      const end = formatPercent(endThreshold, { lang, decimals: 0 });
      const words = `Open SDG: ${PROGRESS_WORDS[cagr][lang]}; ESCAP: ${ESCAP_WORDS[escap][lang]}`;
      return lang === 'vi'
        ? `Tiến độ đến mốc cuối (${end} năm ${endYear}): ${words}.`
        : `Progress to the end milestone (${end} in ${endYear}): ${words}.`;
    });
  },
};
