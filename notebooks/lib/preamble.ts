/**
 * The first cells every notebook shares, as functions: read the data (the bundled folder, or the one the
 * reader picks), show where they came from, refuse them when invalid, then pick the year and the area.
 * With them a notebook's preamble is one import and five short cells, each its own `<script>`:
 *
 *   const picked = view(dataFolderInput());
 *   const loaded = await loadData(picked); display(provenanceBlock(loaded));
 *   const data = requireData(loaded);
 *   const year = view(yearInput(data));
 *   const area = view(areaInput(data, year));
 *
 * The cells themselves cannot move here: Notebook Kit gives each cell one reactive value, and `view` and
 * `display` belong to the cell that calls them.
 */
import * as Inputs from '@observablehq/inputs';
import type { Lang } from '../../src/core/messages/lang.ts';
import type { DataSet } from '../../src/core/types.ts';
import { areaChoices, dataYears, defaultYear } from './controls.ts';
import { loadBundledData, loadPickedFiles, type LoadResult } from './data.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';

export { dataFolderInput, provenanceBlock, requireData } from './provenance.ts';

/** Both languages of a label, as the notebooks' inputs print them: "Năm / Year". */
const both = (text: { vi: string; en: string }): string => `${text.vi} / ${text.en}`;

/** The files the reader picked ({@link dataFolderInput}), or the folder bundled with the build when none. */
export function loadData(picked: readonly File[] | null, lang: Lang = 'vi'): Promise<LoadResult> {
  return picked ? loadPickedFiles(picked, lang) : loadBundledData(lang);
}

/** The year to look at: every year with rows, opening on the last whole one ({@link defaultYear}). */
export function yearInput(data: DataSet): HTMLElement {
  return Inputs.select(dataYears(data), { label: both(M.year), value: defaultYear(data), format: String });
}

/** The area to look at in `year`: the province first, then every unit that existed in the year ({@link areaChoices}). */
export function areaInput(data: DataSet, year: number): HTMLElement {
  return Inputs.select(areaChoices(data, year), {
    label: both(M.area),
    format: (a: { code: string; label: string }) => a.label,
    valueof: (a: { code: string; label: string }) => a.code,
  });
}
