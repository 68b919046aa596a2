import type { Lang } from '../../core/messages/lang.ts';
import { CLI_MESSAGES } from '../../core/messages/cli.ts';
import { closestName } from './suggest.ts';

/** A misuse of the command line: exit code 2 with this message. */
export class UsageError extends Error {
  constructor(readonly text: { vi: string; en: string }) {
    super(text.en);
  }
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** The options every command takes besides its own. */
const COMMON_OPTIONS: OptionSpec = { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } };

/**
 * Parses a command's options: `--name value`, `--name=value`, `--flag`, and one-letter `-h`. Anything else
 * is a usage error in the reader's words (never Node's English): an unknown option, with the closest
 * valid one when it looks like a typo; a missing value; a value given to a flag; an argument that is not
 * an option; a `--lang` other than vi or en. A repeated option keeps its last value.
 *
 * @throws UsageError
 * @example
 * parseOptions(['--year', '2025', '--json'], { year: { type: 'string' }, json: { type: 'boolean' } }).values
 * // => { year: '2025', json: true }
 * parseOptions(['--yaer', '2025'], { year: { type: 'string' } }) // throws: Tùy chọn không có: --yaer. Có phải ý bạn là --year?
 */
export function parseOptions<T extends OptionSpec>(argv: string[], spec: T) {
  const options: OptionSpec = { ...spec, ...COMMON_OPTIONS };
  const names = Object.keys(options);
  const values: Record<string, string | boolean | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      if (i + 1 < argv.length) throw new UsageError(CLI_MESSAGES.unexpectedArgument(argv[i + 1] as string));
      break;
    }
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const short = long ? null : /^-([^-])$/.exec(arg);
    if (!long && !short) throw new UsageError(CLI_MESSAGES.unexpectedArgument(arg));
    const name = long ? (long[1] as string) : names.find((n) => options[n]?.short === short?.[1]);
    const typed = long ? `--${long[1]}` : arg;
    if (name === undefined || options[name] === undefined) {
      const guess = long ? closestName(long[1] as string, names) : null;
      throw new UsageError(CLI_MESSAGES.unknownOption(typed, guess === null ? null : `--${guess}`));
    }
    const inline = long?.[2];
    if (options[name].type === 'boolean') {
      if (inline !== undefined) throw new UsageError(CLI_MESSAGES.flagWithValue(typed, inline));
      values[name] = true;
      continue;
    }
    if (inline !== undefined) {
      values[name] = inline;
      continue;
    }
    const next = argv[i + 1];
    // A value never starts with a dash here (no option takes a negative number): `--data --year` lacks one.
    if (next === undefined || (next.startsWith('-') && next !== '-'))
      throw new UsageError(CLI_MESSAGES.missingValue(typed));
    values[name] = next;
    i++;
  }
  const lang = langOf(values.lang as string | undefined);
  return { values, lang };
}

/** `vi` unless `en` is asked for; anything else is a usage error. */
export function langOf(value: string | undefined): Lang {
  if (value === undefined || value === 'vi') return 'vi';
  if (value === 'en') return 'en';
  throw new UsageError(CLI_MESSAGES.badLang(value));
}

/**
 * The language a command line asks for (`--lang en` or `--lang=en`, the last one winning), for the words
 * of an error found before or while its options are parsed; `vi` when absent or not a language.
 */
export function langInArgv(argv: readonly string[]): Lang {
  let value: string | undefined;
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  }
  return value === 'en' ? 'en' : 'vi';
}

/** A required string option. */
export function required(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== 'string' || v === '') throw new UsageError(CLI_MESSAGES.missingOption(name));
  return v;
}

/** A four-digit year option. */
export function yearOption(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new UsageError(CLI_MESSAGES.badYear(value));
  return Number(value);
}
