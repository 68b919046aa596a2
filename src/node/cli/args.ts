import { parseArgs } from 'node:util';
import type { Lang } from '../../core/messages/lang.ts';
import { CLI_MESSAGES } from '../../core/messages/cli.ts';

/** A misuse of the command line: exit code 2 with this message. */
export class UsageError extends Error {
  constructor(readonly text: { vi: string; en: string }) {
    super(text.en);
  }
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** Parses options strictly (unknown options are a usage error) and picks the language. */
export function parseOptions<T extends OptionSpec>(argv: string[], spec: T) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...spec, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    const lang = langOf((values as Record<string, unknown>).lang as string | undefined);
    return { values: values as Record<string, string | boolean | undefined>, positionals, lang };
  } catch (error) {
    throw new UsageError(CLI_MESSAGES.badOption((error as Error).message));
  }
}

/** `vi` unless `en` is asked for; anything else is a usage error. */
export function langOf(value: string | undefined): Lang {
  if (value === undefined || value === 'vi') return 'vi';
  if (value === 'en') return 'en';
  throw new UsageError(CLI_MESSAGES.badOption(`--lang ${value} (vi | en)`));
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
