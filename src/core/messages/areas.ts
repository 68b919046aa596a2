/**
 * Every word of `core/areas` a reader sees, in Vietnamese and English: how an area's figure was made across
 * the 2025 reform (direct, gathered from the new units, spread by the crosswalk weights), the breaks of a
 * series, the share of safe communes on each basis, and the problems of a crosswalk. Sentences are templates
 * that take figures and dates already printed by `core/format` in the reader's language.
 */
import { formatCount } from '../format/count.ts';
import type { AreaLevel } from '../types.ts';
import type { Bilingual, Lang } from './lang.ts';

/** A count as the reader's language prints it: 1.234, 1,234. */
const n = (count: number, lang: Lang): string => formatCount(count, { lang });

/** How a point of an area series was made (see `areaSeries`). */
export type AreaSeriesBasis = 'direct' | 'spread_estimate' | 'gathered' | 'partial_year_direct';

/** Which tree of areas a figure used. */
export type AreaTreeUsed = 'before_reform' | 'after_reform' | 'both';

/** Names of the bases, for tables and notes. */
export const AREA_BASIS_NAMES: Readonly<Record<AreaSeriesBasis, Bilingual>> = Object.freeze({
  direct: { vi: 'số liệu trực tiếp', en: 'direct figures' },
  partial_year_direct: { vi: 'số liệu trực tiếp, không đủ cả năm', en: 'direct figures for part of the year' },
  gathered: { vi: 'cộng từ các đơn vị mới nằm trọn trong đơn vị', en: 'gathered from the new units lying within it' },
  spread_estimate: {
    vi: 'ước tính, phân bổ theo trọng số chuyển đổi',
    en: 'estimate, spread by the crosswalk weights',
  },
});

/** Names of the trees. */
export const AREA_TREE_NAMES: Readonly<Record<AreaTreeUsed, Bilingual>> = Object.freeze({
  before_reform: { vi: 'cây đơn vị hành chính trước sắp xếp', en: 'the tree of units before the reform' },
  after_reform: { vi: 'cây đơn vị hành chính sau sắp xếp', en: 'the tree of units after the reform' },
  both: {
    vi: 'cả hai cây đơn vị hành chính, trước và sau sắp xếp',
    en: 'both trees of units, before and after the reform',
  },
});

/** Words for the levels of `areas.csv`, as a unit is introduced in a sentence. */
export const AREA_LEVEL_WORDS: Readonly<Record<AreaLevel, Bilingual>> = Object.freeze({
  province: { vi: 'cấp tỉnh', en: 'province' },
  district: { vi: 'đơn vị cấp huyện', en: 'district-level unit' },
  commune: { vi: 'đơn vị cấp xã', en: 'commune-level unit' },
});

/** The words of administrative levels that open an official Vietnamese name ("Tỉnh Hà Tĩnh", "Thị xã Kỳ Anh"). */
const LEVEL_WORDS_VI = ['Thành phố', 'Thị xã', 'Thị trấn', 'Đặc khu', 'Tỉnh', 'Huyện', 'Quận', 'Phường', 'Xã'] as const;

/**
 * An official name as running text writes it after the start of a sentence: the level word in lower case,
 * the proper name as it is ("tỉnh Hà Tĩnh", "huyện Thạch Hà", "thành phố Hà Tĩnh"). Tables and headings
 * keep the official name ("Tỉnh Hà Tĩnh"); so does English ("Ha Tinh Province"), and so does a name that
 * does not open with a level word ("Tỉnh ủy" is not one: no proper name follows).
 *
 * @example
 * nameInSentence('Tỉnh Hà Tĩnh', 'vi'); // => 'tỉnh Hà Tĩnh'
 * nameInSentence('Thành phố Hà Tĩnh', 'vi'); // => 'thành phố Hà Tĩnh'
 * nameInSentence('Ha Tinh Province', 'en'); // => 'Ha Tinh Province'
 */
export function nameInSentence(name: string, lang: Lang): string {
  if (lang !== 'vi') return name;
  const level = LEVEL_WORDS_VI.find((w) => name.startsWith(`${w} `) && /^\p{Lu}/u.test(name.slice(w.length + 1)));
  return level === undefined ? name : `${level.toLocaleLowerCase('vi')}${name.slice(level.length)}`;
}

