import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECT_HELP, COLLECT_TEXT } from '../../core/messages/collect.ts';
import { conventionOf } from '../../core/periods/of-data.ts';
import { parseOptions, required } from './args.ts';
import { periodOption } from './forms.ts';
import { loadOrReport } from './indicators.ts';
import type { Io } from './io.ts';
import { recoverJournal } from '../collect/consolidate.ts';
import { formatReturnProblem } from '../collect/problems.ts';
import { runCollect } from '../collect/run-collect.ts';
import { statusText, writeStatus } from '../collect/status-report.ts';

/**
 * `chitieu collect`: reads the returns in an inbox, writes the accepted ones into the data folder, logs
 * every file, and writes the status report. Exit 0 when every return was accepted, 1 when any was refused
 * (or the data folder itself is refused), 2 on misuse.
 */
export async function collectCommand(argv: string[], io: Io): Promise<number> {
  const { values, lang } = parseOptions(argv, {
    data: { type: 'string' },
    inbox: { type: 'string' },
    period: { type: 'string' },
    report: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'all-or-nothing': { type: 'boolean' },
  });
  if (values.help) {
    io.out(`${COLLECT_HELP.collect[lang]}\n`);
    return 0;
  }
  const dataDir = required(values, 'data');
  const inbox = required(values, 'inbox');
  const period = typeof values.period === 'string' ? periodOption(values.period) : null;
  const inboxStat = await stat(inbox).catch(() => null);
  if (!inboxStat?.isDirectory()) {
    io.err(`${COLLECT_TEXT.inboxMissing(inbox)[lang]}\n`);
    return 2;
  }
  const csv = await stat(join(dataDir, 'crime_reports.csv')).catch(() => null);
  if (!csv?.isFile()) {
    io.err(`${COLLECT_TEXT.notCsvFolder(dataDir)[lang]}\n`);
    return 1;
  }
  if (await recoverJournal(dataDir)) io.err(`${COLLECT_TEXT.recovered[lang]}\n`);
  const data = await loadOrReport(dataDir, lang, io);
  if (!data) return 1;

  const result = await runCollect(data, {
    dataDir,
    inbox,
    period,
    dryRun: values['dry-run'] === true,
    allOrNothing: values['all-or-nothing'] === true,
    lang,
  });
  if (result === null) {
    io.err(`${COLLECT_TEXT.noPeriod[lang]}\n`);
    return 2;
  }
  const convention = conventionOf(data.meta);
  for (const r of result.results)
    for (const p of r.problems) if (p.code !== 'not_written') io.err(`${formatReturnProblem(p)}\n`);
  io.out(statusText(result, convention, lang).split('\n')[0] + '\n');
  if (result.written && result.written.rows > 0)
    io.out(`${COLLECT_TEXT.written(result.written.rows, result.written.files)[lang]}\n`);
  else io.out(`${COLLECT_TEXT.nothingWritten[lang]}\n`);
  const files = await writeStatus(typeof values.report === 'string' ? values.report : inbox, result, convention, lang);
  io.out(`${COLLECT_TEXT.statusWritten(files)[lang]}\n`);
  return result.results.some((r) => r.outcome === 'refused') ? 1 : 0;
}
