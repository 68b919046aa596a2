import { formatCount } from '../format/count.ts';
import { MONTHS_EN_SHORT } from '../format/words.ts';
import type { Bilingual, Lang } from './lang.ts';
import { nameInSentence } from './areas.ts';
import type { IndicatorId } from '../indicators/definition.ts';
import type { AreaLevel, Comparator } from '../types.ts';

/**
 * Every word the charts print, in Vietnamese and English: titles, subtitles, axis and legend labels,
 * descriptions for readers who cannot see a chart, and the `chitieu charts` help.
 *
 * Only characters the shipped Noto Sans has are used (`test/core/charts/glyphs.test.ts` checks): it has no
 * ≥, ≤, ✔ or ✘, so targets are written in words ("từ 80 % trở lên") and verdicts by word and shape.
 */

/** A count as the reader's language prints it: 1.234, 1,234. */
const n = (count: number, lang: Lang): string => formatCount(count, { lang });

/** A target in words, since the font has no ≥ or ≤: "từ 80 % trở lên", "at least 80%". */
export const TARGET_WORDS: Record<Comparator, (threshold: string) => Bilingual> = {
  '>=': (t) => ({ vi: `từ ${t} trở lên`, en: `at least ${t}` }),
  '>': (t) => ({ vi: `trên ${t}`, en: `above ${t}` }),
  '<=': (t) => ({ vi: `từ ${t} trở xuống`, en: `at most ${t}` }),
  '<': (t) => ({ vi: `dưới ${t}`, en: `below ${t}` }),
};

const NONE_TARGETS: Partial<Record<IndicatorId, Bilingual>> = {
  judicial_violations: { vi: 'không để xảy ra vi phạm', en: 'no violations' },
};

/**
 * A count target that allows no case at all (`allowsNone`), as an office writes it: "không để xảy ra vi
 * phạm", not "từ 0 trở xuống".
 */
export const NONE_TARGET_WORDS = (id: IndicatorId): Bilingual =>
  NONE_TARGETS[id] ?? { vi: 'không để xảy ra trường hợp nào', en: 'none at all' };

/** Words shared by several charts. */
export const CHART_WORDS = {
  target: { vi: 'Mục tiêu', en: 'Target' },
  result: { vi: 'Kết quả', en: 'Value' },
  verdict: { vi: 'Đánh giá', en: 'Verdict' },
  year: { vi: 'Năm', en: 'Year' },
  cases: { vi: 'Số vụ', en: 'Cases' },
  interval95: { vi: 'khoảng tin cậy 95 %', en: '95% interval' },
  interval95Label: { vi: 'Khoảng tin cậy 95 %', en: '95% interval' },
  deadline: (year: number): Bilingual => ({ vi: `hạn ${year}`, en: `by ${year}` }),
  months: (n: number): Bilingual => ({ vi: `${n} tháng`, en: `${n} months` }),
  monthsRange: (first: number, last: number): Bilingual => ({
    vi: `tháng ${first}-${last}`,
    en: `months ${first}–${last}`,
  }),
  partialYear: (year: number, months: number): Bilingual => ({
    vi: `${year} (${months} tháng)`,
    en: `${year} (${months} months)`,
  }),
  partialNote: { vi: 'số liệu chưa đủ 12 tháng', en: 'fewer than 12 months of data' },
  noData: { vi: 'Không có số liệu', en: 'No data' },
  /**
   * The period a figure covers, short, for titles: 'năm 2025', '10 tháng đầu năm 2026', 'tháng 7-12/2025';
   * 'Jul–Dec 2025'. A run of months of one calendar year; `fromStart`: it opens the statistical year, which
   * starts in January.
   */
  period: (
    year: number,
    months: { first: number; last: number; count: number; fromStart: boolean } | null,
  ): Bilingual =>
    months === null
      ? { vi: `năm ${year}`, en: String(year) }
      : {
          vi: months.fromStart
            ? `${months.count} tháng đầu năm ${year}`
            : `tháng ${months.first}-${months.last}/${year}`,
          en: `${MONTHS_EN_SHORT[months.first - 1]}–${MONTHS_EN_SHORT[months.last - 1]} ${year}`,
        },
  /** The months of one area's figure beside its name, when they differ from the chart's: '7-12/2025', 'Jul–Dec 2025'. */
  unitMonths: (first: number, last: number, year: number): Bilingual => ({
    vi: `${first}-${last}/${year}`,
    en: `${MONTHS_EN_SHORT[first - 1]}–${MONTHS_EN_SHORT[last - 1]} ${year}`,
  }),
  /** A verdict on part of a year: 'Đạt (tạm tính)'. */
  provisional: (verdict: Bilingual): Bilingual => ({
    vi: `${verdict.vi} (tạm tính)`,
    en: `${verdict.en} (provisional)`,
  }),
  /**
   * Why area figures over part of a year are provisional: 'Các địa bàn lập ngày 1/7/2025 chỉ có số liệu 6 tháng
   * (tháng 7-12/2025): so với mục tiêu năm, đánh giá tạm tính.' `setUp`: the day the areas were set up, when
   * that is why (else the year is not over).
   */
  partialUnits: (months: number, period: string, setUp: string | null): Bilingual => ({
    vi:
      setUp !== null
        ? `Các địa bàn lập ngày ${setUp} chỉ có số liệu ${months} tháng (${period}): so với mục tiêu năm, đánh giá tạm tính.`
        : `Số liệu ${months} tháng (${period}): so với mục tiêu năm, đánh giá tạm tính.`,
    en:
      setUp !== null
        ? `The areas set up on ${setUp} have ${months} months of figures only (${period}): against an annual target, verdicts are provisional.`
        : `${months} months of figures (${period}): against an annual target, verdicts are provisional.`,
  }),
  /** Areas whose figures cover other months than most: 'Tên kèm tháng (như Kỳ Anh 1-6/2025): ...'. */
  oddUnits: (example: string): Bilingual => ({
    vi: `Tên kèm tháng (như ${example}): địa bàn chỉ có số liệu những tháng đó, đánh giá tạm tính.`,
    en: `A name with months (such as ${example}): the area has figures for those months only; its verdict is provisional.`,
  }),
  /** The figure of the whole area the compared areas make up, in a subtitle: 'Toàn tỉnh 84,6 %', 'Province 84.6%'. */
  whole: (level: AreaLevel, value: string): Bilingual => ({
    vi: `${({ province: 'Toàn tỉnh', district: 'Toàn huyện', commune: 'Toàn xã' } as const)[level]} ${value}`,
    en: `${({ province: 'Province', district: 'District', commune: 'Commune' } as const)[level]} ${value}`,
  }),
  met: { vi: 'Đạt', en: 'Met' },
  notMet: { vi: 'Không đạt', en: 'Not met' },
} as const;