/**
 * Months of a statistical year for a reader: 'cả năm' / 'the whole year' for all twelve, else runs of months
 * ('tháng 1–6', 'months 1–3, 7').
 *
 * @example
 * monthsText([1, 2, 3, 4, 5, 6], 'vi'); // => 'tháng 1–6'
 * monthsText([7], 'en'); // => 'month 7'
 * monthsText([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 'en'); // => 'the whole year'
 */
export function monthsText(months: readonly number[], lang: Lang): string {
  if (months.length === 12) return lang === 'vi' ? 'cả năm' : 'the whole year';
  const runs: string[] = [];
  let i = 0;
  while (i < months.length) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === (months[j] as number) + 1) j++;
    runs.push(i === j ? String(months[i]) : `${months[i]}–${months[j]}`);
    i = j + 1;
  }
  const one = months.length === 1;
  return lang === 'vi' ? `tháng ${runs.join(', ')}` : `${one ? 'month' : 'months'} ${runs.join(', ')}`;
}

/** The sentences of an area series (`areaSeries`) and of `describeAreaBasis`. */
export const AREA_SERIES_TEXT = Object.freeze({
  /** A unit in a sentence: '436 thành phố Hà Tĩnh' (the name as `nameInSentence` writes it). */
  unit: (code: string, name: string): string => `${code} ${name}`,
  /** A unit's figure from its own rows. */
  direct: (months: string, unit: string, tree: string): Bilingual => ({
    vi: `${months}: số liệu của chính ${unit} (${tree})`,
    en: `${months}: ${unit}'s own rows (${tree})`,
  }),
  /** A unit's figure from the rows of the units under it (the province). */
  directTotal: (months: string, unit: string, tree: string): Bilingual => ({
    vi: `${months}: cộng số của các đơn vị thuộc ${unit} (${tree})`,
    en: `${months}: the sum of the units under ${unit} (${tree})`,
  }),
  /** An abolished unit's figure gathered from the new units within it. */
  gathered: (months: string, units: string[], tree: string): Bilingual => ({
    vi: `${months}: cộng số của ${units.length} đơn vị mới nằm trọn trong đơn vị (${units.join('; ')}) (${tree})`,
    en: `${months}: the sum of the ${units.length} new ${units.length === 1 ? 'unit' : 'units'} lying wholly within it (${units.join('; ')}) (${tree})`,
  }),
  /** One source of a spread estimate: '32,02 % của 436 Thành phố Hà Tĩnh'. */
  share: (percent: string, unit: string): Bilingual => ({ vi: `${percent} của ${unit}`, en: `${percent} of ${unit}` }),
  /** A new unit's figure estimated from the old units' rows. */
  spread: (months: string, shares: string[], tree: string): Bilingual => ({
    vi: `${months}: ước tính, phân bổ số của đơn vị cũ theo trọng số của bảng chuyển đổi (${shares.join('; ')}) (${tree})`,
    en: `${months}: an estimate, the old units' figures spread by the crosswalk weights (${shares.join('; ')}) (${tree})`,
  }),
  /** Months with no figure: a successor holds more than the unit. */
  notWithin: (months: string, units: string[]): Bilingual => ({
    vi: `${months}: không có số liệu, vì ${units.join('; ')} không nằm trọn trong đơn vị này nên không tách được phần của đơn vị`,
    en: `${months}: no figure, since ${units.join('; ')} ${units.length === 1 ? 'does' : 'do'} not lie wholly within this unit, so its share cannot be separated`,
  }),
  /** Months with no figure: the unit had been merged into one that went on (`mergedInto`). */
  mergedAway: (months: string, unit: string, date: string): Bilingual => ({
    vi: `${months}: không có số liệu riêng, vì đơn vị đã nhập vào ${unit} từ ngày ${date}`,
    en: `${months}: no figure of its own, since the unit was merged into ${unit} on ${date}`,
  }),
  /** Months with no figure: the unit ended with no successor in the crosswalk. */
  noSuccessor: (months: string): Bilingual => ({
    vi: `${months}: không có số liệu, vì đơn vị đã kết thúc và bảng chuyển đổi không ghi đơn vị kế thừa`,
    en: `${months}: no figure, since the unit had ended and the crosswalk names no successor`,
  }),
  /** Months with no figure: the unit had not begun and has no predecessor. */
  noPredecessor: (months: string): Bilingual => ({
    vi: `${months}: không có số liệu, vì đơn vị chưa thành lập và bảng chuyển đổi không ghi đơn vị tiền thân`,
    en: `${months}: no figure, since the unit had not yet been set up and the crosswalk names no predecessor`,
  }),
  /** The head of a point's note. */
  point: (year: number, basis: string, tree: string, parts: string[]): Bilingual => ({
    vi: `Năm ${year} (${basis}; ${tree}): ${parts.join('; ')}.`,
    en: `${year} (${basis}; ${tree}): ${parts.join('; ')}.`,
  }),
  /** A point with no figure at all. */
  noFigure: (year: number, parts: string[]): Bilingual => ({
    vi: `Năm ${year}: ${parts.join('; ')}.`,
    en: `${year}: ${parts.join('; ')}.`,
  }),
  /** A year for which the table has no row. */
  noRows: (year: number, table: string): Bilingual => ({
    vi: `Năm ${year}: bảng ${table} không có dòng nào của năm này.`,
    en: `${year}: ${table} has no row for this year.`,
  }),
  /** A figure covering part of the year. */
  partYear: (months: string): Bilingual => ({
    vi: `Chỉ gồm ${months}: không so sánh trực tiếp với số cả năm.`,
    en: `Covers ${months} only: not directly comparable with a whole year.`,
  }),
  /** The comparison year of a change. */
  comparison: (year: number, basis: string, tree: string, parts: string[]): Bilingual => ({
    vi: `So với năm ${year} (${basis}; ${tree}): ${parts.join('; ')}.`,
    en: `Against ${year} (${basis}; ${tree}): ${parts.join('; ')}.`,
  }),
  /** A break of the tree. */
  reformBreak: (date: string, ended: number, started: number): Bilingual => ({
    vi:
      `Từ ngày ${date}, ${n(ended, 'vi')} đơn vị kết thúc và ${n(started, 'vi')} đơn vị mới bắt đầu: chuỗi số liệu của địa bàn gãy tại mốc này; ` +
      'kiểm định xu hướng và biểu đồ kiểm soát bắt đầu lại từ mốc này, không tính qua mốc.',
    en:
      `From ${date}, ${n(ended, 'en')} units ended and ${n(started, 'en')} new units began: the area's series breaks here; ` +
      'trend tests and control charts restart at this date and never run across it.',
  }),
  /** A unit that absorbed another. */
  absorbed: (date: string, unit: string): Bilingual => ({
    vi: `Từ ngày ${date}, ${unit} nhập vào đơn vị: phạm vi của đơn vị thay đổi, chuỗi số liệu gãy tại mốc này.`,
    en: `From ${date}, ${unit} was merged into the unit: its territory changed, so its series breaks here.`,
  }),
  /** A unit merged into another that went on. */
  mergedInto: (date: string, unit: string): Bilingual => ({
    vi: `Từ ngày ${date}, đơn vị nhập vào ${unit}: chuỗi số liệu của đơn vị dừng tại mốc này.`,
    en: `From ${date}, the unit was merged into ${unit}: its series stops here.`,
  }),
  /** A unit from outside merged into a unit within the area. */
  partMovedIn: (date: string, unit: string, into: string): Bilingual => ({
    vi: `Từ ngày ${date}, ${unit} nhập vào ${into} (thuộc địa bàn): phạm vi địa bàn thay đổi, chuỗi số liệu gãy tại mốc này.`,
    en: `From ${date}, ${unit} was merged into ${into}, within the area: the area's territory changed, so its series breaks here.`,
  }),
  /** A unit within the area merged into a unit outside it. */
  partMovedOut: (date: string, unit: string, into: string): Bilingual => ({
    vi: `Từ ngày ${date}, ${unit} (thuộc địa bàn) nhập vào ${into} ngoài địa bàn: phạm vi địa bàn thay đổi, chuỗi số liệu gãy tại mốc này.`,
    en: `From ${date}, ${unit}, within the area, was merged into ${into}, outside it: the area's territory changed, so its series breaks here.`,
  }),
  /** A unit that ended at a break of the tree. */
  endedAtReform: (date: string): Bilingual => ({
    vi: `Từ ngày ${date}, khi sắp xếp đơn vị hành chính, đơn vị kết thúc: chuỗi số liệu của đơn vị dừng tại mốc này.`,
    en: `From ${date}, at the administrative reorganisation, the unit ended: its series stops here.`,
  }),
  /** A unit set up at a break of the tree. */
  beganAtReform: (date: string): Bilingual => ({
    vi: `Đơn vị được thành lập từ ngày ${date} khi sắp xếp đơn vị hành chính: chuỗi số liệu bắt đầu tại mốc này.`,
    en: `The unit was set up on ${date}, at the administrative reorganisation: its series starts here.`,
  }),
  /** A unit set up on a day that is not a break of the tree. */
  began: (date: string): Bilingual => ({
    vi: `Đơn vị được thành lập từ ngày ${date}: chuỗi số liệu bắt đầu tại mốc này.`,
    en: `The unit was set up on ${date}: its series starts here.`,
  }),
  /** A unit that ended on a day that is not a break of the tree. */
  ended: (date: string): Bilingual => ({
    vi: `Đơn vị kết thúc trước ngày ${date}: chuỗi số liệu dừng tại mốc này.`,
    en: `The unit ended before ${date}: its series stops here.`,
  }),
  /** A share whose denominator counts commune-level units (safe communes). */
  unitCount: {
    vi:
      'Mẫu số đếm đơn vị cấp xã: trước sắp xếp là các xã, phường, thị trấn cũ, sau sắp xếp là các đơn vị mới, lớn hơn; ' +
      'tỉ lệ hai bên mốc sắp xếp đo trên hai bộ đơn vị khác nhau, không so sánh trực tiếp.',
    en:
      'The denominator counts commune-level units: the old communes before the reform, the new, larger units after it; ' +
      'shares on either side of the reform are taken over different sets of units and are not compared directly.',
  } satisfies Bilingual,
  /** The province's break for a share of commune-level units. */
  unitCountBreak: (date: string, _ended: number, started: number): Bilingual => ({
    vi:
      `Từ ngày ${date}, các xã, phường được sắp xếp lại thành ${n(started, 'vi')} đơn vị mới: mẫu số của tỉ lệ đổi, nên chuỗi số liệu toàn tỉnh cũng gãy tại mốc này; ` +
      'kiểm định xu hướng và biểu đồ kiểm soát bắt đầu lại từ mốc này.',
    en:
      `From ${date}, the communes and wards were reorganised into ${n(started, 'en')} new units: the share's denominator changes, so even the province's series breaks here; ` +
      'trend tests and control charts restart at this date.',
  }),
  /** The province: no break. */
  province: {
    vi: 'Địa giới của tỉnh không đổi: số liệu toàn tỉnh so sánh được qua các năm; mỗi kỳ cộng các dòng của cây đơn vị của kỳ đó.',
    en: "The province's boundary did not change: its totals compare across the years; each period sums the rows of that period's tree.",
  } satisfies Bilingual,
  /** A unit's life, for the opening of a description. */
  lifeEnded: (to: string): Bilingual => ({ vi: `tồn tại đến ngày ${to}`, en: `existed until ${to}` }),
  lifeBegan: (from: string): Bilingual => ({ vi: `thành lập từ ngày ${from}`, en: `set up on ${from}` }),
  lifeBoth: (from: string, to: string): Bilingual => ({
    vi: `tồn tại từ ngày ${from} đến ngày ${to}`,
    en: `existed from ${from} to ${to}`,
  }),
  lifeThroughout: { vi: 'tồn tại suốt kỳ số liệu', en: 'existed throughout the data' } satisfies Bilingual,
  /** The opening of `describeAreaBasis`. */
  describe: (unit: string, level: string, life: string, rest: string): Bilingual => ({
    vi: `Mã ${unit} (${level}, ${life}). ${rest}`,
    en: `Code ${unit} (${level}, ${life}). ${rest}`,
  }),
});

