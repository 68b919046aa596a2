import { CHARTS_CLI } from '../../core/messages/charts.ts';
import { CLI_MESSAGES } from '../../core/messages/cli.ts';
import { EXPORT_FORMATS, exportCharts, type ExportFormat } from '../render/export-charts.ts';
import { parseOptions, required, yearOption, UsageError } from './args.ts';
import { chooseDataYear, loadOrReport, loadTargetSet } from './indicators.ts';
import type { Io } from './io.ts';
import { closestName } from './suggest.ts';

/** Parses `--format svg,png,vl` (default: all three). */
export function formatOption(value: string | undefined): ExportFormat[] {
  if (value === undefined) return [...EXPORT_FORMATS];
  const formats = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter((f) => f !== '');
  const bad = formats.find((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
  if (bad !== undefined || formats.length === 0) {
    throw new UsageError(
      CHARTS_CLI.badFormat(bad ?? value, bad === undefined ? null : closestName(bad, EXPORT_FORMATS)),
    );
  }
  return EXPORT_FORMATS.filter((f) => formats.includes(f));
}

/**
 * `chitieu charts --data DIR --year Y --out DIR [--area CODE] [--lang vi|en] [--format svg,png,vl]
 * [--targets FILE]`: writes the chart set (see `exportCharts`). Exit 0 done, 1 data refused, 2 misuse.
 */
export async function chartsCommand(argv: string[], io: Io): Promise<number> {
  const { values, lang } = parseOptions(argv, {
    data: { type: 'string' },
    year: { type: 'string' },
    area: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    targets: { type: 'string' },
  });
  if (values.help) {
    io.out(`${CHARTS_CLI.help[lang]}\n`);
    return 0;
  }
  const dataPath = required(values, 'data');
  const yearText = values.year as string | undefined;
  if (yearText !== undefined) yearOption(yearText);
  const outDir = required(values, 'out');
  const formats = formatOption(values.format as string | undefined);
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
  const result = await exportCharts(data, {
    year,
    lang,
    formats,
    outDir,
    ...(area ? { area } : {}),
    ...(targets ? { targets } : {}),
  });
  for (const s of result.skipped) io.err(`${CHARTS_CLI.skipped(s.name, s.reason)[lang]}\n`);
  io.out(`${CHARTS_CLI.written(result.files.length, outDir)[lang]}\n`);
  return 0;
}