/** The source line under every chart. */
export const SOURCE_WORDS = {
  source: (title: string | null): Bilingual => ({
    vi: `Nguồn: ${title ?? 'số liệu thống kê của chương trình'}`,
    en: `Source: ${title ?? 'the programme statistics'}`,
  }),
  cutoff: (date: string, inferred: boolean): Bilingual => ({
    vi: `số liệu đến ngày ${date}${inferred ? ' (ngày cuối của tháng cuối có số liệu)' : ''}`,
    en: `data to ${date}${inferred ? ' (end of the last month with figures)' : ''}`,
  }),
  noCutoff: { vi: 'chưa rõ ngày chốt số liệu', en: 'cut-off date unknown' },
  targets: (title: string): Bilingual => ({ vi: `Mục tiêu: ${title}`, en: `Targets: ${title}` }),
  synthetic: { vi: 'Số liệu giả lập, chỉ để minh họa.', en: 'Synthetic data, for illustration only.' },
  /** `startDay`: the day statistical months start on (15: a month runs from the 15th to the 14th). */
  periods: (name: Bilingual, startDay = 1): Bilingual => ({
    vi: `Tháng, năm theo ${name.vi.charAt(0).toLowerCase()}${name.vi.slice(1)}${startDay > 1 ? ` (tháng tính từ ngày ${startDay} tháng trước đến ngày ${startDay - 1})` : ''}.`,
    en: `Months and years: ${name.en.charAt(0).toLowerCase()}${name.en.slice(1)}${startDay > 1 ? ` (a month runs from the ${ordinal(startDay)} of the month before to the ${ordinal(startDay - 1)})` : ''}.`,
  }),
} as const;

/** Words of the scorecard (chart 1). */
export const SCORECARD_WORDS = {
  /** A violations-detected row of the scorecard chart, by field: 'Phát hiện vi phạm về kinh tế'. */
  violationsRow: (field: string): Bilingual => ({
    vi: `Phát hiện vi phạm về ${field}`,
    en: `Violations detected: ${field}`,
  }),
  title: (year: number, met: number, judged: number): Bilingual => ({
    vi: `Chỉ tiêu phòng, chống tội phạm năm ${year}: ${met}/${judged} chỉ tiêu đạt`,
    en: `Crime-prevention targets in ${year}: ${met} of ${judged} met`,
  }),
  subtitle: (area: Bilingual): Bilingual => ({
    vi: `${area.vi}. Mỗi dòng: kết quả của năm (chấm tròn nếu đạt, dấu nhân nếu không đạt), khoảng tin cậy 95 % (vạch ngang) và mục tiêu (vạch đứng màu đen).`,
    en: `${area.en}. Each row: the year's value (a dot when met, a cross when not), its 95% interval (bar) and the target (black tick).`,
  }),
  partial: (months: number): Bilingual => ({
    vi: `* Số liệu ${months} tháng, chưa đủ năm: các thay đổi so sánh cùng kỳ (cùng ${months} tháng của năm so sánh); đánh giá tạm tính.`,
    en: `* ${months} months of data, not a whole year: changes compare the same ${months} months of the other year; verdicts are provisional.`,
  }),
  /** The area ended during the year: its year stays partial. */
  partialEnded: (months: number, ended: string): Bilingual => ({
    vi: `* Đơn vị kết thúc ngày ${ended}, chỉ có số liệu ${months} tháng: các thay đổi so sánh cùng ${months} tháng đó của năm so sánh; đánh giá tạm tính.`,
    en: `* The unit ended on ${ended}, with ${months} months of data: changes compare the same ${months} months of the other year; verdicts are provisional.`,
  }),
  /** Changes whose comparison year lies across a break of the area's series. */
  acrossBreak: (date: string): Bilingual => ({
    vi: `Chuỗi số liệu gãy ngày ${date}: các thay đổi so với năm trước mốc không so sánh được, không đánh giá.`,
    en: `The series breaks on ${date}: changes against a year before it are not comparable and are not judged.`,
  }),
  /** The verdict column of such a change. */
  acrossBreakVerdict: { vi: 'Gãy chuỗi', en: 'Series break' },
  panels: {
    proportion: { vi: 'Tỉ lệ (%)', en: 'Shares (%)' },
    relative_change: { vi: 'Mức tăng, giảm (%)', en: 'Change (%)' },
    count: { vi: 'Số vụ việc', en: 'Counts' },
  },
  verdictLegend: { vi: 'Đánh giá', en: 'Verdict' },
  description: (met: number, judged: number, noData: number): Bilingual => ({
    vi: `${met} trên ${judged} chỉ tiêu có số liệu đạt mục tiêu${noData > 0 ? `; ${noData} chỉ tiêu không có số liệu` : ''}.`,
    en: `${met} of the ${judged} targets with data are met${noData > 0 ? `; ${noData} have no data` : ''}.`,
  }),
  /** One row of the text description; `target` already reads "mục tiêu: ..." / "target: ...". */
  row: (name: string, value: string, target: string, verdict: string): Bilingual => ({
    vi: `${name}: ${value}, ${target}, ${verdict.toLowerCase()}.`,
    en: `${name}: ${value}, ${target}, ${verdict.toLowerCase()}.`,
  }),
} as const;

