import { existsSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { rootArea } from '../../core/areas/tree.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { formatNumber } from '../../core/format/number.ts';
import { REPORT_HELP, REPORT_MESSAGES, REPORT_STEPS } from '../../core/messages/report.ts';
import { TARGET_SETS } from '../../core/targets/registry.ts';
import type { DataSet } from '../../core/types.ts';
import { exportCharts } from '../render/export-charts.ts';
import { notoSansFiles } from '../report/fonts.ts';
import { REPORT_FILES } from '../report/files.ts';
import { OutFolderError, checkOutFolder, recoverInterruptedSwap } from '../report/output-folder.ts';
import { ReportStepError, buildReport } from '../report/pipeline.ts';
import { createProgress } from '../report/progress-bar.ts';
import { buildNotebooksInWorker } from '../report/notebooks-in-worker.ts';
import { findReport } from '../report/build-scorecard.ts';
import { toolkitRoot } from '../report/toolkit-root.ts';
import { buildNotebooks } from '../notebooks/build.ts';
import { readBriefingSettings } from '../report/briefing-settings.ts';
import type { ChartExporter } from '../report/types.ts';
import { dataYears, isCompleteYear, lastCompleteYear } from '../../core/periods/data-years.ts';
import { tableMonths } from '../../core/areas/table-months.ts';
import { reportingYearLabel } from '../../core/periods/of-data.ts';
import { parseOptions, required, yearOption, UsageError } from './args.ts';
import { chooseDataYear, loadOrReport, loadTargetSet } from './indicators.ts';
import type { Io } from './io.ts';
import { VERSION } from './version.ts';
import { scorecardTable } from './table.ts';

/** The closing lines: where the report is, how big, how long it took, and its main files. */
function doneMessage(out: string, files: string[], bytes: number, seconds: number, year: number, lang: Lang): string {
  const at = (f: string) => join(out, f);
  const size = `${formatNumber(bytes / 1e6, { lang, decimals: 1 })} MB`;
  return [
    REPORT_MESSAGES.done(out, files.length, size, formatNumber(seconds, { lang, decimals: 1 }))[lang],
    REPORT_MESSAGES.mainFiles(
      at(REPORT_FILES.briefingHtml(year)),
      at(REPORT_FILES.briefingDocx(year)),
      at(REPORT_FILES.scorecardXlsx),
    )[lang],
  ].join('\n');
}

/** Which period the pack covers ('10 tháng đầu năm 2026 (…)') and how to choose another. */
function builtPeriodMessage(data: DataSet, year: number, lang: Lang): string {
  const years = dataYears(data);
  const complete = isCompleteYear(data, year);
  const months = tableMonths(data, 'criminal_cases', 'year', year).months;
  const period = reportingYearLabel(data.meta, year, complete ? null : months, lang);
  return REPORT_MESSAGES.builtPeriod(period, years[0] as number, years.at(-1) as number, !complete)[lang];
}

/**
 * `chitieu report`: the main job. Builds the whole report (scorecard, charts, briefing, manifest) into
 * `--out`, swapping it in only when every step succeeded, then prints the year's scorecard.
 * Exit codes: 0 done; 1 the data were refused or a step failed; 2 misuse (including an `--out` that
 * holds other files).
 */
export async function reportCommand(argv: string[], io: Io, charts: ChartExporter = exportCharts): Promise<number> {
  const { values, lang } = parseOptions(argv, {
    data: { type: 'string' },
    out: { type: 'string' },
    year: { type: 'string' },
    targets: { type: 'string' },
    quiet: { type: 'boolean' },
    'no-notebooks': { type: 'boolean' },
    settings: { type: 'string' },
  });
  if (values.help) {
    io.out(`${REPORT_HELP[lang]}\n`);
    return 0;
  }
  const out = required(values, 'out');
  const root = toolkitRoot();
  const dataPath = (values.data as string | undefined) ?? (root ? join(root, 'data') : 'data');
  const yearText = values.year as string | undefined;
  if (yearText !== undefined) yearOption(yearText);
  const recovery = await recoverInterruptedSwap(out);
  if (recovery.restored) io.err(`${REPORT_MESSAGES.restoredEarlier(out)[lang]}\n`);
  try {
    await checkOutFolder(out);
  } catch (error) {
    if (error instanceof OutFolderError) throw new UsageError(error.text);
    throw error;
  }
  const targetsOption = values.targets as string | undefined;
  const targets = await loadTargetSet(targetsOption, lang, io);
  if (targets === 'refused') return 1;
  const data = await loadOrReport(dataPath, lang, io);
  if (!data) return 1;
  const year = chooseDataYear(data, yearText, lang, io);
  if (year === null) return 1;
  // The Word briefing's heading: --settings, else briefing.json beside the data; a bad file is refused now.
  const besideData = statSync(dataPath).isDirectory() ? join(dataPath, 'briefing.json') : null;
  const settingsFile =
    (values.settings as string | undefined) ?? (besideData && existsSync(besideData) ? besideData : undefined);
  if (settingsFile !== undefined) {
    try {
      await readBriefingSettings(settingsFile, lang);
    } catch (error) {
      io.err(`chitieu report: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }

  // A year in progress: the last whole year gets its own briefing too.
  const lastWhole = lastCompleteYear(data);
  const wholeYears = !isCompleteYear(data, year) && lastWhole !== null && lastWhole !== year ? [lastWhole] : [];
  const mode = values.quiet ? 'lines' : io.isTTY ? 'bar' : 'lines';
  let temp: string | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (temp !== null) rmSync(temp, { recursive: true, force: true });
    io.err(`\n${REPORT_MESSAGES.interrupted[lang]}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const started = performance.now();
  try {
    const summary = await buildReport(
      {
        data,
        outDir: out,
        year,
        lang,
        // A year in progress: the last whole year gets its own briefing too.
        ...(wholeYears.length > 0 ? { alsoYears: wholeYears } : {}),
        ...(targets ? { targets } : {}),
        ...(targetsOption !== undefined && !TARGET_SETS[targetsOption] ? { targetsFile: targetsOption } : {}),
        ...(settingsFile !== undefined ? { briefingSettingsFile: settingsFile } : {}),
      },
      {
        exportCharts: charts,
        version: VERSION,
        buildNotebooks: notebookBuilder(root, dataPath, Boolean(values['no-notebooks']), lang),
        fonts: notoSansFiles(),
        progress: createProgress(io.out, lang, mode),
        onTempFolder: (dir) => {
          temp = dir;
        },
      },
    );
    const report = summary.scorecard && findReport(summary.scorecard, year, rootArea(data.areas).area_code);
    if (report) io.out(`\n${scorecardTable(report, data, lang)}\n`);
    const seconds = (performance.now() - started) / 1000;
    io.out(`${doneMessage(out, summary.files, summary.bytes, seconds, year, lang)}\n`);
    io.out(`${builtPeriodMessage(data, year, lang)}\n`);
    for (const y of wholeYears) {
      io.out(
        `${REPORT_MESSAGES.wholeYearBriefing(y, join(out, REPORT_FILES.briefingHtml(y)), join(out, REPORT_FILES.briefingDocx(y)))[lang]}\n`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof OutFolderError) throw new UsageError(error.text);
    if (error instanceof ReportStepError) {
      io.err(`chitieu report: ${REPORT_MESSAGES.stepFailed(REPORT_STEPS[error.step][lang], error.detail)[lang]}\n`);
      io.err(`${(error.earlierKept ? REPORT_MESSAGES.earlierKept(out) : REPORT_MESSAGES.nothingWritten(out))[lang]}\n`);
      return 1;
    }
    // Anything else (no room beside --out, a rename refused): the earlier report, if any, is still in place.
    io.err(`chitieu report: ${error instanceof Error ? error.message : String(error)}\n`);
    io.err(`${REPORT_MESSAGES.nothingReplaced(out)[lang]}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * The notebooks step's builder: Notebook Kit's build of the toolkit's notebooks/ on the report's data
 * ({@link buildNotebooks}), or null when the notebooks are left out: asked for, no toolkit folder, or data
 * given as a workbook (the notebooks read CSV folders).
 */
function notebookBuilder(
  root: string | null,
  dataPath: string,
  skip: boolean,
  lang: Lang,
): ((out: string) => Promise<void>) | null {
  if (skip || root === null || !existsSync(join(root, 'notebooks')) || !statSync(dataPath).isDirectory()) return null;
  return async (out) => {
    // The report has accepted the folder already (its first step): the build does not check it again.
    const options = { root, data: resolve(dataPath), out, quiet: true, lang, dataChecked: true };
    // From the bundle: on a worker thread, so that it runs beside the other steps (see the notebooks step).
    await (buildNotebooksInWorker(join(root, 'dist', 'notebooks-worker.js'), options) ?? buildNotebooks(options));
  };
}
