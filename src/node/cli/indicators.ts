import { readFile } from 'node:fs/promises';
import { CLI_HELP, CLI_MESSAGES } from '../../core/messages/cli.ts';
import { computeIndicators } from '../../core/indicators/compute.ts';
import { describeAreaBasis } from '../../core/areas/describe-area-basis.ts';
import { TARGET_SETS } from '../../core/targets/registry.ts';
import { parseTargetSet } from '../../core/targets/parse.ts';
import type { TargetSet } from '../../core/targets/target-set.ts';
import type { Lang } from '../../core/messages/lang.ts';
import type { DataSet } from '../../core/types.ts';
import { parseOptions, required, yearOption, UsageError } from './args.ts';
import { closestName } from './suggest.ts';
import type { Io } from './io.ts';
import { scorecardTable } from './table.ts';
import { loadOrReport } from './load-or-report.ts';

/** Re-exported for the commands that import it from here. */
export { loadOrReport };
import { latestYear, yearInData } from '../../core/periods/data-years.ts';
import { DATA_YEAR_MESSAGES } from '../../core/messages/data-years.ts';

/** `chitieu indicators`: prints every indicator for one year and area. */
export async function indicatorsCommand(argv: string[], io: Io): Promise<number> {
  const { values, lang } = parseOptions(argv, {
    data: { type: 'string' },
    year: { type: 'string' },
    area: { type: 'string' },
    targets: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.out(`${CLI_HELP.indicators[lang]}\n`);
    return 0;
  }
  const dataPath = required(values, 'data');
  const yearText = values.year as string | undefined;
  if (yearText !== undefined) yearOption(yearText);
  const targets = await loadTargetSet(values.targets as string | undefined, lang, io);
  if (targets === 'refused') return 1;
  const data = await loadOrReport(dataPath, lang, io);
  if (!data) return 1;
  const year = chooseDataYear(data, yearText, lang, io);
  if (year === null) return 1;
  const area = values.area as string | undefined;
  if (area !== undefined && !data.areas.some((a) => a.area_code === area)) {
    throw new UsageError(CLI_MESSAGES.unknownArea(area));
  }
  const options = { year, ...(area ? { area } : {}), ...(targets ? { targets } : {}) };
  // Below the province, say which tree the figure used (an old district after the 2025 reform sums no
  // rows of its own: `chitieu series` gives its figure gathered from the new units).
  const basis =
    area !== undefined && data.areas.some((a) => a.area_code === area && a.parent_code !== null)
      ? describeAreaBasis(data, area, year)
      : null;
  if (values.json) {
    // The contract's fields, then the analysis fields (statistical_status, flags, trend, progress, per_100k).
    // Loaded only here: the assessments bring the statistical tests (and @stdlib's t distribution, about
    // 200 kB of code) that the table printed without --json never reads.
    const { assessedIndicators } = await import('../../core/analysis/assess-report.ts');
    const report = assessedIndicators(data, options);
    const areaBasis = basis
      ? { area_basis: { basis: basis.basis, tree: basis.tree, months: basis.months, sentence: basis.sentence } }
      : {};
    io.out(`${JSON.stringify({ ...report, ...areaBasis }, null, 2)}\n`);
  } else {
    io.out(scorecardTable(computeIndicators(data, options), data, lang));
    if (basis) io.out(`\n${basis.sentence[lang]}\n`);
  }
  return 0;
}

/**
 * The year a command reports on: `--year` when given, else the latest year with data (the year in
 * progress, compared on its months). A year outside the data is refused (exit 1) naming the years the
 * data cover (CONTRACT.md). Returns null, after printing why, when there is no year to report on.
 */
export function chooseDataYear(data: DataSet, yearText: string | undefined, lang: Lang, io: Io): number | null {
  if (yearText === undefined) {
    const latest = latestYear(data);
    if (latest === null) io.err(`${DATA_YEAR_MESSAGES.noYears[lang]}\n`);
    return latest;
  }
  const checked = yearInData(data, yearOption(yearText));
  if (checked.ok) return checked.year;
  if (checked.first === null || checked.last === null) {
    io.err(`${DATA_YEAR_MESSAGES.noYears[lang]}\n`);
  } else {
    io.err(`${DATA_YEAR_MESSAGES.yearNotInData(checked.year, checked.first, checked.last)[lang]}\n`);
  }
  return null;
}

/**
 * The `--targets` option: a built-in set's id, or the path of a JSON file. Returns undefined for the
 * default set and 'refused' when the file is unreadable or invalid (exit 1, like refused data). A name that
 * is neither a set nor a file, and does not look like a path, is a usage error naming the closest set.
 *
 * @throws UsageError for an unknown set id (`--targets nationl`: did you mean national?).
 */
export async function loadTargetSet(
  value: string | undefined,
  lang: Lang,
  io: Io,
): Promise<TargetSet | undefined | 'refused'> {
  if (value === undefined) return undefined;
  const builtIn = TARGET_SETS[value];
  if (builtIn) return builtIn;
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const ids = Object.keys(TARGET_SETS);
    if (code === 'ENOENT' && !/[\\/.]/.test(value))
      throw new UsageError(CLI_MESSAGES.unknownTargetSet(value, closestName(value, ids), ids));
    io.err(
      `${CLI_MESSAGES.targetsUnreadable(value, code === 'ENOENT' ? 'missing' : 'unreadable', code ?? null)[lang]}\n`,
    );
    return 'refused';
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.err(`${CLI_MESSAGES.targetsNotJson(value, jsonErrorPlace(text, (error as Error).message))[lang]}\n`);
    return 'refused';
  }
  const parsed = parseTargetSet(json);
  if (!parsed.ok) {
    for (const p of parsed.problems) io.err(`${value}: ${p.path}: ${p.message[lang]}\n`);
    return 'refused';
  }
  return parsed.set;
}

/** Where JSON.parse stopped, as line and column (1-based), from the position its message gives; null if none. */
function jsonErrorPlace(text: string, message: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1])).split('\n');
  return { line: before.length, column: (before.at(-1) as string).length + 1 };
}