/** Words of the crime-against-baseline chart (chart 2). */
export const BASELINE_WORDS = {
  title: { vi: 'Số vụ phạm tội so với năm gốc 2021', en: 'Criminal cases against the 2021 baseline' },
  /** The title of an area that has no 2021 (set up later). */
  titleNoBaseline: { vi: 'Số vụ phạm tội hằng năm', en: 'Criminal cases each year' },
  /** With `expired` (the document named with its note, e.g. 'CTr KL 13 của tỉnh (hết hiệu lực từ năm 2026)') when the year is past the document's. */
  subtitle: (area: Bilingual, target: string, deadline: number, expired: Bilingual | null = null): Bilingual => ({
    vi: `${area.vi}: tổng số vụ phạm tội xảy ra mỗi năm (mọi nhóm tội). Mục tiêu${expired ? ` của ${expired.vi}, để so sánh` : ''}: giảm ${target} so với năm 2021 vào năm ${deadline}; đường nét đứt là lộ trình giảm đều mỗi năm.`,
    en: `${area.en}: criminal cases that occurred each year (all groups). Target${expired ? ` of ${expired.en}, for comparison` : ''}: ${target} below 2021 by ${deadline}; the dashed line is the path of an even yearly fall.`,
  }),
  subtitleNoTarget: (area: Bilingual): Bilingual => ({
    vi: `${area.vi}: tổng số vụ phạm tội xảy ra mỗi năm (mọi nhóm tội).`,
    en: `${area.en}: criminal cases that occurred each year (all groups).`,
  }),
  yearly: { vi: 'Cả năm', en: 'Whole years' },
  ytd: { vi: 'So với cùng kỳ', en: 'Same period last year' },
  baseline: (count: string): Bilingual => ({ vi: `Năm gốc 2021: ${count}`, en: `2021 baseline: ${count}` }),
  path: { vi: 'Lộ trình', en: 'Path' },
  targetLabel: (count: string, year: number): Bilingual => ({
    vi: `Mục tiêu ${year}: tối đa ${count} vụ`,
    en: `${year} target: at most ${count} cases`,
  }),
  change: (change: string, ci: string): Bilingual => ({
    vi: `${change} (KTC 95 %: ${ci})`,
    en: `${change} (95% CI: ${ci})`,
  }),
  description: (first: string, last: string, baseline: string): Bilingual => ({
    vi: `Số vụ phạm tội theo năm: ${first}. Năm gốc 2021: ${baseline}. ${last}`,
    en: `Criminal cases by year: ${first}. 2021 baseline: ${baseline}. ${last}`,
  }),
  ytdDescription: (current: string, previous: string, change: string): Bilingual => ({
    vi: `${current}, so với ${previous} cùng kỳ năm trước: ${change}.`,
    en: `${current}, against ${previous} in the same months a year before: ${change}.`,
  }),
  months: (first: number, last: number, year: number): Bilingual => ({
    vi: first === last ? `Tháng ${last}/${year}` : `Tháng ${first}-${last}/${year}`,
    en: first === last ? `Month ${last} ${year}` : `Months ${first}–${last} ${year}`,
  }),
  monthsOnly: (first: number, last: number): Bilingual => ({
    vi: first === last ? `Tháng ${last}` : `Tháng ${first}-${last}`,
    en: first === last ? `Month ${last}` : `Months ${first}-${last}`,
  }),
  ci: (interval: string): Bilingual => ({ vi: `KTC 95 %: ${interval}`, en: `95% CI: ${interval}` }),
} as const;

/** Words of the rate-over-time chart (chart 3). */
export const TREND_WORDS = {
  /** With `expired` (the document named with its note) when the year shown is past the target's document. */
  subtitle: (
    area: Bilingual,
    measure: Bilingual,
    target: string | null,
    expired: Bilingual | null = null,
  ): Bilingual => ({
    vi: `${area.vi}: ${measure.vi}. Dải tô: khoảng tin cậy 95 %${target ? `; đường nét đứt: mục tiêu ${target}${expired ? ` của ${expired.vi}, để so sánh` : ''}` : ''}.`,
    en: `${area.en}: ${measure.en}. Band: 95% interval${target ? `; dashed line: target ${target}${expired ? ` of ${expired.en}, for comparison` : ''}` : ''}.`,
  }),
  title: (name: Bilingual, first: number, last: number): Bilingual => ({
    vi: `${name.vi}, ${first}-${last}`,
    en: `${name.en}, ${first}–${last}`,
  }),
  description: (values: string, met: number, judged: number): Bilingual => ({
    vi: `Theo năm: ${values}. Đạt mục tiêu ${met} trên ${judged} năm có số liệu.`,
    en: `By year: ${values}. Target met in ${met} of ${judged} years with data.`,
  }),
} as const;

