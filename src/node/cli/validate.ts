import { CLI_HELP, CLI_MESSAGES } from '../../core/messages/cli.ts';
import { TABLE_NAMES } from '../../core/types.ts';
import { parseOptions, required } from './args.ts';
import { loadOrReport } from './load-or-report.ts';
import type { Io } from './io.ts';

/** `chitieu validate`: checks a data folder, prints every problem, exit 1 when refused. */
export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const { values, lang } = parseOptions(argv, { data: { type: 'string' } });
  if (values.help) {
    io.out(`${CLI_HELP.validate[lang]}\n`);
    return 0;
  }
  const data = await loadOrReport(required(values, 'data'), lang, io);
  if (!data) return 1;
  const rows = TABLE_NAMES.reduce((sum, t) => sum + data[t].length, 0);
  io.out(`${CLI_MESSAGES.dataValid(TABLE_NAMES.length, rows)[lang]}\n`);
  return 0;
}
