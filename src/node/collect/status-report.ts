/**
 * The cycle's status: every unit expected for the period (received, missing, refused, flagged,
 * corrected), and for each unit with a problem one section that can be sent back as it is: the sheet and
 * cell, what is wrong, what to do. Written as `collect-status.html` and `collect-status.xlsx`, and as
 * plain text for the terminal.
 */
import { writeFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { COLLECT_TEXT, OUTCOME_WORDS, type ReturnOutcome } from '../../core/messages/collect.ts';
import type { Lang } from '../../core/messages/lang.ts';
import type { PeriodConvention } from '../../core/periods/convention.ts';
import { periodLabel } from '../../core/periods/period-label.ts';
import { periodRange } from '../../core/periods/period-range.ts';
import { formatDate } from '../../core/format/date.ts';
import { normaliseZip } from '../zip/normalise-zip.ts';
import { neutraliseText } from '../../core/export/csv-document.ts';
import { defaultDeadline } from './make-forms.ts';
import type { ReturnProblem } from './problems.ts';
import type { CollectResult, UnitStatus } from './run-collect.ts';

export const STATUS_FILES = { html: 'collect-status.html', xlsx: 'collect-status.xlsx' } as const;

/** One section to send back to a unit. */
export interface Section {
  heading: string;
  intro: string;
  problems: Pick<ReturnProblem, 'file' | 'where' | 'what' | 'todo'>[];
}

/** The counts of the summary line. */
export function outcomeCounts(result: CollectResult): Record<ReturnOutcome, number> {
  const c: Record<ReturnOutcome, number> = {
    accepted: 0,
    flagged: 0,
    corrected: 0,
    unchanged: 0,
    refused: 0,
    missing: 0,
  };
  for (const u of result.units) c[u.outcome]++;
  return c;
}

/** The sections, one per unit with a problem (missing units included), then the unrecognised files. */
export function statusSections(result: CollectResult, convention: PeriodConvention, lang: Lang): Section[] {
  const period = periodLabel(convention, result.year, result.month, lang);
  const deadline = formatDate(defaultDeadline(periodRange(convention, result.year, result.month).end), lang);
  const sections: Section[] = [];
  for (const u of result.units) {
    const problems = u.files.flatMap((f) => f.problems.filter((p) => p.code !== 'not_written' && p.code !== 'held'));
    if (u.outcome !== 'missing' && problems.length === 0) continue;
    const intro =
      u.outcome === 'missing'
        ? COLLECT_TEXT.sectionMissing(deadline)[lang]
        : u.outcome === 'refused'
          ? COLLECT_TEXT.sectionRefused[lang]
          : COLLECT_TEXT.sectionFlagged[lang];
    sections.push({
      heading: COLLECT_TEXT.sectionHead(u.unit.name_vi, u.unit.area_code, period)[lang],
      intro,
      problems,
    });
  }
  const stray = result.unrecognised.flatMap((f) => f.problems);
  if (stray.length > 0) sections.push({ heading: COLLECT_TEXT.unrecognised[lang], intro: '', problems: stray });
  return sections;
}

/** The report as plain text: the summary, then each section. */
export function statusText(result: CollectResult, convention: PeriodConvention, lang: Lang): string {
  const period = periodLabel(convention, result.year, result.month, lang);
  const lines = [COLLECT_TEXT.summary(period, outcomeCounts(result), result.units.length)[lang]];
  for (const s of statusSections(result, convention, lang)) {
    lines.push('', s.heading);
    if (s.intro) lines.push(s.intro);
    for (const p of s.problems) lines.push(`  - ${p.file}${p.where ? `, ${p.where}` : ''}: ${p.what} ${p.todo}`);
  }
  return `${lines.join('\n')}\n`;
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const OUTCOME_COLOURS: Record<ReturnOutcome, string> = {
  accepted: '#17602f',
  unchanged: '#17602f',
  corrected: '#1d4e89',
  flagged: '#8a5a00',
  refused: '#9f1d1d',
  missing: '#9f1d1d',
};

/** The report as a self-contained HTML page. */
export function statusHtml(result: CollectResult, convention: PeriodConvention, lang: Lang): string {
  const period = periodLabel(convention, result.year, result.month, lang);
  const t = COLLECT_TEXT.columns;
  const rows = result.units
    .map(
      (u: UnitStatus) =>
        `<tr><td>${esc(u.unit.area_code)}</td><td>${esc(u.unit.name_vi)}</td>` +
        `<td style="color:${OUTCOME_COLOURS[u.outcome]}">${esc(OUTCOME_WORDS[u.outcome][lang])}</td>` +
        `<td>${esc(u.files.map((f) => f.file).join(', '))}</td></tr>`,
    )
    .join('\n');
  const sections = statusSections(result, convention, lang)
    .map(
      (s) =>
        `<section><h2>${esc(s.heading)}</h2>` +
        (s.intro ? `<p>${esc(s.intro)}</p>` : '') +
        `<table><thead><tr><th>${esc(t.file[lang])}</th><th>${esc(t.where[lang])}</th><th>${esc(t.what[lang])}</th><th>${esc(t.todo[lang])}</th></tr></thead><tbody>` +
        s.problems
          .map(
            (p) =>
              `<tr><td>${esc(p.file)}</td><td>${esc(p.where ?? '')}</td><td>${esc(p.what)}</td><td>${esc(p.todo)}</td></tr>`,
          )
          .join('') +
        '</tbody></table></section>',
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(COLLECT_TEXT.statusTitle(period)[lang])}</title>
<style>body{font-family:"Noto Sans",Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#efefef}section{page-break-inside:avoid}h2{font-size:1.1rem;margin-top:2rem}</style></head>
<body><h1>${esc(COLLECT_TEXT.statusTitle(period)[lang])}</h1>
<p><strong>${esc(COLLECT_TEXT.summary(period, outcomeCounts(result), result.units.length)[lang])}</strong></p>
<table><thead><tr><th>${esc(t.code[lang])}</th><th>${esc(t.unit[lang])}</th><th>${esc(t.outcome[lang])}</th><th>${esc(t.file[lang])}</th></tr></thead><tbody>
${rows}
</tbody></table>
${sections}
</body></html>
`;
}

/** The report as a workbook: the overview of every unit, and one line per problem to send back. */
export async function statusWorkbook(result: CollectResult, convention: PeriodConvention, lang: Lang): Promise<Buffer> {
  const excel: typeof ExcelJS = (await import('exceljs')).default;
  const period = periodLabel(convention, result.year, result.month, lang);
  const book = new excel.Workbook();
  const when = new Date(`${periodRange(convention, result.year, result.month).end}T00:00:00Z`);
  book.creator = 'chitieu';
  book.created = when;
  book.modified = when;
  const t = COLLECT_TEXT.columns;
  const overview = book.addWorksheet(COLLECT_TEXT.sheetOverview[lang], { views: [{ state: 'frozen', ySplit: 3 }] });
  overview.columns = [{ width: 8 }, { width: 28 }, { width: 24 }, { width: 50 }];
  overview.getCell('A1').value = neutraliseText(
    COLLECT_TEXT.summary(period, outcomeCounts(result), result.units.length)[lang],
  );
  overview.getCell('A1').font = { bold: true };
  const head = overview.getRow(3);
  head.values = [t.code[lang], t.unit[lang], t.outcome[lang], t.file[lang]];
  head.font = { bold: true };
  for (const u of result.units) {
    const row = overview.addRow([
      u.unit.area_code,
      neutraliseText(u.unit.name_vi),
      OUTCOME_WORDS[u.outcome][lang],
      neutraliseText(u.files.map((f) => f.file).join(', ')),
    ]);
    row.getCell(3).font = { color: { argb: `FF${OUTCOME_COLOURS[u.outcome].slice(1)}` } };
  }
  overview.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: 4 } };
  const fix = book.addWorksheet(COLLECT_TEXT.sheetProblems[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  fix.columns = [{ width: 40 }, { width: 40 }, { width: 24 }, { width: 60 }, { width: 50 }];
  const fixHead = fix.addRow([t.unit[lang], t.file[lang], t.where[lang], t.what[lang], t.todo[lang]]);
  fixHead.font = { bold: true };
  for (const s of statusSections(result, convention, lang)) {
    if (s.problems.length === 0) fix.addRow([neutraliseText(s.heading), '', '', neutraliseText(s.intro), '']);
    for (const p of s.problems)
      fix.addRow([
        neutraliseText(s.heading),
        neutraliseText(p.file),
        neutraliseText(p.where ?? ''),
        neutraliseText(p.what),
        neutraliseText(p.todo),
      ]);
  }
  fix.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  fix.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 5 } };
  // Stored unpacked by exceljs: normaliseZip deflates the parts with zlib.
  return normaliseZip(
    Buffer.from(await book.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions)),
  );
}

/** Writes both files into `dir` (each whole: a temporary name, then renamed); returns their paths. */
export async function writeStatus(
  dir: string,
  result: CollectResult,
  convention: PeriodConvention,
  lang: Lang,
): Promise<string[]> {
  const files: [string, Buffer | string][] = [
    [STATUS_FILES.xlsx, await statusWorkbook(result, convention, lang)],
    [STATUS_FILES.html, statusHtml(result, convention, lang)],
  ];
  const paths: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
    paths.push(path);
  }
  return paths;
}
