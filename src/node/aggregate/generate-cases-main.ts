/**
 * Command line of the case-file generator, bundled to `dist/generate-cases.js`:
 *
 *     npm run data:cases -- --rows N --out FILE [--format csv|parquet] [--seed S]
 *                           [--reports FILE] [--report-rows M] [--from DIR]
 *                           [--areas-out FILE] [--expected-out FILE] [--ids ascending|scattered]
 *
 * Rates come from the data folder `--from` (default `data`), or, without one, from the bundled
 * data's generator. `--format` defaults to parquet for a `.parquet` file name, csv otherwise.
 * `--areas-out` writes the areas the records use (the `--areas` of `chitieu aggregate`);
 * `--expected-out` the `criminal_cases.csv` the file aggregates to under the source's convention and
 * cut-off (printed); `--ids scattered` numbers the cases out of file order (GenerateOptions.ids). Exit codes: 0 written, 1 failed, 2 misused.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { generateCaseFiles } from './generate-cases.ts';
import { AGGREGATE_MESSAGES } from '../../core/messages/aggregate.ts';
import { builtInRateSource, loadRateSource } from './rate-source.ts';
import { areasCsv, criminalCasesCsv } from './write-tables.ts';

async function run(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        rows: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        seed: { type: 'string' },
        reports: { type: 'string' },
        'report-rows': { type: 'string' },
        from: { type: 'string' },
        'areas-out': { type: 'string' },
        'expected-out': { type: 'string' },
        lang: { type: 'string' },
        ids: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`data:cases: ${(error as Error).message}\n`);
    return 2;
  }
  const lang = values.lang === 'en' ? 'en' : 'vi';
  const count = (name: string): number | undefined => {
    const v = values[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new Error(AGGREGATE_MESSAGES.badCount(name, String(v))[lang]);
    return Number(v);
  };
  const out = values.out;
  if (typeof out !== 'string') {
    process.stderr.write('data:cases: --out FILE is required\n');
    return 2;
  }
  const format = values.format ?? (/\.parquet$/i.test(out) ? 'parquet' : 'csv');
  if (format !== 'csv' && format !== 'parquet') {
    process.stderr.write(`data:cases: --format ${String(format)} (csv | parquet)\n`);
    return 2;
  }
  const ids = values.ids ?? 'ascending';
  if (ids !== 'ascending' && ids !== 'scattered') {
    process.stderr.write(`data:cases: --ids ${String(ids)} (ascending | scattered)\n`);
    return 2;
  }
  let rows: number | undefined, reportRows: number | undefined, seed: number | undefined;
  try {
    rows = count('rows');
    reportRows = count('report-rows');
    seed = count('seed');
  } catch (error) {
    process.stderr.write(`data:cases: ${(error as Error).message}\n`);
    return 2;
  }
  const started = performance.now();
  const source = (await loadRateSource(typeof values.from === 'string' ? values.from : 'data')) ?? builtInRateSource();
  const result = await generateCaseFiles(source, {
    out,
    format,
    ids,
    ...(rows === undefined ? {} : { rows }),
    ...(reportRows === undefined ? {} : { reportRows }),
    ...(seed === undefined ? {} : { seed }),
    reportsOut: typeof values.reports === 'string' ? values.reports : null,
  });
  if (typeof values['areas-out'] === 'string') await writeFile(values['areas-out'], areasCsv(source.areas));
  if (typeof values['expected-out'] === 'string')
    await writeFile(values['expected-out'], criminalCasesCsv(result.expected));
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${AGGREGATE_MESSAGES.generated(result.cases, out, seconds)[lang]}\n`);
  if (result.reports > 0)
    process.stdout.write(`${AGGREGATE_MESSAGES.generated(result.reports, String(values.reports), seconds)[lang]}\n`);
  process.stdout.write(`rates: ${source.origin}; periods: ${result.convention}; cutoff: ${result.cutoff}\n`);
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