/** Words of the funnel plot (chart 4). */
export const FUNNEL_WORDS = {
  /** `period`: {@link CHART_WORDS.period}. */
  title: (name: Bilingual, period: Bilingual): Bilingual => ({
    vi: `${name.vi}: so sánh các địa bàn, ${period.vi}`,
    en: `${name.en}: areas compared, ${period.en}`,
  }),
  /**
   * The one line under the title: the whole area's figure, the target, and what lies outside the funnel.
   * `whole`: 'Toàn tỉnh 84,6 %'; `provisional`: the figures cover part of a year.
   */
  subtitle: (
    whole: Bilingual | null,
    target: string,
    above: number,
    below: number,
    provisional: boolean,
  ): Bilingual => {
    const areas = (count: number) => `${n(count, 'en')} ${count === 1 ? 'area' : 'areas'}`;
    const vi = [
      above > 0 ? `${n(above, 'vi')} địa bàn cao hơn mục tiêu` : '',
      below > 0 ? `${n(below, 'vi')} địa bàn thấp hơn mục tiêu` : '',
    ].filter((t) => t !== '');
    const en = [
      above > 0 ? `${areas(above)} above the target` : '',
      below > 0 ? `${areas(below)} below the target` : '',
    ].filter((t) => t !== '');
    return {
      vi: `${whole ? `${whole.vi}, mục tiêu` : 'Mục tiêu'} ${target}. ${vi.length > 0 ? `Ngoài phễu${provisional ? ' (tạm tính)' : ''}: ${vi.join(', ')}.` : 'Mọi địa bàn nằm trong phễu: khác biệt trong mức ngẫu nhiên.'}`,
      en: `${whole ? `${whole.en}, target` : 'Target'} ${target}. ${en.length > 0 ? `Outside the funnel${provisional ? ' (provisional)' : ''}: ${en.join(', ')}.` : 'Every area lies inside the funnel: differences within chance.'}`,
    };
  },
  /** How to read it, under the drawing. */
  method: (denominator: Bilingual): Bilingual => ({
    vi: `Mỗi chấm là một địa bàn: trục ngang là ${denominator.vi.toLowerCase()}, trục đứng là tỉ lệ. Phễu: giới hạn 95 % (nét liền) và 99,8 % (nét đứt) quanh mục tiêu; địa bàn ngoài phễu khác mục tiêu nhiều hơn mức do ngẫu nhiên (Spiegelhalter 2005); phễu không xếp hạng các địa bàn.`,
    en: `Each dot is an area: across, ${denominator.en.toLowerCase()}; up, the rate. Funnel: 95% (solid) and 99.8% (dashed) limits around the target; an area outside differs from the target by more than chance (Spiegelhalter 2005); the funnel ranks no one.`,
  }),
  legend: {
    above998: { vi: 'Cao hơn mục tiêu (ngoài 99,8 %)', en: 'Above target (beyond 99.8%)' },
    above95: { vi: 'Cao hơn (ngoài 95 %)', en: 'Above (beyond 95%)' },
    inside: { vi: 'Trong giới hạn', en: 'Within limits' },
    below95: { vi: 'Thấp hơn (ngoài 95 %)', en: 'Below (beyond 95%)' },
    below998: { vi: 'Thấp hơn mục tiêu (ngoài 99,8 %)', en: 'Below target (beyond 99.8%)' },
  },
  exactSteps: {
    vi: 'Với mẫu số nhỏ, giới hạn tính chính xác theo phân phối nhị thức nên có dạng bậc thang (tỉ lệ của số vụ nguyên chỉ nhận ít giá trị).',
    en: 'For small denominators the limits are exact binomial ones, hence the steps (a rate of whole cases can take only a few values).',
  },
  sameFigures: {
    vi: 'Chấm lớn có số bên trong: ngần ấy địa bàn có cùng số liệu.',
    en: 'A larger dot with a number in it: that many areas with the same figures.',
  },
  limit95: { vi: 'Giới hạn 95 %', en: '95% limits' },
  limit998: { vi: 'Giới hạn 99,8 %', en: '99.8% limits' },
  /** `widened`: the normal limits were widened by √φ (exact limits of small denominators were not). */
  overdispersed: (phi: string, widened: boolean): Bilingual => ({
    vi: `Các địa bàn chênh nhau nhiều hơn mức ngẫu nhiên (φ\u00a0=\u00a0${phi})${widened ? ': giới hạn theo phân phối chuẩn được nới rộng theo căn bậc hai của φ (giới hạn chính xác của mẫu số nhỏ giữ nguyên)' : ''}; nên tìm nguyên nhân chung trước.`,
    en: `Areas vary more than chance would make them (φ\u00a0=\u00a0${phi})${widened ? ': normal limits are widened by the square root of φ (exact limits of small denominators are not)' : ''}; look for common causes first.`,
  }),
  description: (count: number, outside95: string, outside998: string): Bilingual => ({
    vi: `${n(count, 'vi')} địa bàn. Ngoài giới hạn 95 %: ${outside95}. Ngoài giới hạn 99,8 %: ${outside998}.`,
    en: `${n(count, 'en')} areas. Outside the 95% limits: ${outside95}. Outside the 99.8% limits: ${outside998}.`,
  }),
  none: { vi: 'không có', en: 'none' },
  /** Areas outside the funnel whose names found no free place on the chart. */
  unplaced: (names: string): Bilingual => ({
    vi: `Ngoài phễu, chưa ghi được tên trên hình: ${names}.`,
    en: `Outside the funnel, not named on the chart for want of room: ${names}.`,
  }),
} as const;

/** Words of the dot plot (chart 4b). */
export const DOTS_WORDS = {
  /** `period`: {@link CHART_WORDS.period}. */
  title: (name: Bilingual, period: Bilingual): Bilingual => ({
    vi: `${name.vi} theo địa bàn, ${period.vi}`,
    en: `${name.en} by area, ${period.en}`,
  }),
  /** The one line under the title. `whole`: 'Toàn tỉnh 84,6 %'; `provisional`: the figures cover part of a year. */
  subtitle: (whole: Bilingual | null, target: string, met: number, areas: number, provisional: boolean): Bilingual => ({
    vi: `${whole ? `${whole.vi}, mục tiêu ${target}: ` : `Mục tiêu ${target}: `}${n(met, 'vi')} trên ${n(areas, 'vi')} địa bàn đạt${provisional ? ' (tạm tính)' : ''}.`,
    en: `${whole ? `${whole.en}, target ${target}: ` : `Target ${target}: `}${n(met, 'en')} of ${n(areas, 'en')} areas meet it${provisional ? ' (provisional)' : ''}.`,
  }),
  /** How to read it, under the drawing; `highFirst`: the highest rate at the top (a rate to raise). */
  method: (highFirst: boolean): Bilingual => ({
    vi: `Chấm tròn: địa bàn đạt mục tiêu; dấu nhân: không đạt; vạch ngang: khoảng tin cậy 95 %; đường dọc: mục tiêu. Xếp theo tỉ lệ, ${highFirst ? 'cao' : 'thấp'} ở trên; hai địa bàn có khoảng tin cậy chồng lên nhau thì chưa phân biệt được hơn kém.`,
    en: `Dot: the area meets the target; cross: it does not; bar: 95% interval; vertical line: target. In order of rate, ${highFirst ? 'highest' : 'lowest'} first; two areas whose intervals overlap cannot be told apart.`,
  }),
  description: (rows: string): Bilingual => ({ vi: `Theo địa bàn: ${rows}.`, en: `By area: ${rows}.` }),
} as const;

