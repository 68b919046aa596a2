/**
 * The first cells every notebook shares, as functions: read the data (the bundled folder, or the one the
 * reader picks), show where they came from, refuse them when invalid, then pick the year and the area.
 * With them a notebook's preamble is one import and five short cells, each its own `<script>`:
 *
 *   const picked = view(dataFolderInput());
 *   const loaded = await loadData(picked); display(provenanceBlock(loaded));
 *   const data = requireData(loaded);
 *   const year = view(yearInput(data));
 *   const area = view(areaInput(data));
 *   rememberInUrl({ year, area });
 *
 * and, beside them, the page's language (`?lang=en`): `const lang = pageLang(); showPageLanguage(lang, 'overview');`
 * sets the tab's title and puts the switch "Tiếng Việt" / "English" at the top of the page.
 *
 * The cells themselves cannot move here: Notebook Kit gives each cell one reactive value, and `view` and
 * `display` belong to the cell that calls them.
 */
import * as Inputs from '@observablehq/inputs';
import type { Bilingual, Lang } from '../../src/core/messages/lang.ts';
import type { DataSet } from '../../src/core/types.ts';
import { everyAreaChoice, type AreaChoice } from '../../src/core/areas/area-choices.ts';
import { rootArea } from '../../src/core/areas/tree.ts';
import type { IndicatorId } from '../../src/core/indicators/definition.ts';
import { breakdownOptions, indicatorOptions } from './across-reform.ts';
import { dataYears, defaultYear } from './controls.ts';
import { fromUrl, hrefInLang, pageLang, searchInLang } from './url-state.ts';
import { loadBundledData, loadPickedFiles, type LoadResult } from './data.ts';
import { h } from './dom.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';
import {
  LANGUAGE_NAMES,
  NOTEBOOK_PAGES,
  PAGE_TEXT,
  type NotebookPageId,
} from '../../src/core/messages/notebook-pages/pages.ts';

export { dataFolderInput, provenanceBlock, requireData } from './provenance.ts';
export { pageLang, rememberInUrl } from './url-state.ts';

/**
 * The label of a notebook's input: both languages in Vietnamese, as the pages always printed them, English alone
 * in English.
 *
 * @example inputLabel({ vi: 'Năm', en: 'Year' }, 'vi') // => 'Năm / Year'
 * @example inputLabel({ vi: 'Năm', en: 'Year' }, 'en') // => 'Year'
 */
export function inputLabel(text: Bilingual, lang: Lang = 'vi'): string {
  return lang === 'vi' ? `${text.vi} / ${text.en}` : text.en;
}

/**
 * Puts the page in `lang` where its cells do not reach: the tab's title (`pages.ts`), `<html lang>`, the link
 * back to the index at the top (which keeps the language), and, beside it, the switch {@link languageSwitch}.
 */
export function showPageLanguage(lang: Lang, page: NotebookPageId): void {
  document.documentElement.lang = lang;
  document.title = NOTEBOOK_PAGES[page].tab[lang];
  const nav = document.querySelector<HTMLElement>('nav.chitieu-nav');
  if (!nav) return;
  const back = nav.querySelector<HTMLAnchorElement>('a[href]:not([data-lang])');
  if (back) {
    back.textContent = PAGE_TEXT.backToIndex[lang];
    back.setAttribute('href', hrefInLang('./index.html', lang));
  }
  nav.querySelector('[data-lang-switch]')?.remove();
  nav.style.display = 'flex';
  nav.style.justifyContent = 'space-between';
  nav.style.gap = '1em';
  nav.append(languageSwitch(lang));
}

/**
 * The switch "Tiếng Việt · English": the page's language in bold, the other a link to this page in that
 * language with every other query parameter (year, area, indicator ...) as it is when the reader follows it (the
 * controls rewrite the address as they change).
 */
export function languageSwitch(lang: Lang): HTMLElement {
  const other = (['vi', 'en'] as const).map((l) => {
    if (l === lang) return h('strong', { lang: l, 'aria-current': 'true' }, LANGUAGE_NAMES[l]);
    const a = h('a', { lang: l, hreflang: l, 'data-lang': l }, LANGUAGE_NAMES[l]);
    const point = () =>
      a.setAttribute('href', `${location.pathname}${searchInLang(location.search, l)}${location.hash}`);
    point();
    for (const event of ['pointerenter', 'focus', 'mousedown', 'click', 'contextmenu'])
      a.addEventListener(event, point);
    return a;
  });
  return h(
    'span',
    { class: 'chitieu-lang', 'data-lang-switch': lang, role: 'group', 'aria-label': PAGE_TEXT.languageSwitch[lang] },
    other[0],
    ' · ',
    other[1],
  );
}

/** The files the reader picked ({@link dataFolderInput}), or the folder bundled with the build when none. */
export function loadData(picked: readonly File[] | null, lang: Lang = pageLang()): Promise<LoadResult> {
  return picked ? loadPickedFiles(picked, lang) : loadBundledData(lang);
}

/**
 * The year to look at: every year with rows, opening on the year of the address (`?year=2019`) or the last
 * whole one ({@link defaultYear}).
 */
export function yearInput(data: DataSet, lang: Lang = 'vi'): HTMLElement {
  const years = dataYears(data);
  return Inputs.select(years, {
    label: inputLabel(M.year, lang),
    value: fromUrl('year', years, String, defaultYear(data)),
    format: String,
  });
}

/**
 * The area to look at: every unit that ever existed, old districts and new communes alike, named with the part
 * of their life the data do not span (src/core/areas/area-choices.ts). It does not depend on the year, so the
 * choice is kept when the year changes; a year in which the unit did not exist is answered through the
 * crosswalk ({@link areaBasisNote}). Opens on the address's `?area=` or the province.
 */
export function areaInput(data: DataSet, lang: Lang = 'vi', param = 'area', label = M.area): HTMLElement {
  const choices = everyAreaChoice(data, lang);
  const root = rootArea(data.areas).area_code;
  const first = choices[0] as AreaChoice;
  return Inputs.select(choices, {
    label: inputLabel(label, lang),
    format: (a: AreaChoice) => a.label,
    valueof: (a: AreaChoice) => a.code,
    value: fromUrl(param, choices, (a) => a.code, choices.find((a) => a.code === root) ?? first).code,
  });
}

/** Any indicator of the registry, opening on the address's `?indicator=` or `fallback`. */
export function indicatorInput(fallback: IndicatorId, lang: Lang = 'vi'): HTMLElement {
  const options = indicatorOptions(lang);
  const initial = fromUrl('indicator', options, (o) => o.id, options.find((o) => o.id === fallback) ?? options[0]!);
  return Inputs.select(options, {
    label: inputLabel(M.indicator, lang),
    format: (o: { label: string }) => o.label,
    valueof: (o: { id: IndicatorId }) => o.id,
    value: initial.id,
  });
}

/** The breakdown rows of an indicator (the headline first), opening on the address's `?breakdown=field:drugs`. */
export function breakdownInput(id: IndicatorId, lang: Lang = 'vi'): HTMLElement {
  const options = breakdownOptions(id, lang);
  const initial = fromUrl('breakdown', options, (o) => o.key, options[0]!);
  return Inputs.select(options, {
    label: inputLabel(M.breakdown, lang),
    format: (o: { label: string }) => o.label,
    valueof: (o: { value: Record<string, string> }) => o.value,
    value: initial.value,
    disabled: options.length === 1,
  });
}

/** The key of a breakdown row in the address: `field:drugs`, or empty for the headline. */
export function breakdownKey(breakdown: Record<string, string>): string {
  return Object.entries(breakdown)
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
}
