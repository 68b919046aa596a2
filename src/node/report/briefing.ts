/**
 * The briefing as a model: every text already in the reader's language, so that the HTML page and the
 * Word document print the same content and differ only in layout.
 */
import { reportingCoverage } from '../../core/analysis/reporting-coverage.ts';
import { coverageLine } from '../../core/messages/coverage.ts';
import type { AreaRow, DataSet, Status } from '../../core/types.ts';
import { reformBreak } from '../../core/areas/reform-break.ts';
import { rootArea } from '../../core/areas/tree.ts';
import { INDICATORS, indicatorList } from '../../core/indicators/registry.ts';
import { formatTarget, formatValue } from '../../core/indicators/describe.ts';
import { formatDate } from '../../core/format/date.ts';
import { periodLabel } from '../../core/periods/period-label.ts';
import { yearToDateLabel } from '../../core/periods/year-to-date.ts';
import type { TargetSet } from '../../core/targets/target-set.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { periodInSentence } from '../../core/format/words.ts';
import { breakdownWord } from '../../core/messages/breakdowns.ts';
import { nameInSentence } from '../../core/messages/areas.ts';
import { STATUS_MARK, STATUS_PROVISIONAL, STATUS_WORDS } from '../../core/messages/scorecard.ts';
import { TARGET_DOCUMENT_WORDS } from '../../core/messages/targets.ts';
import { computeIndicators } from '../../core/indicators/compute.ts';
import { partLabel } from '../../core/indicators/reason.ts';
import { assess } from './assess.ts';
import {
  BRIEFING_NOTES,
  BRIEFING_SENTENCES,
  BRIEFING_TEXT,
  SCORECARD_COLUMNS,
  STATISTICAL_WORDS,
} from '../../core/messages/report.ts';
import { conventionOf } from '../../core/periods/of-data.ts';
import type { KeyChart } from './key-charts.ts';
import { programmeBaselineYear, resultOf, targetParagraph } from './paragraphs.ts';
import { findReport, type Scorecard, type ScorecardReport } from './build-scorecard.ts';

/** A row of the verdict table: a group heading, a target, or an "of which" row shown for reference. */
export interface BriefingRow {
  kind: 'group' | 'target' | 'of_which';
  /** A breakdown row, printed indented under its indicator. */
  sub: boolean;
  indicator: string;
  value: string;
  target: string;
  status: Status | null;
  /** Mark and word: '✔ Đạt'. */
  statusText: string;
  sure: string;
  /** The figure is judged against a target (it has one, in force or expired): counted among the targets. */
  judged: boolean;
}

/** A note: a short title and its text. */
export interface BriefingNote {
  title: string;
  text: string;
}

/** Everything the briefing prints. */
export interface Briefing {
  lang: Lang;
  year: number;
  /** Document title (HTML title, Word properties). */
  docTitle: string;
  kicker: string;
  title: string;
  /** The synthetic-data warning, or null for real data. */
  synthetic: string | null;
  /** The warning that the year is not complete yet (a year to date), or null. */
  partial: string | null;
  /** Label and value pairs under the title: area, period, target set, cut-off. */
  facts: { label: string; value: string }[];
  sections: { overview: string; targets: string; charts: string; notes: string };
  summary: string;
  summaryNote: string;
  headers: { indicator: string; value: string; target: string; status: string; sure: string };
  table: BriefingRow[];
  /** One paragraph per indicator; `status` and its mark and word for those with a headline figure. */
  paragraphs: { title: string; text: string; status: Status | null; statusText: string }[];
  charts: KeyChart[];
  chartsNote: string;
  noCharts: string;
  figureLabel: (n: number) => string;
  notes: BriefingNote[];
  footer: string;
}

/** What the briefing is built from. */
export interface BriefingInputs {
  data: DataSet;
  scorecard: Scorecard;
  year: number;
  lang: Lang;
  targets: TargetSet;
  version: string;
  charts: KeyChart[];
  /** Folder of the chart set inside the report, named in the text. */
  chartsFolder: string;
}

/**
 * Keeps a figure with its sign or unit on one line: a no-break space before '%' and after a comparison
 * sign ('≥ 80 %' never breaks). For the printed briefing only; data files keep plain spaces.
 *
 * @example typeset('≥ 80 %') // => '≥\u00a080\u00a0%'
 */