/** Words of the heat map (chart 5). */
export const HEATMAP_WORDS = {
  /** A column of a year with some months only: '2025 T7-12', '2025 M7–12'. */
  partYearColumn: (year: number, first: number, last: number): Bilingual => ({
    vi: `${year} T${first}-${last}`,
    en: `${year} M${first}–${last}`,
  }),
  /** A level of areas that ended, or began after the data start: 'Cấp huyện (đến 30/6/2025)'. */
  levelUntil: (plain: string, date: Bilingual): Bilingual => ({
    vi: `${plain} (đến ${date.vi})`,
    en: `${plain} (to ${date.en})`,
  }),
  levelFrom: (plain: string, date: Bilingual): Bilingual => ({
    vi: `${plain} (từ ${date.vi})`,
    en: `${plain} (from ${date.en})`,
  }),
  title: (name: Bilingual, first: number, last: number): Bilingual => ({
    vi: `${name.vi} theo địa bàn và năm, ${first}-${last}`,
    en: `${name.en} by area and year, ${first}–${last}`,
  }),
  subtitle: (target: string): Bilingual => ({
    vi: `Màu theo khoảng cách tới mục tiêu ${target}: xanh là tốt hơn, cam là kém hơn.`,
    en: `Colour by distance from the target of ${target}: blue is better, orange worse.`,
  }),
  /** How to read it, under the drawing. */
  method: {
    vi: 'Ô trống: không có số liệu. Dấu * : mẫu số dưới 30, tỉ lệ dao động mạnh.',
    en: 'Blank: no data. * : denominator under 30, the rate is unstable.',
  },
  /** Columns of part of a year, by label ('2025 T1-6, 2025 T7-12'). */
  partialColumns: (columns: string): Bilingual => ({
    vi: `Cột ${columns}: số liệu chưa đủ 12 tháng, so với mục tiêu năm là tạm tính.`,
    en: `Columns ${columns}: fewer than 12 months of figures; against an annual target, provisional.`,
  }),
  /** Why a unit's row stops early: it merged into another ('Huyện Lộc Hà đã nhập vào huyện Thạch Hà từ ngày 1/1/2025.'). */
  merged: (unit: Bilingual, into: Bilingual, date: Bilingual): Bilingual => ({
    vi: `${unit.vi} đã nhập vào ${nameInSentence(into.vi, 'vi')} từ ngày ${date.vi}: từ đó không còn số liệu riêng.`,
    en: `${unit.en} merged into ${into.en} on ${date.en}: no figures of its own since.`,
  }),
  level: {
    province: { vi: 'Tỉnh', en: 'Province' },
    district: { vi: 'Cấp huyện (đến 30/6/2025)', en: 'Districts (to 30 Jun 2025)' },
    commune: { vi: 'Cấp xã (từ 1/7/2025)', en: 'Communes (from 1 Jul 2025)' },
  },
  levelPlain: {
    province: { vi: 'Tỉnh', en: 'Province' },
    district: { vi: 'Cấp huyện', en: 'Districts' },
    commune: { vi: 'Cấp xã', en: 'Communes' },
  },
  legend: { vi: 'Tỉ lệ', en: 'Rate' },
  description: (areas: number, years: string, below: number, cells: number): Bilingual => ({
    vi: `${n(areas, 'vi')} địa bàn, các năm ${years}: ${n(below, 'vi')} trên ${n(cells, 'vi')} ô có số liệu chưa đạt mục tiêu.`,
    en: `${n(areas, 'en')} areas, years ${years}: ${n(below, 'en')} of ${n(cells, 'en')} cells with data fall short of the target.`,
  }),
} as const;

