/**
 * The year's scorecard as a table a reader can check by hand: each figure with its numerator and
 * denominator, its 95 % interval, the target, the verdict and the reason for it.
 */
import { formatCi, formatTarget, formatValue } from '../../src/core/indicators/describe.ts';
import { INDICATORS } from '../../src/core/indicators/registry.ts';
import type { IndicatorReport, IndicatorResult } from '../../src/core/indicators/result.ts';
import { formatCount } from '../../src/core/format/count.ts';
import { formatVnd } from '../../src/core/format/vnd.ts';
import type { Lang } from '../../src/core/messages/lang.ts';
import { breakdownWord } from '../../src/core/messages/breakdowns.ts';
import { STATUS_MARK, STATUS_WORDS, TABLE_HEADERS } from '../../src/core/messages/scorecard.ts';
import { reportingCoverage } from '../../src/core/analysis/reporting-coverage.ts';
import { coverageLine } from '../../src/core/messages/coverage.ts';
import type { DataSet } from '../../src/core/types.ts';
import { h } from './dom.ts';
import { csvDownload } from './download.ts';
import { timed } from './timing.ts';
import { NOTEBOOK_MESSAGES as M } from '../../src/core/messages/notebooks.ts';

/** Numerator / denominator as printed: amounts in đồng for asset recovery, counts otherwise. */
function counts(r: IndicatorResult, lang: Lang): string {
  if (r.numerator === null) return '—';
  const print = (x: number) =>
    r.id === 'corruption_asset_recovery_rate' ? formatVnd(x, { lang }) : formatCount(x, { lang });
  return r.denominator === null ? print(r.numerator) : `${print(r.numerator)} / ${print(r.denominator)}`;
}

/** The label of a result row: the indicator's title, or its breakdown value indented beneath it. */
function label(r: IndicatorResult, lang: Lang): string {
  const entries = Object.entries(r.breakdown);
  if (entries.length === 0) return INDICATORS[r.id].title[lang];
  const [dimension, value] = entries[0] as [string, string];
  const headlineShown = INDICATORS[r.id].breakdown?.withHeadline !== false;
  const text = breakdownWord(dimension, value, lang);
  return headlineShown ? `  · ${text}` : `${INDICATORS[r.id].title[lang]}: ${text}`;
}

/** The scorecard table of a report (in a block that scrolls sideways on a narrow screen), with its CSV. */
export function scorecardTable(report: IndicatorReport, lang: Lang = 'vi'): HTMLElement {
  const H = TABLE_HEADERS;
  return h(
    'div',
    { class: 'chitieu-table-wrap' },
    csvDownload(
      `bang-chi-tieu-${report.year}-${report.area_code}`,
      M.scorecardCsvHeader[lang],
      () =>
        report.results.map((r) => [
          report.year,
          report.area_code,
          r.id,
          label(r, lang).trim(),
          Object.entries(r.breakdown)
            .map(([k, v]) => `${k}=${v}`)
            .join(';'),
          r.value,
          r.numerator,
          r.denominator,
          r.ci95?.[0] ?? null,
          r.ci95?.[1] ?? null,
          r.target?.comparator ?? null,
          r.target?.threshold ?? null,
          r.status,
          r.reason[lang],
        ]),
      lang,
    ),
    h(
      'table',
      { class: 'chitieu-table chitieu-scorecard' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, H.indicator[lang]),
          h('th', { class: 'num' }, H.value[lang]),
          h('th', { class: 'num' }, H.counts[lang]),
          h('th', { class: 'num' }, H.ci95[lang]),
          h('th', {}, H.target[lang]),
          h('th', {}, H.status[lang]),
          h('th', {}, H.reason[lang]),
        ),
      ),
      h(
        'tbody',
        {},
        report.results.map((r) => {
          const def = INDICATORS[r.id];
          return h(
            'tr',
            { 'data-indicator': r.id },
            h('td', { style: 'white-space: pre-wrap; min-width: 12em' }, label(r, lang)),
            h('td', { class: 'num' }, formatValue(def, r, lang)),
            h('td', { class: 'num' }, counts(r, lang)),
            h('td', { class: 'num' }, formatCi(def, r.ci95, lang)),
            h('td', {}, formatTarget(def, r.target, lang)),
            h('td', { class: `status-${r.status}` }, `${STATUS_MARK[r.status]} ${STATUS_WORDS[r.status][lang]}`),
            h('td', {}, h('small', {}, r.reason[lang])),
          );
        }),
      ),
    ),
  );
}