export function typeset(text: string): string {
  return text.replace(/ %/g, '\u00a0%').replace(/([≥≤<>]) (?=[−\d])/g, '$1\u00a0');
}

const areaName = (a: AreaRow, lang: Lang) => (lang === 'vi' ? a.name_vi : a.name_en);

/** The months a year's results cover, when fewer than twelve (a year to date). */
function partialMonths(report: ScorecardReport): number[] | null {
  const months = new Set<number>();
  for (const r of report.results) for (const m of r.inputs.months ?? []) months.add(m);
  return months.size > 0 && months.size < 12 ? [...months].sort((a, b) => a - b) : null;
}

/** The period a report covers, with its days: 'Năm 2025 (…)' or '10 tháng đầu năm 2026 (15/12/2025 - 14/10/2026)'. */
function reportPeriod(data: DataSet, report: ScorecardReport, year: number, lang: Lang): string {
  const convention = conventionOf(data.meta);
  const months = partialMonths(report);
  return months
    ? yearToDateLabel(convention, year, months.at(-1) as number, lang, { withDates: true })
    : periodLabel(convention, year, null, lang, { withDates: true });
}

/**
 * The province's report of an earlier year over the same months as a partial year (computed, not read
 * from the scorecard, which holds whole years); undefined when that year has no data.
 */
function sameMonthsReport(
  inputs: BriefingInputs,
  year: number,
  months: readonly number[],
): ScorecardReport | undefined {
  const root = rootArea(inputs.data.areas).area_code;
  if (!inputs.scorecard.years.includes(year)) return undefined;
  const report = computeIndicators(inputs.data, { year, area: root, months, targets: inputs.targets });
  return { year, area_code: root, results: report.results.map((r) => ({ ...r, ...assess(INDICATORS[r.id], r) })) };
}

/** The verdict table: every result of the year, in the registry's order. */
function verdictTable(report: ScorecardReport, lang: Lang): BriefingRow[] {
  const rows: BriefingRow[] = [];
  for (const def of indicatorList()) {
    const results = report.results.filter((r) => r.id === def.id);
    if (def.breakdown && !def.breakdown.withHeadline) {
      rows.push({
        kind: 'group',
        sub: false,
        indicator: def.title[lang],
        value: '',
        target: '',
        status: null,
        statusText: '',
        sure: '',
        judged: false,
      });
    }
    for (const r of results) {
      const [dimension = '', sub] = Object.entries(r.breakdown)[0] ?? [];
      const kind: BriefingRow['kind'] =
        sub === undefined ? 'target' : def.breakdown?.withHeadline ? 'of_which' : 'target';
      rows.push({
        kind,
        sub: sub !== undefined,
        indicator:
          sub === undefined
            ? def.title[lang]
            : kind === 'of_which'
              ? `${BRIEFING_TEXT.ofWhich[lang]}: ${breakdownWord(dimension, sub, lang, 'report').toLocaleLowerCase(lang)}`
              : breakdownWord(dimension, sub, lang, 'report'),
        value: formatValue(def, r, lang),
        // an expired document's target still judges, for comparison, and says so
        target:
          kind === 'of_which'
            ? ''
            : formatTarget(def, r.target, lang) +
              (r.target?.expired && r.target.in_force?.[1] != null
                ? `; ${TARGET_DOCUMENT_WORDS.expired(r.target.in_force[1] + 1)[lang]}`
                : '') +
              (r.target?.interpolated ? `; ${TARGET_DOCUMENT_WORDS.interpolated[lang]}` : ''),
        status: kind === 'of_which' ? null : r.status,
        statusText: kind === 'of_which' ? '' : `${STATUS_MARK[r.status]} ${STATUS_WORDS[r.status][lang]}`,
        sure: kind === 'of_which' ? '' : r.statistical_status ? STATISTICAL_WORDS[r.statistical_status][lang] : '—',
        judged: kind === 'target' && r.target !== null,
      });
    }
  }
  return rows;
}

/**
 * The largest reorganisation of the area tree (in Hà Tĩnh, 1 July 2025: 12 district-level units ended, 69
 * communes and wards began), from {@link reformBreak}; null when the tree never changed.
 */