/** Words of the control chart (chart 6). */
export const CONTROL_WORDS = {
  title: { vi: 'Số vụ phạm tội hằng tháng: biểu đồ kiểm soát XmR', en: 'Criminal cases each month: XmR control chart' },
  /** The faint dotted lines. */
  nearLimits: {
    vi: 'Nét chấm mờ: mức "sát giới hạn", hai phần ba khoảng từ trung bình tới mỗi giới hạn.',
    en: 'Faint dotted lines: "near a limit", two thirds of the way from the mean to each limit.',
  },
  /**
   * The one line under the title: the area, the months drawn, and the signals found. `from`, `to`: the first and
   * last month drawn; `concern`, `improvement`: months flagged as either.
   */
  headline: (
    area: Bilingual,
    from: { month: number; year: number },
    to: { month: number; year: number },
    concern: number,
    improvement: number,
  ): Bilingual => {
    const vi = [
      concern > 0 ? `${n(concern, 'vi')} tháng có tín hiệu đáng lo (tăng)` : '',
      improvement > 0 ? `${n(improvement, 'vi')} tháng có tín hiệu cải thiện (giảm)` : '',
    ].filter((t) => t !== '');
    const months = (count: number) => `${n(count, 'en')} ${count === 1 ? 'month' : 'months'}`;
    const en = [
      concern > 0 ? `${months(concern)} ${concern === 1 ? 'signals' : 'signal'} concern (more cases)` : '',
      improvement > 0 ? `${months(improvement)} ${improvement === 1 ? 'signals' : 'signal'} improvement (fewer)` : '',
    ].filter((t) => t !== '');
    return {
      vi: `${area.vi}, tháng ${from.month}/${from.year} - ${to.month}/${to.year}: ${vi.length > 0 ? vi.join(', ') : 'không có tín hiệu bất thường, số vụ dao động trong giới hạn'}.`,
      en: `${area.en}, ${MONTHS_EN_SHORT[from.month - 1]} ${from.year}–${MONTHS_EN_SHORT[to.month - 1]} ${to.year}: ${en.length > 0 ? en.join(', ') : 'no unusual signal, cases vary within the limits'}.`,
    };
  },
  /**
   * How to read it, under the drawing. `afterBreak`: the day the series restarted, limits then set on the first
   * 12 months after it.
   */
  method: (baseline: number | null, afterBreak: string | null = null): Bilingual => ({
    vi: `Đường giữa: trung bình (TB); nét đứt: giới hạn kiểm soát trên, dưới (GH trên, GH dưới: trung bình ± 2,66 lần biến động bình quân giữa hai tháng liền nhau), tính từ ${afterBreak !== null ? `12 tháng đầu sau mốc gãy chuỗi ${afterBreak}` : baseline !== null ? `12 tháng năm gốc ${baseline}` : 'toàn bộ các tháng'}. Điểm đánh dấu là tín hiệu theo các quy tắc "Making Data Count" của NHS Anh.`,
    en: `Middle line: mean; dashed: control limits (mean ± 2.66 mean moving ranges), from ${afterBreak !== null ? `the first 12 months after the series break on ${afterBreak}` : baseline !== null ? `the 12 months of the ${baseline} baseline` : 'all months'}. Marked points are signals under the NHS England "Making Data Count" rules.`,
  }),
  /** Shading of the first 12 months after a break (they set the limits). */
  afterBreak: { vi: '12 tháng đầu sau mốc', en: 'First 12 months after the break' },
  /** The months before a break: drawn, not used. */
  beforeBreak: { vi: 'Trước mốc: không dùng', en: 'Before the break: not used' },
  signal: { vi: 'Tín hiệu', en: 'Signal' },
  meaning: { vi: 'Ý nghĩa', en: 'Meaning' },
  signals: {
    outside: { vi: 'Ngoài giới hạn', en: 'Outside the limits' },
    trend: { vi: '7 tháng liền tăng hoặc giảm', en: '7 in a row rising or falling' },
    two_in_three: { vi: '2 trong 3 tháng sát giới hạn', en: '2 of 3 near a limit' },
    run: { vi: '7 tháng liền một phía', en: '7 in a row on one side' },
    none: { vi: 'Không có tín hiệu', en: 'No signal' },
  },
  meanings: {
    improvement: { vi: 'Cải thiện (giảm)', en: 'Improvement (fewer)' },
    concern: { vi: 'Đáng lo (tăng)', en: 'Concern (more)' },
    common: { vi: 'Dao động thường', en: 'Common cause' },
  },
  mean: (value: string): Bilingual => ({ vi: `TB ${value}`, en: `Mean ${value}` }),
  upper: (value: string): Bilingual => ({ vi: `GH trên ${value}`, en: `Upper ${value}` }),
  lower: (value: string): Bilingual => ({ vi: `GH dưới ${value}`, en: `Lower ${value}` }),
  month: { vi: 'Tháng', en: 'Month' },
  baseline: (year: number): Bilingual => ({ vi: `Năm gốc ${year}`, en: `${year} baseline` }),
  description: (
    months: number,
    from: string,
    to: string,
    mean: string,
    lower: string,
    upper: string,
    signals: string,
  ): Bilingual => ({
    vi: `${months} tháng, từ ${from} đến ${to}. Trung bình ${mean} vụ/tháng, giới hạn kiểm soát ${lower} – ${upper}. Tín hiệu: ${signals}.`,
    en: `${months} months, ${from} to ${to}. Mean ${mean} cases a month, control limits ${lower}–${upper}. Signals: ${signals}.`,
  }),
  signalCount: (label: string, count: number): Bilingual => ({
    vi: `${label.toLowerCase()}: ${count} tháng`,
    en: `${label.toLowerCase()}: ${count} ${count === 1 ? 'month' : 'months'}`,
  }),
  noSignals: { vi: 'không có', en: 'none' },
} as const;

/** 1st, 2nd, 3rd, 4th ... 14th, 15th, 21st. */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th')}`;
}

/** Words of the mark a chart draws where an area's series breaks (rate trend, control chart). */
export const BREAK_WORDS = {
  /** The word before the last of several days: '1/1/2025 và 1/7/2025'. */
  and: { vi: ' và ', en: ' and ' } as Bilingual,
  /** The label beside the dotted line. */
  label: (date: string): Bilingual => ({ vi: `Gãy chuỗi ${date}`, en: `Series break ${date}` }),
  /** Why the series breaks, by kind of break. */
  reasons: {
    reform: { vi: 'sắp xếp đơn vị hành chính', en: 'administrative reorganisation' },
    territory: { vi: 'phạm vi địa bàn thay đổi', en: "the area's territory changed" },
    unit_count: { vi: 'mẫu số đếm bộ đơn vị mới', en: 'the denominator counts the new units' },
  },
  /** The subtitle's sentence. */
  subtitle: (dates: string, reasons: string): Bilingual => ({
    vi: `Đường chấm đứng: chuỗi số liệu gãy ngày ${dates} (${reasons}); không so sánh trực tiếp hai bên mốc, kiểm định xu hướng bắt đầu lại từ mốc.`,
    en: `Dotted vertical line: the series breaks on ${dates} (${reasons}); values either side are not compared directly, and trend tests restart there.`,
  }),
} as const;

