import { CLI_HELP, CLI_MESSAGES } from '../../core/messages/cli.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { UsageError, langInArgv } from './args.ts';
import { closestName } from './suggest.ts';
import { processIo, type Command, type Io } from './io.ts';
import { VERSION } from './version.ts';

/** The commands, each loaded only when it runs (`--help` and a typo load none of them). */
const COMMANDS: Record<string, Command> = {
  aggregate: (argv, io) => import('./aggregate.ts').then((m) => m.aggregateCommand(argv, io)),
  collect: (argv, io) => import('./collect.ts').then((m) => m.collectCommand(argv, io)),
  forms: (argv, io) => import('./forms.ts').then((m) => m.formsCommand(argv, io)),
  charts: (argv, io) => import('./charts.ts').then((m) => m.chartsCommand(argv, io)),
  indicators: (argv, io) => import('./indicators.ts').then((m) => m.indicatorsCommand(argv, io)),
  validate: (argv, io) => import('./validate.ts').then((m) => m.validateCommand(argv, io)),
  report: (argv, io) => import('./report.ts').then((m) => m.reportCommand(argv, io)),
  series: (argv, io) => import('./series.ts').then((m) => m.seriesCommand(argv, io)),
};

/**
 * The `chitieu` command line. Returns the exit code: 0 done, 1 the data were refused, 2 misuse.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const lang: Lang = langInArgv(argv);
  // `chitieu --lang en report ...`: a leading --lang goes with the command's own options.
  const lead = argv[0] === '--lang' ? 2 : argv[0]?.startsWith('--lang=') ? 1 : 0;
  const [name, ...rest] = lead === 0 ? argv : argv.length > lead ? [...argv.slice(lead), ...argv.slice(0, lead)] : [];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${CLI_HELP.main[lang]}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    const guess = name.startsWith('-')
      ? closestName(name, ['--help', '--version'])
      : closestName(name, Object.keys(COMMANDS));
    io.err(`${CLI_MESSAGES.unknownCommand(name, guess)[lang]}\n`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`chitieu ${name}: ${error.text[lang]}\n${CLI_MESSAGES.seeHelp(name)[lang]}\n`);
      return 2;
    }
    throw error;
  }
}

/** The toolkit's version (re-exported for callers of the command line as a library). */
export { VERSION };
export type { Command, Io };