/** The sentences of `safeCommunesAcrossReform`. */
export const SAFE_COMMUNES_TEXT = Object.freeze({
  /** One basis's figure: 'năm 2024: 184/216 (85,19 %; bình quân theo dân số 85,02 %)'. */
  figure: (year: number, ratio: string, percent: string, populationWeighted: string | null): Bilingual => ({
    vi: `năm ${year}: ${ratio} (${percent}${populationWeighted === null ? '' : `; bình quân theo dân số ${populationWeighted}`})`,
    en: `${year}: ${ratio} (${percent}${populationWeighted === null ? '' : `; population-weighted ${populationWeighted}`})`,
  }),
  single: (figure: string, denominator: string): Bilingual => ({
    vi: `Tỉ lệ ${figure}, tính trên ${denominator} xã, phường, thị trấn thuộc diện đánh giá.`,
    en: `The share, ${figure}, out of ${denominator} communes, wards and towns in scope.`,
  }),
  before: (figure: string, denominator: string): Bilingual => ({
    vi: `Trước sắp xếp, ${figure}, tính trên ${denominator} xã, phường, thị trấn thuộc diện đánh giá.`,
    en: `Before the reform, ${figure}, out of ${denominator} communes, wards and towns in scope.`,
  }),
  after: (figure: string, denominator: string, date: string): Bilingual => ({
    vi: `Sau sắp xếp (từ ngày ${date}), ${figure}, tính trên ${denominator} xã, phường mới thuộc diện đánh giá.`,
    en: `After the reform (from ${date}), ${figure}, out of ${denominator} new communes and wards in scope.`,
  }),
  change: (from: string, to: string): Bilingual => ({
    vi:
      `Mẫu số đổi từ ${from} xuống ${to} đơn vị: hai tỉ lệ đo trên hai bộ đơn vị khác nhau nên không so sánh trực tiếp; ` +
      'đơn vị mới lớn hơn nên khó đạt tiêu chí "không có vụ việc" hơn. Không đánh giá xu hướng qua mốc sắp xếp.',
    en:
      `The denominator changes from ${from} to ${to} units: the two shares are taken over different sets of units, so they are not compared directly; ` +
      'larger units meet the "no incident" criteria less easily. No trend is read across the reform.',
  }),
  notYet: (date: string, started: number): Bilingual => ({
    vi: `Từ ngày ${date}, cấp xã được sắp xếp lại thành ${n(started, 'vi')} đơn vị: tỉ lệ của các năm sau tính trên mẫu số khác, không so sánh trực tiếp với năm này.`,
    en: `From ${date}, the commune level was reorganised into ${n(started, 'en')} units: later years' shares have another denominator and do not compare directly with this year.`,
  }),
  noBefore: {
    vi: 'Không có số liệu trên cơ sở đơn vị cũ.',
    en: 'No figure on the basis of the old units.',
  } satisfies Bilingual,
  noReform: {
    vi: 'areas.csv không ghi đợt sắp xếp đơn vị nào: một cơ sở duy nhất.',
    en: 'areas.csv records no reorganisation of units: a single basis.',
  } satisfies Bilingual,
  none: (year: number): Bilingual => ({
    vi: `Không có số liệu xã an toàn về ANTT đến năm ${year}.`,
    en: `No figures on safe communes up to ${year}.`,
  }),
});

