/**
 * Every sentence the statistical methods (`core/stats/`) hand to a reader, in Vietnamese and English:
 * the reasons and warnings of the progress measures (Open SDG, ESCAP), the Poisson target probability,
 * the Mann-Kendall test, XmR charts and year-to-date sums. The methods pass numbers and codes; figures
 * are printed here with `core/format` (88,2 % and 88.2%), so a change of wording touches this file only.
 */
import { formatCount } from '../format/count.ts';
import { toRational } from '../format/decimal.ts';
import { formatNumber } from '../format/number.ts';
import { formatPercent } from '../format/percent.ts';
import { printExact } from '../format/print.ts';
import { roundRational } from '../format/round.ts';
import type { TrendDirection } from '../stats/mann-kendall.ts';
import type { OpenSdgStatus } from '../stats/progress-cagr.ts';
import type { EscapStatus } from '../stats/progress-escap.ts';
import { formatP } from './analysis.ts';
import type { Bilingual, Lang } from './lang.ts';

const both = (f: (lang: Lang) => string): Bilingual => ({ vi: f('vi'), en: f('en') });

/**
 * A computed figure with at most two decimals and no trailing zeros: 384.6000000000004 → '384,6',
 * 380 → '380', 15399.083 → '15.399,08'.
 *
 * @example figure(384.60000000000036, 'vi') // => '384,6'
 */
export function figure(x: number, lang: Lang): string {
  return printExact(toRational(roundRational(toRational(x), 2, 'half_up')), lang);
}

/** A parameter as given (a threshold, a level): all its decimals, none added. 0.95 → '0,95'. */
const given = (x: number, lang: Lang): string => printExact(toRational(x), lang);
const percent = (x: number, lang: Lang, decimals: number): string => formatPercent(x, { lang, decimals });
const fixed2 = (x: number | null, lang: Lang): string => (x === null ? '–' : formatNumber(x, { lang, decimals: 2 }));
const count = (x: number, lang: Lang): string => formatCount(x, { lang });

const OPEN_SDG_WORDS: Record<OpenSdgStatus, Bilingual> = {
  target_achieved: { en: 'target achieved', vi: 'đã đạt chỉ tiêu' },
  substantial_progress: { en: 'on track', vi: 'đúng lộ trình' },
  moderate_progress: { en: 'progress, acceleration needed', vi: 'có tiến bộ, cần đẩy nhanh' },
  limited_progress: { en: 'limited progress', vi: 'tiến bộ hạn chế' },
  deterioration: { en: 'deterioration', vi: 'xấu đi' },
  not_available: { en: 'not available', vi: 'không xác định' },
};

/** Without a target, Open SDG's two middle statuses keep their own names. */
const OPEN_SDG_NO_TARGET_WORDS: Partial<Record<OpenSdgStatus, Bilingual>> = {
  substantial_progress: { en: 'substantial progress', vi: 'tiến bộ rõ rệt' },
  moderate_progress: { en: 'moderate progress', vi: 'tiến bộ vừa phải' },
};

/** Words for the ESCAP progress statuses: the one home, also read by the progress summary (messages/analysis.ts). */
export const ESCAP_WORDS: Record<EscapStatus, Bilingual> = {
  target_achieved: { en: 'target already achieved', vi: 'đã đạt chỉ tiêu' },
  on_track: { en: 'on track: maintain progress', vi: 'đúng lộ trình: duy trì tiến độ' },
  acceleration_needed: { en: 'progress too slow: accelerate', vi: 'tiến độ chậm: cần đẩy nhanh' },
  reverse_trend: {
    en: 'moving away from the target: reverse the trend',
    vi: 'đi ngược chỉ tiêu: cần đảo ngược xu hướng',
  },
  not_available: { en: 'not available', vi: 'không xác định' },
};

const TREND_WORDS: Record<TrendDirection, Bilingual> = {
  increasing: { en: 'an increasing trend', vi: 'xu hướng tăng' },
  decreasing: { en: 'a decreasing trend', vi: 'xu hướng giảm' },
  no_trend: {
    en: 'no trend distinguishable from noise',
    vi: 'không có xu hướng phân biệt được với dao động ngẫu nhiên',
  },
};