/**
 * The JSON `chitieu indicators --json` prints for the same data, year, area and target set (the contract's fields,
 * the analysis fields and, below the province, `area_basis`), in a collapsed block a reader can copy. The browser
 * check compares it with the command line's output.
 */
export function reportJson(json: object, command: string, lang: Lang = 'vi'): HTMLElement {
  return h(
    'details',
    { class: 'chitieu-json' },
    h('summary', {}, M.jsonSummary[lang], h('code', {}, command)),
    h('pre', { 'data-report-json': true, 'data-command': command }, JSON.stringify(json, null, 2)),
  );
}

/**
 * What the verdicts of a year rest on, said before the table: results judged by a target whose document had
 * expired (`target.expired`) or was not yet in force in the year (2019 against the 2021-2025 programme), and
 * results with no target in force (`status: no_target`, watched, not judged). Null when every verdict rests on
 * a target in force.
 */
export function targetNotes(report: IndicatorReport, lang: Lang = 'vi'): HTMLElement | null {
  const name = (r: IndicatorResult) => {
    const entries = Object.entries(r.breakdown);
    const title = INDICATORS[r.id].shortTitle[lang];
    return entries.length === 0 ? title : `${title} (${breakdownWord(entries[0]![0], entries[0]![1], lang)})`;
  };
  const items: HTMLElement[] = [];
  const expired = report.results.filter((r) => r.target?.expired === true);
  const early = report.results.filter(
    (r) => r.target && !r.target.expired && r.target.in_force && report.year < r.target.in_force[0],
  );
  const none = report.results.filter((r) => r.status === 'no_target');
  for (const r of expired)
    items.push(
      h(
        'li',
        { 'data-target-note': 'expired' },
        M.targetExpired(name(r), report.year, r.target?.in_force ?? null)[lang],
      ),
    );
  for (const r of early)
    items.push(
      h(
        'li',
        { 'data-target-note': 'not_yet' },
        M.targetNotYet(name(r), report.year, r.target?.in_force ?? null)[lang],
      ),
    );
  if (none.length > 0)
    items.push(h('li', { 'data-target-note': 'no_target' }, M.targetNone(none.map(name).join('; '))[lang]));
  if (items.length === 0) return null;
  return h(
    'div',
    { class: 'chitieu-warning', 'data-target-notes': true },
    h('p', {}, M.targetNotesTitle(report.year)[lang]),
    h('ul', {}, items),
  );
}

/**
 * The months of the report's year in which some reporting unit under the area has not sent its return
 * (`flags.coverage`), said as every reader says it: "Chưa đủ báo cáo năm 2026: 62/69 đơn vị đã báo cáo tháng 11
 * (...)". Null when every unit reported.
 */
export function coverageNote(data: DataSet, report: IndicatorReport, lang: Lang = 'vi'): HTMLElement | null {
  const months = report.results.find((r) => r.id === 'clearance_rate')?.inputs.months ?? [];
  const gaps = timed('coverage-note', () =>
    reportingCoverage(data, report.year, report.area_code, months).filter((c) => c.reported < c.expected),
  );
  if (gaps.length === 0) return null;
  return h('p', { class: 'chitieu-warning', 'data-coverage': true }, coverageLine(gaps, report.year)[lang]);
}
