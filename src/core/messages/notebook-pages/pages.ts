/**
 * The notebooks (`notebooks/*.html`) as a reader meets them: each page's tab title, its name and one-line summary
 * in the index, and the words every page shares (the language switch, the link back to the index). The prose
 * of each page is in its own file beside this one (`overview.ts`, `criminal-cases.ts` ...).
 *
 * Vietnamese is the default and reads as the pages always did (their Vietnamese text, with its English asides);
 * English is the page opened with `?lang=en`, English only but for proper names (`Hà Tĩnh`) and the official
 * term "An toàn về ANTT", quoted.
 */
import type { Bilingual, Lang } from '../lang.ts';

/** One notebook of the index. */
export interface NotebookPage {
  /** The page's file in `notebooks/`, which is its address. */
  file: string;
  /** The browser tab's title; `vi` is the page's own `<title>` (Notebook Kit reads it from the file). */
  tab: Bilingual;
  /** Its name in the index's list (the link's text). */
  name: Bilingual;
  /** What it shows, after the name in the index (markdown). */
  summary: Bilingual;
}

/** The pages, in the index's order; `index` is the index itself. */
export const NOTEBOOK_PAGES = {
  index: {
    file: 'index.html',
    tab: { vi: 'Sổ tay chỉ tiêu phòng, chống tội phạm · Hà Tĩnh', en: 'Crime-prevention target notebooks · Hà Tĩnh' },
    name: { vi: 'Sổ tay chỉ tiêu', en: 'Notebooks' },
    summary: { vi: 'danh sách các sổ tay.', en: 'the list of notebooks.' },
  },
  overview: {
    file: 'overview.html',
    tab: { vi: '1. Tổng quan chỉ tiêu năm · Overview', en: "1. The year's targets at a glance" },
    name: { vi: 'Tổng quan chỉ tiêu năm', en: "The year's targets at a glance" },
    summary: {
      vi: "kết quả mọi chỉ tiêu của một năm, địa bàn, bộ chỉ tiêu. *The year's scorecard.*",
      en: 'the result of every target for one year, one area and one target set.',
    },
  },
  'criminal-cases': {
    file: 'criminal-cases.html',
    tab: { vi: '2. Số vụ phạm tội so với năm 2021 · Criminal cases', en: '2. Criminal cases against 2021' },
    name: { vi: 'Số vụ phạm tội so với năm 2021', en: 'Criminal cases against the 2021 baseline' },
    summary: {
      vi: 'xu hướng, so sánh cùng kỳ, lộ trình đến 2025, biểu đồ kiểm soát theo tháng. *Criminal cases against the 2021 baseline.*',
      en: 'the trend, the year to date against the same months, the path to 2025, a monthly control chart.',
    },
  },
  'reports-clearance': {
    file: 'reports-clearance.html',
    tab: {
      vi: '3. Tin báo, tố giác và điều tra khám phá án · Reports and clearance',
      en: '3. Crime reports and clearance',
    },
    name: { vi: 'Tin báo, tố giác và điều tra khám phá án', en: 'Crime reports and clearance' },
    summary: {
      vi: 'tỉ lệ theo thời gian và giữa các địa bàn (biểu đồ phễu), kèm khoảng tin cậy. *Crime reports and clearance.*',
      en: 'rates over time and across areas (funnel plot), with their intervals.',
    },
  },
  reoffending: {
    file: 'reoffending.html',
    tab: { vi: '4. Tái phạm tội · Reoffending', en: '4. Reoffending' },
    name: { vi: 'Tái phạm tội', en: 'Reoffending' },
    summary: {
      vi: 'theo hình thức ra tù và theo năm. *Reoffending among released persons.*',
      en: 'among released persons, by release type and by year.',
    },
  },
  'safe-units': {
    file: 'safe-units.html',
    tab: { vi: '5. Đơn vị an toàn về ANTT · Safe units', en: '5. Safe communes and organisations' },
    name: {
      vi: 'Xã, cơ quan, doanh nghiệp, nhà trường an toàn về ANTT',
      en: 'Communes, agencies, enterprises and schools rated "An toàn về ANTT"',
    },
    summary: {
      vi: 'và cuộc sắp xếp đơn vị hành chính năm 2025 đã làm gì với phép so sánh với 2021. *Safe communes and organisations, and the 2025 reform.*',
      en: 'and what the 2025 reform of administrative units did to the comparison with 2021.',
    },
  },
} as const satisfies Record<string, NotebookPage>;

/** A page of {@link NOTEBOOK_PAGES}. */
export type NotebookPageId = keyof typeof NOTEBOOK_PAGES;

/** The words every page shares. */
export const PAGE_TEXT = {
  /** The link back to the index, at the top of every page. */
  backToIndex: { vi: '← Sổ tay chỉ tiêu / Notebooks', en: '← Notebooks' },
  /** What the language switch is (its accessible name). */
  languageSwitch: { vi: 'Ngôn ngữ', en: 'Language' },
  /** The heading and paragraph above the chosen area's series of an indicator (`chitieu series`). */
  areaAcrossReform: (indicator: string): Bilingual => ({
    vi: `### Địa bàn đã chọn qua đợt sắp xếp
Chỉ tiêu \`${indicator}\` từng năm, như lệnh \`chitieu series\`: số liệu trực tiếp, cộng từ các đơn vị mới, hay ước tính phân bổ theo trọng số chuyển đổi. *The chosen area year by year across the reform.*`,
    en: `### The chosen area across the reform
Indicator \`${indicator}\` year by year, as the \`chitieu series\` command prints it: direct figures, gathered from the new units, or an estimate spread by the crosswalk weights.`,
  }),
} as const;

/**
 * Each language's name in itself, as the switch shows it: a reader who does not read the page's language still
 * finds their own. Not a translation, so not {@link Bilingual}.
 */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { vi: 'Tiếng Việt', en: 'English' };