/** The sentences of the statistical methods. */
export const STATS_TEXTS = {
  noData(): Bilingual {
    return { en: 'No data.', vi: 'Không có số liệu.' };
  },

  noDataFromBaseYear(baseYear: number): Bilingual {
    return {
      en: `No data in or after the base year ${baseYear}.`,
      vi: `Không có số liệu từ năm gốc ${baseYear} trở đi.`,
    };
  },

  baseYearMoved(baseYear: number, used: number): Bilingual {
    return {
      en: `No value for the base year ${baseYear}; ${used} is used.`,
      vi: `Không có số liệu năm gốc ${baseYear}; dùng năm ${used}.`,
    };
  },

  /** Open SDG's rule for a 0 target or base value. */
  zeroReplaced(what: 'target' | 'base'): Bilingual {
    const replacement = { vi: given(0.001, 'vi'), en: given(0.001, 'en') };
    return what === 'target'
      ? {
          en: `Target is 0; ${replacement.en} is used instead (Open SDG rule).`,
          vi: `Chỉ tiêu bằng 0; dùng ${replacement.vi} thay thế (quy tắc Open SDG).`,
        }
      : {
          en: `Base value is 0; ${replacement.en} is used instead (Open SDG rule).`,
          vi: `Giá trị năm gốc bằng 0; dùng ${replacement.vi} thay thế (quy tắc Open SDG).`,
        };
  },

  limitIgnored(limit: number): Bilingual {
    return both((lang) =>
      lang === 'vi'
        ? `Bỏ qua giới hạn (${figure(limit, lang)}) vì đã có chỉ tiêu.`
        : `The limit (${figure(limit, lang)}) is ignored because a target is given.`,
    );
  },

  baseBeyondLimit(baseValue: number, limit: number): Bilingual {
    return both((lang) =>
      lang === 'vi'
        ? `Giá trị năm gốc (${figure(baseValue, lang)}) đã vượt giới hạn (${figure(limit, lang)}); kết quả có thể sai lệch.`
        : `Base value (${figure(baseValue, lang)}) is already beyond the limit (${figure(limit, lang)}); the result may mislead.`,
    );
  },

  oppositeSigns(baseValue: number, currentValue: number): Bilingual {
    return both((lang) =>
      lang === 'vi'
        ? `Giá trị năm gốc (${figure(baseValue, lang)}) và giá trị mới nhất (${figure(currentValue, lang)}) trái dấu.`
        : `Base value (${figure(baseValue, lang)}) and latest value (${figure(currentValue, lang)}) have opposite signs.`,
    );
  },

  onlyOneYearFrom(baseYear: number): Bilingual {
    return {
      en: `Only one year of data from ${baseYear}: at least two are needed.`,
      vi: `Chỉ có một năm số liệu từ ${baseYear}: cần ít nhất hai năm.`,
    };
  },

  targetYearNotAfterBase(targetYear: number | null, baseYear: number): Bilingual {
    return {
      en: `Target year ${targetYear} is not after the base year ${baseYear}.`,
      vi: `Năm đích ${targetYear} không sau năm gốc ${baseYear}.`,
    };
  },

  targetEqualsBase(): Bilingual {
    return {
      en: 'Target equals the base value: no growth is required, so the ratio is undefined.',
      vi: 'Chỉ tiêu bằng giá trị năm gốc: không cần tăng trưởng, tỉ số không xác định.',
    };
  },

  targetReached(currentValue: number, currentYear: number, targetValue: number | null): Bilingual {
    return both((lang) => {
      const target = targetValue === null ? '–' : figure(targetValue, lang);
      return lang === 'vi'
        ? `Giá trị mới nhất ${figure(currentValue, lang)} (${currentYear}) đã đạt chỉ tiêu ${target}.`
        : `Latest value ${figure(currentValue, lang)} (${currentYear}) has reached the target ${target}.`;
    });
  },

  /** Open SDG / Statistics Canada: the ratio of CAGRs, or the observed CAGR alone. */
  cagr(a: {
    method: 'target' | 'no_target';
    status: OpenSdgStatus;
    progressValue: number;
    cagrObserved: number;
    cagrRequired: number | null;
    thresholds: { high: number; med: number; low: number };
  }): Bilingual {
    const t = a.thresholds;
    return both((lang) => {
      const vi = lang === 'vi';
      const pct = (x: number): string => percent(x, lang, 2);
      if (a.method === 'target') {
        const thresholds = [t.high, t.med, t.low].map((x) => given(x, lang)).join(vi ? '; ' : ', ');
        return vi
          ? `Tăng trưởng bình quân năm thực tế ${pct(a.cagrObserved)}/năm so với mức cần ${pct(a.cagrRequired as number)}/năm: tỉ số ${fixed2(a.progressValue, lang)} (ngưỡng ${thresholds}): ${OPEN_SDG_WORDS[a.status].vi}.`
          : `Observed CAGR ${pct(a.cagrObserved)}/yr against ${pct(a.cagrRequired as number)}/yr required: ratio ${fixed2(a.progressValue, lang)} (thresholds ${thresholds}): ${OPEN_SDG_WORDS[a.status].en}.`;
      }
      const thresholds = [t.high, t.med, t.low].map(pct).join(vi ? '; ' : ', ');
      const words = (OPEN_SDG_NO_TARGET_WORDS[a.status] ?? OPEN_SDG_WORDS[a.status])[lang];
      return vi
        ? `Không có chỉ tiêu: tăng trưởng bình quân năm ${pct(a.cagrObserved)}/năm, ${pct(a.progressValue)}/năm theo hướng mong muốn (ngưỡng ${thresholds}): ${words}.`
        : `No target: observed CAGR ${pct(a.cagrObserved)}/yr, ${pct(a.progressValue)}/yr in the wanted direction (thresholds ${thresholds}): ${words}.`;
    });
  },

  escapOneYear(): Bilingual {
    return { en: 'Only one year of data: no trend.', vi: 'Chỉ có một năm số liệu: không ước lượng được xu hướng.' };
  },

  /** ESCAP: the projection against the target. */
  escap(a: {
    status: EscapStatus;
    targetYear: number;
    targetValue: number;
    projectedValue: number | null;
    predictionInterval: { lower: number; upper: number } | null;
    currentStatusIndex: number | null;
    gap: number | null;
    targetInside: boolean | null;
  }): Bilingual {
    return both((lang) => {
      const pi =
        a.predictionInterval === null
          ? ''
          : ` [${fixed2(a.predictionInterval.lower, lang)}; ${fixed2(a.predictionInterval.upper, lang)}]`;
      const target = figure(a.targetValue, lang);
      return lang === 'vi'
        ? `Dự báo năm ${a.targetYear}: ${fixed2(a.projectedValue, lang)}${pi} so với chỉ tiêu ${target}; chỉ số hiện trạng ${fixed2(a.currentStatusIndex, lang)}, khoảng cách ${fixed2(a.gap, lang)}: ${ESCAP_WORDS[a.status].vi}.${a.targetInside === true ? ' Chỉ tiêu nằm trong khoảng dự báo.' : ''}`
        : `Projected ${a.targetYear}: ${fixed2(a.projectedValue, lang)}${pi} against target ${target}; current status index ${fixed2(a.currentStatusIndex, lang)}, gap ${fixed2(a.gap, lang)}: ${ESCAP_WORDS[a.status].en}.${a.targetInside === true ? ' The target lies inside the prediction interval.' : ''}`;
    });
  },

  /** The probability that a count target is met, the count being Poisson. */
  poissonTarget(maxCount: number, mean: number, probability: number): Bilingual {
    return both((lang) =>
      lang === 'vi'
        ? `P(số vụ <= ${count(maxCount, lang)}) với số vụ theo phân phối Poisson, trung bình ${figure(mean, lang)}: ${percent(probability, lang, 1)}.`
        : `P(count <= ${count(maxCount, lang)}) for a Poisson count with mean ${figure(mean, lang)}: ${percent(probability, lang, 1)}.`,
    );
  },

  poissonLimitExceeded(countSoFar: number, monthsObserved: number, maxCount: number): Bilingual {
    return both((lang) =>
      lang === 'vi'
        ? `${count(countSoFar, lang)} vụ trong ${monthsObserved} tháng đã vượt giới hạn ${count(maxCount, lang)} vụ.`
        : `${count(countSoFar, lang)} cases in ${monthsObserved} months already exceed the limit of ${count(maxCount, lang)}.`,
    );
  },

  poissonPartialYear(a: {
    countSoFar: number;
    monthsObserved: number;
    remainingAllowance: number;
    monthsRemaining: number;
    monthlyRate: number;
    probability: number;
  }): Bilingual {
    return both((lang) =>
      lang === 'vi'
        ? `${count(a.countSoFar, lang)} vụ trong ${a.monthsObserved} tháng; ${a.monthsRemaining} tháng còn lại chỉ được thêm tối đa ${count(a.remainingAllowance, lang)} vụ, với ${figure(a.monthlyRate, lang)} vụ/tháng: ${percent(a.probability, lang, 1)}.`
        : `${count(a.countSoFar, lang)} cases in ${a.monthsObserved} months; at most ${count(a.remainingAllowance, lang)} more allowed in ${a.monthsRemaining} months at ${figure(a.monthlyRate, lang)}/month: ${percent(a.probability, lang, 1)}.`,
    );
  },

  /** The Mann-Kendall verdict. */
  mannKendall(a: {
    n: number;
    s: number;
    p: number;
    method: 'exact' | 'normal';
    alpha: number;
    direction: TrendDirection;
  }): Bilingual {
    const pairs = (a.n * (a.n - 1)) / 2;
    const sign = a.p < a.alpha ? '<' : '>=';
    return both((lang) =>
      lang === 'vi'
        ? `n = ${a.n}, S = ${a.s} (tối đa ±${pairs}); p hai phía = ${formatP(a.p, lang)} (${a.method === 'exact' ? 'chính xác' : 'xấp xỉ chuẩn'}) ${sign} ${given(a.alpha, lang)}: ${TREND_WORDS[a.direction].vi}.`
        : `n = ${a.n}, S = ${a.s} (of ±${pairs}); two-sided p = ${formatP(a.p, lang)} (${a.method === 'exact' ? 'exact' : 'normal approximation'}) ${sign} ${given(a.alpha, lang)}: ${TREND_WORDS[a.direction].en}.`,
    );
  },

  xmrShortSeries(n: number, minimum: number): Bilingual {
    return {
      en: `Only ${n} points: limits from fewer than ${minimum} points are unreliable.`,
      vi: `Chỉ có ${n} điểm: giới hạn kiểm soát tính từ dưới ${minimum} điểm chưa đáng tin cậy.`,
    };
  },

  xmrFlat(): Bilingual {
    return {
      en: 'Every moving range is 0: the limits collapse onto the mean.',
      vi: 'Mọi khoảng biến động đều bằng 0: giới hạn kiểm soát trùng với giá trị trung bình.',
    };
  },

  yearToDate(throughMonth: number, year: number, current: number, previous: number): Bilingual {
    return both((lang) =>
      lang === 'vi'
        ? `Tháng 1-${throughMonth}: năm ${year} có ${figure(current, lang)}, cùng kỳ năm ${year - 1} có ${figure(previous, lang)}.`
        : `Months 1-${throughMonth}: ${figure(current, lang)} in ${year} against ${figure(previous, lang)} in ${year - 1}.`,
    );
  },

  yearToDateMissing(missing: readonly { year: number; month: number }[]): Bilingual {
    const months = missing.map((m) => `${m.month}/${m.year}`).join(', ');
    return { en: `Not comparable: no figure for ${months}.`, vi: `Không so sánh được: thiếu số liệu tháng ${months}.` };
  },
};
