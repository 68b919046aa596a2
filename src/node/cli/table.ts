import type { Lang } from '../../core/messages/lang.ts';
import { reportingCoverage } from '../../core/analysis/reporting-coverage.ts';
import { coverageLine } from '../../core/messages/coverage.ts';
import type { DataSet } from '../../core/types.ts';
import type { IndicatorReport } from '../../core/indicators/result.ts';
import { INDICATORS } from '../../core/indicators/registry.ts';
import { formatCi, formatTarget, formatValue } from '../../core/indicators/describe.ts';
import { formatCount } from '../../core/format/count.ts';
import { reportingYearLabel } from '../../core/periods/of-data.ts';
import { breakdownWord } from '../../core/messages/breakdowns.ts';
import {
  STATUS_MARK,
  STATUS_PROVISIONAL,
  STATUS_WORDS,
  TABLE_HEADERS,
  TABLE_NOTES,
} from '../../core/messages/scorecard.ts';
import { partLabel } from '../../core/indicators/reason.ts';
import { conventionOf } from '../../core/periods/of-data.ts';
import { targetDocument } from '../../core/targets/describe-target.ts';
import { INDICATOR_SENTENCES } from '../../core/messages/indicators.ts';

/** A combining mark (Unicode general category M): takes no column of its own. */
const MARK = /\p{M}/u;

/**
 * Code points no mark is among (checked against {@link MARK} in the tests): Latin with Vietnamese's
 * precomposed letters (below U+0300, and U+1E00-U+1EFF), punctuation and symbols (U+2000-U+20CF, U+2100-U+2BFF:
 * dashes, ✔ ✘, arrows). Such text never needs the \p{M} expression, whose first use costs about 5 ms of a
 * command that prints one table.
 */
function neverMark(cp: number): boolean {
  return cp < 0x300 || (cp >= 0x1e00 && cp < 0x1f00) || (cp >= 0x2000 && cp < 0x20d0) || (cp >= 0x2100 && cp < 0x2c00);
}

/**
 * Display width of a string in a terminal: its code points after NFC composition, less the combining marks
 * (Vietnamese diacritics left uncomposed take no column).
 *
 * @example displayWidth('Tie\u0302\u0301u chi\u0301') // => 8 ("Tiếu chí", composed)
 */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text.normalize('NFC')) if (neverMark(ch.codePointAt(0) as number) || !MARK.test(ch)) n++;
  return n;
}

const width = displayWidth;

function pad(text: string, w: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, w - width(text)));
  return right ? fill + text : text + fill;
}

/** A verdict on part of a year (a monthly table whose figure covers fewer than 12 months). */
function provisional(r: IndicatorReport['results'][number]): boolean {
  return (r.status === 'met' || r.status === 'not_met') && r.inputs.months !== null && r.inputs.months.length < 12;
}

/**
 * The scorecard as a plain-text table for a terminal: one line per result, met and not met told apart
 * by a word and a mark (✔ ✘ –), not by colour.
 */
export function scorecardTable(report: IndicatorReport, data: DataSet, lang: Lang): string {
  const area = data.areas.find((a) => a.area_code === report.area_code);
  const areaName = area ? (lang === 'vi' ? area.name_vi : area.name_en) : report.area_code;
  const h = TABLE_HEADERS;
  const rows: string[][] = report.results.map((r) => {
    const def = INDICATORS[r.id];
    const title = def.shortTitle[lang];
    const [dimension, value] = Object.entries(r.breakdown)[0] ?? [];
    const sub = dimension && value ? breakdownWord(dimension, value, lang) : null;
    const label = !sub ? title : def.breakdown?.withHeadline ? `  · ${sub}` : `${title}: ${sub}`;
    const counts =
      r.numerator === null
        ? '—'
        : r.denominator === null
          ? def.denominator
            ? `${formatCount(r.numerator, { lang })}/—`
            : formatCount(r.numerator, { lang })
          : `${formatCount(r.numerator, { lang })}/${formatCount(r.denominator, { lang })}`;
    return [
      label,
      formatValue(def, r, lang),
      counts,
      formatCi(def, r.ci95, lang),
      formatTarget(def, r.target, lang),
      targetDocument(r.target, lang),
      `${STATUS_MARK[r.status]} ${STATUS_WORDS[r.status][lang]}${provisional(r) ? ` (${STATUS_PROVISIONAL[lang]})` : ''}`,
    ];
  });
  const header = [h.indicator, h.value, h.counts, h.ci95, h.target, h.document, h.status].map((x) => x[lang]);
  const widths = header.map((_, i) => Math.max(width(header[i] as string), ...rows.map((r) => width(r[i] as string))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] as number, i > 0 && i < 4))
      .join('  ')
      .trimEnd();
  const months = report.results.find((r) => r.id === 'clearance_rate')?.inputs.months ?? null;
  const period = reportingYearLabel(data.meta, report.year, months, lang);
  const title = `${TABLE_NOTES.title[lang]}: ${period}, ${areaName} (${report.area_code})`;
  const part = partLabel(conventionOf(data.meta), report.year, months);
  // Every result of an area that did not exist in the year says so in the same words: print it once.
  const absent = report.results.every((r) => r.value === null) ? report.results[0]?.reason[lang] : undefined;
  // Each figure without data says why, once per indicator (crime-free communes in a year of district leaves).
  const why = absent
    ? []
    : [...new Map(report.results.filter((r) => r.status === 'no_data').map((r) => [r.id, r])).values()].map(
        (r) => `  – ${INDICATORS[r.id].shortTitle[lang]}: ${r.reason[lang]}`,
      );
  // Units that have not sent a month's return (flags.coverage): "62/69 đơn vị đã báo cáo tháng 11/2026".
  const gaps = reportingCoverage(data, report.year, report.area_code, months ?? []).filter(
    (c) => c.reported < c.expected,
  );
  const notes = [
    part ? TABLE_NOTES.partial(part)[lang] : null,
    gaps.length > 0 ? coverageLine(gaps, report.year)[lang] : null,
    absent && absent.includes('chitieu series') ? absent : null,
    ...(why.length > 0 ? [INDICATOR_SENTENCES.whyNoData[lang], ...why] : []),
  ].filter((x): x is string => x !== null);
  return [
    title,
    '',
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
    '',
    ...notes,
    ...(notes.length ? [''] : []),
  ].join('\n');
}
