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
 * The cells themselves cannot move here: Notebook Kit gives each cell one reactive value, and `view` and
 * `display` belong to the cell that calls them.
 */
import * as Inputs from '@observablehq/inputs';
import type { Lang } from '../../src/core/messages/lang.ts';
import type { DataSet } from '../../src/core/types.ts';
import { everyAreaChoice, type AreaChoice } from '../../src/core/areas/area-choices.ts';
import { rootArea } from '../../src/core/areas/tree.ts';
import type { IndicatorId } from '../../src/core/indicators/definition.ts';
import { breakdownOptions, indicatorOptions } from './across-reform.ts';
import { dataYears, defaultYear } from './controls.ts';
import { fromUrl, pageLang } from './url-state.ts';
import { loadBundledData, loadPickedFiles, type LoadResult } from './data.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';

export { dataFolderInput, provenanceBlock, requireData } from './provenance.ts';
export { rememberInUrl } from './url-state.ts';

/** Both languages of a label, as the notebooks' inputs print them: "Năm / Year". */
const both = (text: { vi: string; en: string }, lang: Lang = 'vi'): string =>
  lang === 'vi' ? `${text.vi} / ${text.en}` : text.en;

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
    label: both(M.year, lang),
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
    label: both(label, lang),
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
    label: both(M.indicator, lang),
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
    label: both(M.breakdown, lang),
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