export function largestReform(
  areas: readonly AreaRow[],
): { start: string; lastDay: string; started: number; ended: number } | null {
  const breaks = reformBreak(areas).sort((a, b) => b.started.length - a.started.length);
  const main = breaks[0];
  return main
    ? { start: main.date, lastDay: main.lastDay, started: main.started.length, ended: main.ended.length }
    : null;
}

/** The notes: data, small denominators, the 2025 reorganisation, how verdicts are made. */
function notes(inputs: BriefingInputs, report: ScorecardReport): BriefingNote[] {
  const { data, scorecard, year, lang } = inputs;
  const out: BriefingNote[] = [];
  const convention = conventionOf(data.meta);
  const sentence = (t: string | null) => (t && !/[.!?]$/.test(t) ? `${t}.` : t);
  const dataText = [
    inputs.data.meta.synthetic ? BRIEFING_TEXT.synthetic[lang] : null,
    sentence(data.meta.title),
    BRIEFING_NOTES.cutoff(data.meta.cutoff ? formatDate(data.meta.cutoff, lang) : null)[lang],
    BRIEFING_NOTES.period(reportPeriod(data, report, year, lang), convention.name[lang])[lang],
  ].filter((x): x is string => x !== null && x !== '');
  out.push({ title: BRIEFING_NOTES.dataTitle[lang], text: dataText.join(' ') });

  const small = report.results
    .filter((r) => r.small_denominator && r.status !== 'no_data')
    .map((r) => {
      const def = INDICATORS[r.id];
      const [dimension = '', sub] = Object.entries(r.breakdown)[0] ?? [];
      const name =
        sub === undefined
          ? def.title[lang]
          : `${def.title[lang]} (${breakdownWord(dimension, sub, lang, 'report').toLocaleLowerCase(lang)})`;
      return `${name}: n = ${r.denominator}`;
    });
  const others = scorecard.reports.filter((r) => r.year === year && r.area_code !== report.area_code);
  const all = others.flatMap((r) => r.results.filter((x) => x.status !== 'no_data'));
  const flagged = all.filter((x) => x.small_denominator).length;
  const smallText = [BRIEFING_NOTES.smallProvince(small)[lang]];
  if (all.length > 0)
    smallText.push(BRIEFING_NOTES.smallAreas(flagged, all.length, SCORECARD_COLUMNS.small_denominator[lang])[lang]);
  out.push({ title: BRIEFING_NOTES.smallTitle[lang], text: smallText.join(' ') });

  const reform = largestReform(data.areas);
  if (reform && year >= Number(reform.start.slice(0, 4))) {
    out.push({
      title: BRIEFING_NOTES.reformTitle[lang],
      text: BRIEFING_NOTES.reform(
        formatDate(reform.start, lang),
        reform.ended,
        reform.started,
        formatDate(reform.lastDay, lang),
      )[lang],
    });
  }
  out.push({ title: BRIEFING_NOTES.methodTitle[lang], text: BRIEFING_NOTES.method[lang] });
  return out;
}

/**
 * Builds the briefing of one year for the province (the root area).
 *
 * @throws Error when the scorecard has no report for the year.
 */