/** Words of the violations-by-field chart (chart 7). */
export const VIOLATIONS_WORDS = {
  title: (year: number): Bilingual => ({
    vi: `Vi phạm được phát hiện theo lĩnh vực, năm ${year} so với năm trước`,
    en: `Violations detected by field, ${year} against the year before`,
  }),
  /**
   * `ytd`: the months compared when not the whole year; `endedOn`: the day the area ended, when within the year;
   * `expired`: the target's document named with its note, when the year is past it.
   */
  subtitle: (
    area: Bilingual,
    target: string,
    ytd: string | null,
    endedOn: string | null = null,
    expired: Bilingual | null = null,
  ): Bilingual => ({
    vi: `${area.vi}. Mục tiêu${expired ? ` của ${expired.vi}, để so sánh` : ''}: số vi phạm phát hiện năm sau ${target} năm trước${ytd ? `. ${endedOn ? `Đơn vị kết thúc ngày ${endedOn}` : 'Năm chưa đủ 12 tháng'} nên so sánh ${ytd} với cùng kỳ năm trước` : ''}. Trong ngoặc: khoảng tin cậy 95 % của mức thay đổi.`,
    en: `${area.en}. Target${expired ? ` of ${expired.en}, for comparison` : ''}: detections ${target} the year before${ytd ? `. ${endedOn ? `The unit ended on ${endedOn}` : 'The year is not complete'}, so ${ytd} are compared with the same months a year before` : ''}. In brackets: 95% interval of the change.`,
  }),
  change: { vi: 'Thay đổi', en: 'Change' },
  changeHeader: (target: string): Bilingual => ({
    vi: `Thay đổi (mục tiêu: ${target})`,
    en: `Change (target: ${target})`,
  }),
  description: (rows: string): Bilingual => ({ vi: `Theo lĩnh vực: ${rows}.`, en: `By field: ${rows}.` }),
  row: (field: string, current: string, previous: string, change: string, verdict: string): Bilingual => ({
    vi: `${field} ${current} so với ${previous} (${change}, ${verdict.toLowerCase()})`,
    en: `${field} ${current} against ${previous} (${change}, ${verdict.toLowerCase()})`,
  }),
  targetWords: { vi: 'cao hơn', en: 'above' },
} as const;

/** Words of the cybercrime chart (chart 9): a count watched each year, with no target. */
export const CYBER_TREND_WORDS = {
  title: (first: number, last: number): Bilingual => ({
    vi: `Tội phạm sử dụng công nghệ cao: số vụ hằng năm, ${first}-${last}`,
    en: `Cybercrime cases each year, ${first}–${last}`,
  }),
  subtitle: (area: Bilingual): Bilingual => ({
    vi: `${area.vi}: số vụ phạm tội sử dụng công nghệ cao, trên không gian mạng xảy ra mỗi năm; theo dõi, không có chỉ tiêu.`,
    en: `${area.en}: cybercrime cases that occurred each year; watched, with no target.`,
  }),
  /** The year is not over: its months against the same months of the year before. `change`: '+84,6 %'. */
  partial: (months: string, current: string, previous: string, change: string): Bilingual => ({
    vi: `${months}: ${current} vụ, so với ${previous} vụ cùng kỳ năm trước (${change}, tạm tính).`,
    en: `${months}: ${current} cases against ${previous} in the same months a year before (${change}, provisional).`,
  }),
  /** The point of a year that is not over: its count and the word saying it is provisional. */
  provisional: (count: string): Bilingual => ({ vi: `${count} (tạm tính)`, en: `${count} (provisional)` }),
  wholeYears: { vi: 'Cả năm', en: 'Whole years' },
  partialYear: (months: number): Bilingual => ({
    vi: `Năm chưa đủ 12 tháng (${months} tháng)`,
    en: `Year not complete (${months} months)`,
  }),
  /**
   * How to read it, under the drawing. `partial`: some year has fewer than 12 months (hollow dot); `panel`: the
   * year in progress is compared with the same months of the year before, beside.
   */
  method: (partial: boolean, panel: boolean): Bilingual => ({
    vi: `Dải tô: khoảng tin cậy 95 % của số vụ (chính xác theo phân phối Poisson, Garwood), mức dao động do ngẫu nhiên.${partial ? ` Chấm rỗng: năm chưa đủ 12 tháng (năm đang diễn ra, hoặc địa bàn chỉ có một phần năm), không so với các năm đủ${panel ? '; năm đang diễn ra so với cùng kỳ năm trước ở khung bên phải (khoảng tin cậy của mức thay đổi theo tỉ số hai số đếm Poisson)' : ''}.` : ''}`,
    en: `Band: 95% interval of the count (exact Poisson, Garwood), the play of chance.${partial ? ` Hollow dot: a year of fewer than 12 months (the year in progress, or an area that existed for part of it), not compared with whole years${panel ? '; the year in progress is compared with the same months a year before, right (the interval of the change from the ratio of two Poisson counts)' : ''}.` : ''}`,
  }),
  description: (years: string, partial: string): Bilingual => ({
    vi: `Số vụ theo năm: ${years}.${partial ? ` ${partial}` : ''}`,
    en: `Cases by year: ${years}.${partial ? ` ${partial}` : ''}`,
  }),
} as const;

/**
 * Words of the drug-free path chart (chart 10). The path between the milestones is the toolkit's straight
 * line, not the documents' words, and the chart says so.
 */
export const DRUG_FREE_PATH_WORDS = {
  title: (first: number, last: number): Bilingual => ({
    vi: `Xã, phường "không ma túy": lộ trình đến năm ${last} (${first}-${last})`,
    en: `Drug-free communes and wards: the path to ${last} (${first}–${last})`,
  }),
  subtitle: (area: Bilingual, from: string, fromYear: number, to: string, toYear: number): Bilingual => ({
    vi: `${area.vi}: tỉ lệ xã, phường được công nhận "không ma túy" mỗi năm, so với lộ trình từ ${from} (${fromYear}) lên ${to} (${toYear}).`,
    en: `${area.en}: share of communes and wards recognised drug-free each year, against the path from ${from} (${fromYear}) to ${to} (${toYear}).`,
  }),
  /** The path's legend entry. */
  path: { vi: 'Lộ trình (đường thẳng nội suy)', en: 'Path (straight line between milestones)' },
  milestone: (value: string, year: number): Bilingual => ({ vi: `${value} (${year})`, en: `${value} (${year})` }),
  /** How to read it, and whose reading the path is. `documents`: the target set's short title. */
  method: (documents: string, from: string, fromYear: number, to: string, toYear: number): Bilingual => ({
    vi: `Dải tô: khoảng tin cậy 95 % (Wilson). Nét đứt: lộ trình là cách đọc của bộ công cụ theo ${documents}: mốc ${from} năm ${fromYear} (theo kế hoạch của các tỉnh) và ${to} năm ${toYear}, các năm giữa nối bằng đường thẳng; văn bản không ghi mốc từng năm. Mỗi năm được so với mốc của năm đó.`,
    en: `Band: 95% interval (Wilson). Dashed: the path is the toolkit's reading of the ${documents}: ${from} in ${fromYear} (as provincial plans quote it) and ${to} in ${toYear}, the years between joined by a straight line; the documents set no yearly milestones. Each year is judged against its own point of the path.`,
  }),
  /** A year before the path begins: no verdict. */
  beforePath: { vi: 'Trước lộ trình', en: 'Before the path' },
  description: (values: string, met: number, judged: number): Bilingual => ({
    vi: `Theo năm: ${values}. Đạt lộ trình ${met} trên ${judged} năm có mốc.`,
    en: `By year: ${values}. On the path in ${met} of ${judged} years with a milestone.`,
  }),
} as const;