/** One problem of a crosswalk. */
export interface CrosswalkProblem {
  kind:
    | 'weight_range'
    | 'self'
    | 'duplicate'
    | 'weights_sum'
    | 'cycle'
    | 'unknown_area'
    | 'from_not_ended'
    | 'successor_not_valid';
  /** The codes concerned. */
  codes: string[];
  text: Bilingual;
}

/** The problems `crosswalkFrom` refuses, one template per kind. */
export const CROSSWALK_ISSUES = Object.freeze({
  weightRange: (from: string, to: string, weight: number): CrosswalkProblem => ({
    kind: 'weight_range',
    codes: [from, to],
    text: {
      vi: `Trọng số ${from} → ${to} phải là số từ 0 đến 1 (nhận được ${String(weight)})`,
      en: `The weight ${from} → ${to} must be a number from 0 to 1 (got ${String(weight)})`,
    },
  }),
  self: (code: string): CrosswalkProblem => ({
    kind: 'self',
    codes: [code],
    text: { vi: `Đơn vị ${code} chuyển sang chính nó`, en: `Unit ${code} is crosswalked to itself` },
  }),
  duplicate: (from: string, to: string): CrosswalkProblem => ({
    kind: 'duplicate',
    codes: [from, to],
    text: { vi: `Cặp ${from} → ${to} xuất hiện hai lần`, en: `The pair ${from} → ${to} appears twice` },
  }),
  weightsSum: (from: string, sum: number): CrosswalkProblem => ({
    kind: 'weights_sum',
    codes: [from],
    text: {
      vi: `Tổng trọng số của ${from} phải bằng 1 (nhận được ${String(sum)})`,
      en: `The weights of ${from} must sum to 1 (they sum to ${String(sum)})`,
    },
  }),
  cycle: (codes: string[]): CrosswalkProblem => ({
    kind: 'cycle',
    codes,
    text: {
      vi: `Bảng chuyển đổi có vòng: ${codes.join(' → ')}`,
      en: `The crosswalk has a cycle: ${codes.join(' → ')}`,
    },
  }),
  unknownArea: (code: string): CrosswalkProblem => ({
    kind: 'unknown_area',
    codes: [code],
    text: { vi: `Mã ${code} không có trong areas.csv`, en: `Code ${code} is not in areas.csv` },
  }),
  fromNotEnded: (code: string): CrosswalkProblem => ({
    kind: 'from_not_ended',
    codes: [code],
    text: {
      vi: `Đơn vị ${code} có trong cột from_code nhưng chưa có ngày kết thúc (valid_to) trong areas.csv`,
      en: `Unit ${code} is a from_code but has no end date (valid_to) in areas.csv`,
    },
  }),
  successorNotValid: (from: string, to: string, day: string): CrosswalkProblem => ({
    kind: 'successor_not_valid',
    codes: [from, to],
    text: {
      vi: `Đơn vị kế thừa ${to} của ${from} không tồn tại vào ngày ${day}, ngày sau khi ${from} kết thúc`,
      en: `Successor ${to} of ${from} does not exist on ${day}, the day after ${from} ended`,
    },
  }),
});

