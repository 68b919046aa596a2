/**
 * What every notebook shows about its data: where they came from (file names, sizes, SHA-256, the
 * cut-off date), and the control that reads another folder instead of the bundled one.
 */
import { formatCount } from '../../src/core/format/count.ts';
import { formatDate } from '../../src/core/format/date.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import { PERIOD_CONVENTIONS, type BuiltInConventionId } from '../../src/core/periods/registry.ts';
import type { DataSet } from '../../src/core/types.ts';
import { formatProblem, type LoadResult } from './data.ts';
import { h } from './dom.ts';
import { pageLang } from './url-state.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';

/**
 * A file picker for a data folder, usable as an Observable view: its `value` is the picked files, or
 * null before any pick (the notebook then reads the bundled folder).
 */
export function dataFolderInput(lang: Lang = pageLang()): HTMLFormElement & { value: File[] | null } {
  const input = h('input', {
    type: 'file',
    multiple: true,
    webkitdirectory: true,
    accept: '.csv,.json',
    'data-folder-input': true,
  });
  const form = h(
    'form',
    { class: 'chitieu-folder-input' },
    h('label', {}, `${M.pickFolder[lang]}: `, input),
    h('div', { class: 'chitieu-hint' }, h('small', {}, M.pickHint[lang])),
  ) as HTMLFormElement & { value: File[] | null };
  Object.defineProperty(form, 'value', {
    get: () => (input.files && input.files.length > 0 ? Array.from(input.files) : null),
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  return form;
}

/** The provenance block: origin, title, cut-off, period convention, and one row per file with its SHA-256. */
export function provenanceBlock(loaded: LoadResult, lang: Lang = pageLang()): HTMLElement {
  const { provenance: p } = loaded;
  const origin =
    p.origin === 'bundled' ? M.originBundled(p.folder ?? 'data')[lang] : M.originPicked(p.folder, p.files.length)[lang];
  const convention = PERIOD_CONVENTIONS[p.meta.periods as BuiltInConventionId];
  const missingHash = p.files.some((f) => f.sha256 === null);
  const check = (f: LoadResult['provenance']['files'][number]) =>
    f.expected === null || f.sha256 === null
      ? M.checkNone[lang]
      : f.sha256 === f.expected
        ? M.checkSame[lang]
        : M.checkDiffers[lang];
  return h(
    'details',
    { class: 'chitieu-provenance', open: true, 'data-provenance': p.origin },
    h('summary', {}, h('strong', {}, M.provenanceTitle[lang])),
    h('p', {}, origin),
    h(
      'p',
      {},
      p.meta.title ? [`${M.dataTitle[lang]}: `, h('strong', {}, p.meta.title), '. '] : null,
      `${M.cutoff[lang]}: `,
      h(
        'strong',
        { 'data-cutoff': p.meta.cutoff ?? '' },
        p.meta.cutoff ? formatDate(p.meta.cutoff, lang) : M.cutoffUnknown[lang],
      ),
      '. ',
      `${M.periods[lang]}: ${convention ? convention.name[lang] : p.meta.periods}.`,
    ),
    p.meta.synthetic ? h('p', { class: 'chitieu-warning' }, M.synthetic[lang]) : null,
    missingHash ? h('p', { class: 'chitieu-warning' }, M.noCrypto[lang]) : null,
    h(
      'table',
      { class: 'chitieu-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, M.file[lang]),
          h('th', { class: 'num' }, M.bytes[lang]),
          h('th', {}, M.sha256[lang]),
          h('th', {}, M.check[lang]),
        ),
      ),
      h(
        'tbody',
        {},
        p.files.map((f) =>
          h(
            'tr',
            { 'data-file': f.file },
            h('td', {}, h('code', {}, f.file)),
            h('td', { class: 'num' }, formatCount(f.bytes, { lang })),
            h('td', {}, h('code', { 'data-sha256': f.sha256 ?? f.expected ?? '' }, f.sha256 ?? f.expected ?? '')),
            h('td', { 'data-check': check(f) }, check(f)),
          ),
        ),
      ),
    ),
    loaded.ok
      ? null
      : h(
          'p',
          { class: 'chitieu-warning', 'data-refused': true },
          M.dataRefused[lang],
          keptFolder(loaded, lang) ? ` ${M.dataKept(keptFolder(loaded, lang) as string)[lang]}` : '',
        ),
    loaded.ok ? null : h('pre', { class: 'chitieu-problems' }, loaded.problems.map(formatProblem).join('\n')),
    loaded.warnings.length > 0
      ? h('pre', { class: 'chitieu-problems' }, loaded.warnings.map(formatProblem).join('\n'))
      : null,
  );
}

let lastAccepted: { data: DataSet; loaded: LoadResult } | null = null;

/**
 * The data set the page shows. A refused folder is said once, in the provenance block above; the page keeps the
 * data it read last (the bundled folder, or the last folder accepted), so its controls stay to pick another
 * folder, and no cell below fails. With no data read yet the cells below wait (a promise that never settles)
 * rather than each repeating the refusal.
 */
export function requireData(loaded: LoadResult): Promise<DataSet> {
  if (loaded.ok) {
    lastAccepted = { data: loaded.data, loaded };
    return Promise.resolve(loaded.data);
  }
  return lastAccepted ? Promise.resolve(lastAccepted.data) : new Promise<DataSet>(() => undefined);
}

/** The folder the page still shows when another was refused, as the provenance block names it; null otherwise. */
function keptFolder(loaded: LoadResult, lang: Lang): string | null {
  if (loaded.ok || !lastAccepted) return null;
  const p = lastAccepted.loaded.provenance;
  return p.origin === 'bundled'
    ? M.originBundled(p.folder ?? 'data')[lang]
    : M.originPicked(p.folder, p.files.length)[lang];
}