/** Why a chart is not drawn. */
export const SKIP_REASONS = {
  noSubareas: (area: Bilingual, year: number): Bilingual => ({
    vi: `${area.vi} không có địa bàn cấp dưới trong năm ${year}`,
    en: `${area.en} has no areas below it in ${year}`,
  }),
  noTarget: { vi: 'chỉ tiêu không có mục tiêu là một tỉ lệ', en: 'the indicator has no target that is a share' },
  noData: { vi: 'không có số liệu', en: 'no data' },
  noMonthly: { vi: 'không có đủ 12 tháng số liệu theo tháng', en: 'fewer than 12 months of monthly figures' },
  acrossBreak: (date: string, year: number): Bilingual => ({
    vi: `chuỗi số liệu gãy ngày ${date}: năm ${year} không so sánh được với năm trước trên cùng địa bàn`,
    en: `the series breaks on ${date}: ${year} cannot be compared with the year before on the same territory`,
  }),
  /** No case of the group in any year shown: the data may not record it. */
  noCases: (group: Bilingual, first: number, last: number): Bilingual => ({
    vi: `không có vụ nào thuộc nhóm ${group.vi} trong các năm ${first}-${last} (số liệu có ghi nhóm này không?)`,
    en: `no case of ${group.en} in ${first}–${last} (do the data record this group?)`,
  }),
  /** An optional table the folder does not have, or with no row for the years shown. */
  noTable: (file: string): Bilingual => ({
    vi: `không có số liệu trong ${file} (bảng không bắt buộc)`,
    en: `no figures in ${file} (an optional table)`,
  }),
  /** The target set has no path target for the indicator. */
  noPath: { vi: 'bộ chỉ tiêu không có lộ trình cho chỉ tiêu này', en: 'the target set has no path for this indicator' },
  breakTooRecent: (date: string, months: number): Bilingual => ({
    vi: `chuỗi số liệu gãy ngày ${date}; sau mốc mới có ${months} tháng, chưa đủ 12 tháng để tính giới hạn kiểm soát`,
    en: `the series breaks on ${date}; only ${months} months since, fewer than the 12 that set control limits`,
  }),
} as const;

/** Help and messages of `chitieu charts`. */
export const CHARTS_CLI = {
  help: {
    vi: `Cách dùng: chitieu charts --data THƯ_MỤC --year NĂM --out THƯ_MỤC [--area MÃ] [--lang vi|en] [--format svg,png,vl] [--targets TỆP]

Xuất bộ biểu đồ của năm NĂM cho địa bàn MÃ (mặc định: cả tỉnh). Mỗi biểu đồ ghi:
  TÊN.svg          SVG (chữ dùng phông Noto Sans)
  TÊN.png          PNG cho màn hình (gấp đôi kích thước SVG)
  TÊN.print.png    PNG để in: rộng 16 cm ở 300 dpi
  TÊN.vl.json      đặc tả Vega-Lite (mở được trong Vega Editor), với biểu đồ vẽ bằng Vega-Lite
  TÊN.json         tiêu đề và mô tả bằng lời cho người không xem được biểu đồ
  --format   Định dạng, cách nhau bởi dấu phẩy (mặc định: svg,png,vl)
  --targets  Bộ chỉ tiêu: in-force (mặc định: văn bản còn hiệu lực từng năm), programme-2021-2025,
             national, directive-2025, qd-1944-2021, hoặc đường dẫn tệp JSON
Chạy lại trên cùng số liệu cho ra các tệp giống hệt từng byte.`,
    en: `Usage: chitieu charts --data DIR --year YEAR --out DIR [--area CODE] [--lang vi|en] [--format svg,png,vl] [--targets FILE]

Exports the chart set of YEAR for area CODE (default: the province). Each chart is written as:
  NAME.svg          SVG (text in Noto Sans)
  NAME.png          PNG for screens (twice the SVG's size)
  NAME.print.png    PNG for print: 16 cm wide at 300 dpi
  NAME.vl.json      Vega-Lite spec (opens in the Vega Editor), for charts drawn with Vega-Lite
  NAME.json         title and text description for readers who cannot see the chart
  --format   Formats, comma-separated (default: svg,png,vl)
  --targets  Target set: in-force (default: the documents in force each year), programme-2021-2025,
             national, directive-2025, qd-1944-2021, or a JSON file
Re-running on the same data writes byte-identical files.`,
  } satisfies Bilingual,
  /** `guess`: the closest format, when the one typed looks like a typo of it. */
  badFormat: (value: string, guess: string | null = null): Bilingual => ({
    vi: `Định dạng không có: --format ${value}.${guess === null ? '' : ` Có phải ý bạn là ${guess}?`} Các định dạng: svg, png, vl.`,
    en: `Unknown format: --format ${value}.${guess === null ? '' : ` Did you mean ${guess}?`} The formats: svg, png, vl.`,
  }),
  written: (count: number, dir: string): Bilingual => ({
    vi: `Đã ghi ${n(count, 'vi')} tệp vào ${dir}`,
    en: `Wrote ${n(count, 'en')} files to ${dir}`,
  }),
  skipped: (name: string, reason: string): Bilingual => ({
    vi: `Bỏ qua ${name}: ${reason}`,
    en: `Skipped ${name}: ${reason}`,
  }),
} as const;