export function buildBriefing(inputs: BriefingInputs): Briefing {
  const { data, scorecard, year, lang } = inputs;
  const root = rootArea(data.areas);
  const report = findReport(scorecard, year, root.area_code);
  if (!report) throw new Error(`no results for ${year}`);
  const baselineYear = programmeBaselineYear();
  const reform = largestReform(data.areas);
  const convention = conventionOf(data.meta);
  const months = partialMonths(report);
  const period = months
    ? yearToDateLabel(convention, year, months.at(-1) as number, lang)
    : periodLabel(convention, year, null, lang, { withDates: true });
  // A partial year is compared with the same months of the years before (cùng kỳ), never with whole years.
  // Carried inside sentences ('Số liệu từ tháng 7/2025 đến ...', 'so với cùng kỳ'): its opening word in lower case.
  const label = months ? partLabel(convention, year, months) : null;
  const partial = label && periodInSentence(label);
  const compared = (y: number) =>
    months ? sameMonthsReport(inputs, y, months) : findReport(scorecard, y, root.area_code);
  const paragraphInputs = {
    year,
    current: report,
    previous: compared(year - 1),
    baseline: compared(baselineYear),
    baselineYear,
    reorganisationYear: reform ? Number(reform.start.slice(0, 4)) : null,
    partial,
  };
  const provisional = (st: Status) =>
    partial && (st === 'met' || st === 'not_met') ? ` (${STATUS_PROVISIONAL[lang]})` : '';

  // Units that have not sent a month's return (flags.coverage): said beside the partial-year warning.
  const monthsInData = report.results.find((r) => r.id === 'clearance_rate')?.inputs.months ?? [];
  const gaps = reportingCoverage(data, year, root.area_code, monthsInData).filter((c) => c.reported < c.expected);
  const coverage = gaps.length > 0 ? coverageLine(gaps, year) : null;

  const table = verdictTable(report, lang);
  // A figure watched without a target (cybercrime, crime-free communes) is in the table, not among the targets
  // counted, even in a year it has no data.
  const counted = table.filter((r) => r.kind === 'target' && r.judged);
  const count = (s: Status) => counted.filter((r) => r.status === s).length;
  const name = areaName(root, lang);

  return {
    lang,
    year,
    docTitle: BRIEFING_TEXT.docTitle(year)[lang],
    kicker: BRIEFING_TEXT.kicker[lang],
    title: BRIEFING_TEXT.title(year)[lang],
    synthetic: data.meta.synthetic ? BRIEFING_TEXT.synthetic[lang] : null,
    partial:
      [partial ? BRIEFING_TEXT.partialYear(partial)[lang] : null, coverage ? coverage[lang] : null]
        .filter((x) => x !== null)
        .join(' ') || null,
    facts: [
      { label: BRIEFING_TEXT.area[lang], value: `${name} (${root.area_code})` },
      { label: BRIEFING_TEXT.period[lang], value: period },
      { label: BRIEFING_TEXT.targetSet[lang], value: inputs.targets.title[lang] },
      {
        label: BRIEFING_TEXT.cutoffLabel[lang],
        value: data.meta.cutoff ? formatDate(data.meta.cutoff, lang) : BRIEFING_TEXT.noCutoff[lang],
      },
    ],
    sections: {
      overview: BRIEFING_TEXT.sections.overview[lang],
      targets: BRIEFING_TEXT.sections.targets[lang],
      charts: BRIEFING_TEXT.sections.charts[lang],
      notes: BRIEFING_TEXT.sections.notes[lang],
    },
    // In the sentence the level word is lower case ('tỉnh Hà Tĩnh'); the facts table keeps the official name.
    summary: BRIEFING_TEXT.summary(
      partial ?? BRIEFING_SENTENCES.yearPeriod(year, false),
      nameInSentence(name, lang),
      count('met'),
      counted.length,
      count('not_met'),
      count('no_data'),
      partial !== null,
    )[lang],
    summaryNote: BRIEFING_TEXT.summaryNote[lang],
    headers: {
      indicator: BRIEFING_TEXT.tableHeaders.indicator[lang],
      value: BRIEFING_TEXT.tableHeaders.value[lang],
      target: BRIEFING_TEXT.tableHeaders.target[lang],
      status: BRIEFING_TEXT.tableHeaders.status[lang],
      sure: BRIEFING_TEXT.tableHeaders.sure[lang],
    },
    table: table.map((row) =>
      row.status ? { ...row, statusText: `${row.statusText}${provisional(row.status)}` } : row,
    ),
    paragraphs: indicatorList().map((def) => {
      const status = resultOf(report, def.id)?.status ?? null;
      return {
        title: def.title[lang],
        text: targetParagraph(def, paragraphInputs, lang),
        status,
        statusText: status ? `${STATUS_MARK[status]} ${STATUS_WORDS[status][lang]}${provisional(status)}` : '',
      };
    }),
    charts: inputs.charts,
    chartsNote: BRIEFING_TEXT.allCharts(inputs.chartsFolder)[lang],
    noCharts: BRIEFING_TEXT.noCharts[lang],
    figureLabel: (n) => BRIEFING_TEXT.figure(n)[lang],
    notes: notes(inputs, report),
    footer: BRIEFING_TEXT.footer(inputs.version)[lang],
  };
}