/** An `Error` refusing a crosswalk, with every problem found; `message` is the English list. */
export class CrosswalkError extends Error {
  readonly problems: readonly CrosswalkProblem[];
  /** The message in both languages. */
  readonly text: Bilingual;

  /**
   * @example
   * new CrosswalkError([CROSSWALK_ISSUES.self('436')]).text.en; // => 'The crosswalk is refused: Unit 436 is crosswalked to itself'
   */
  constructor(problems: readonly CrosswalkProblem[]) {
    const text = {
      vi: `Bảng chuyển đổi bị từ chối: ${problems.map((p) => p.text.vi).join('; ')}`,
      en: `The crosswalk is refused: ${problems.map((p) => p.text.en).join('; ')}`,
    };
    super(text.en);
    this.name = 'CrosswalkError';
    this.problems = problems;
    this.text = text;
  }
}

/** Messages for bad arguments to the area functions. */
export const AREA_ISSUES = Object.freeze({
  badDate: (value: string): Bilingual => ({
    vi: `Ngày phải có dạng YYYY-MM-DD và có thật (nhận được '${value}')`,
    en: `The date must be an existing YYYY-MM-DD date (got '${value}')`,
  }),
  rootsOnDate: (count: number, day: string): Bilingual => ({
    vi: `Ngày ${day} có ${n(count, 'vi')} đơn vị gốc (cấp tỉnh) còn hiệu lực; phải có đúng một`,
    en: `${n(count, 'en')} root areas (province) are valid on ${day}; there must be exactly one`,
  }),
  parentNotValid: (code: string, parent: string, day: string): Bilingual => ({
    vi: `Đơn vị ${code} còn hiệu lực ngày ${day} nhưng đơn vị cấp trên ${parent} thì không`,
    en: `Area ${code} is valid on ${day} but its parent ${parent} is not`,
  }),
  duplicateFigure: (code: string, period: string): Bilingual => ({
    vi: `Đơn vị ${code} có hai số liệu cho kỳ ${period}`,
    en: `Area ${code} has two figures for period ${period}`,
  }),
  unknownArea: (code: string): Bilingual => ({
    vi: `Mã địa bàn "${code}" không có trong areas.csv`,
    en: `Unknown area code "${code}"`,
  }),
});

/** A `RangeError` that carries its message in both languages; `message` is the English one. */
export class AreaArgumentError extends RangeError {
  /** The message in both languages. */
  readonly text: Bilingual;

  /**
   * @example
   * new AreaArgumentError(AREA_ISSUES.unknownArea('999')).text.vi; // => 'Mã địa bàn "999" không có trong areas.csv'
   */
  constructor(text: Bilingual) {
    super(text.en);
    this.name = 'AreaArgumentError';
    this.text = text;
  }
}
