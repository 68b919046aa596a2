import type { Lang } from '../../core/messages/lang.ts';
import { FIGURE_PERIOD } from '../../core/messages/office-document.ts';
import type { Briefing } from './briefing.ts';

/**
 * A figure's caption that names its period: the chart's title when it names the briefing's year already
 * ('…, 2019-2025', '… năm 2025 so với năm trước'), else the title and the years the chart spans.
 *
 * @example captionWithPeriod('Số vụ phạm tội so với năm gốc 2021', 2025, 2019, 'vi') // => 'Số vụ phạm tội so với năm gốc 2021, năm 2019-2025'
 * @example captionWithPeriod('Tỉ lệ điều tra, khám phá án hình sự, 2019-2025', 2025, 2019, 'vi') // => unchanged
 */
export function captionWithPeriod(caption: string, year: number, firstYear: number, lang: Lang): string {
  return new RegExp(`\\b${year}\\b`).test(caption)
    ? caption
    : `${caption}${FIGURE_PERIOD(Math.min(firstYear, year), year)[lang]}`;
}

/** The briefing with every figure's caption naming its period; `firstYear` is the first year of the data. */
export function withFigurePeriods(b: Briefing, firstYear: number): Briefing {
  return {
    ...b,
    charts: b.charts.map((c) => ({ ...c, caption: captionWithPeriod(c.caption, b.year, firstYear, b.lang) })),
  };
}
