/**
 * Problems found while loading a data folder, and how they are printed.
 *
 * Every problem has a place (`file`, 1-based `line` and `column`, either null when the problem
 * belongs to the whole file or column) and a message in the reader's language. The contract prints
 * them as `file:line:column: message`, or `file: message` for a missing file or column.
 */
import type { Lang } from '../messages/lang.ts';
import { validationMessage, type ProblemArgs, type ProblemCode } from '../messages/validation.ts';

/** One problem, placed in a file. */
export interface Problem {
  /** File name relative to the data folder; for a workbook `book.xlsx[sheet]`. */
  file: string;
  /** 1-based physical line of a CSV file, or Excel row number; null for the whole file. */
  line: number | null;
  /** 1-based field position in a CSV line, or Excel column number; null for the whole line. */
  column: number | null;
  /** A stable problem code (see `core/messages/validation.ts`). */
  code: string;
  message: string;
}

/**
 * Prints a problem the way the contract asks.
 *
 * @example
 * formatProblem({ file: 'crime_reports.csv', line: 4, column: 7, code: 'negative', message: 'âm' });
 * // => 'crime_reports.csv:4:7: âm'
 * formatProblem({ file: 'areas.csv', line: null, column: null, code: 'missing_file', message: 'thiếu' });
 * // => 'areas.csv: thiếu'
 */
export function formatProblem(p: Problem): string {
  const file = showControls(p.file);
  const message = showControls(p.message);
  if (p.line === null) return `${file}: ${message}`;
  if (p.column === null) return `${file}:${p.line}: ${message}`;
  return `${file}:${p.line}:${p.column}: ${message}`;
}

/**
 * Characters a terminal would act on rather than show: C0 and C1 controls (an ESC starts a colour or
 * cursor sequence, a line break would forge another problem line) and the bidirectional overrides
 * that reorder what is shown ("Trojan Source", CVE-2021-42574).
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a file made safe to print: each control or direction character is written as an
 * escape (`\x1b`, `\u202e`), so a problem report is always one line of plain text.
 *
 * @example showControls('drugs\x1b[2J') // => 'drugs\\x1b[2J'
 */
export function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Longest text from a file echoed in a message; the rest is cut (a 50 MB cell is not printed). */
export const ECHO_MAX_CHARS = 200;
/** Most items of a list echoed in a message (the lines sharing a key, the codes of a cycle). */
export const ECHO_MAX_ITEMS = 10;

/**
 * A problem's arguments as a message echoes them: text cut to `ECHO_MAX_CHARS` characters and lists
 * to `ECHO_MAX_ITEMS` items, each with `…` where it was cut, so that the report of a hostile file stays
 * short whatever the file holds.
 *
 * @example clipArgs({ value: '9'.repeat(1e6) }).value.length // => 201
 * @example clipArgs({ lines: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] }).lines // => [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, '… (+2)']
 */
export function clipArgs<A extends object>(args: A): A {
  let out: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(args)) {
    const clipped = clipValue(value);
    if (clipped !== value) (out ??= { ...(args as Record<string, unknown>) })[key] = clipped;
  }
  return (out ?? args) as A;
}

function clipValue(value: unknown): unknown {
  if (typeof value === 'string') return value.length > ECHO_MAX_CHARS ? `${value.slice(0, ECHO_MAX_CHARS)}…` : value;
  if (!Array.isArray(value)) return value;
  const items =
    value.length > ECHO_MAX_ITEMS
      ? [...value.slice(0, ECHO_MAX_ITEMS), `… (+${value.length - ECHO_MAX_ITEMS})`]
      : value;
  const clipped = items.map(clipValue);
  return clipped.some((v, i) => v !== items[i]) || items !== value ? clipped : value;
}

/**
 * Most errors (and, apart, warnings) listed for one file: 1,000. Past it they are counted, not kept,
 * and one more problem says how many there were: a hostile file of ten million bad lines gives a
 * short report, not ten million lines (nor a heap exhausted by their messages).
 */
export const MAX_PROBLEMS_PER_FILE = 1000;

/** Collects errors and warnings with their messages rendered in one language. */
export class ProblemSink {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  readonly lang: Lang;
  private readonly counts = { errors: new Map<string, { n: number }>(), warnings: new Map<string, { n: number }>() };

  constructor(lang: Lang) {
    this.lang = lang;
  }

  /** Records a problem that refuses the data. */
  error<C extends ProblemCode>(
    file: string,
    line: number | null,
    column: number | null,
    code: C,
    args: ProblemArgs[C],
  ): void {
    if (this.admit('errors', file))
      this.errors.push({ file, line, column, code, message: validationMessage(code, clipArgs(args), this.lang) });
  }

  /** Records a problem worth reading that does not refuse the data. */
  warn<C extends ProblemCode>(
    file: string,
    line: number | null,
    column: number | null,
    code: C,
    args: ProblemArgs[C],
  ): void {
    if (this.admit('warnings', file))
      this.warnings.push({ file, line, column, code, message: validationMessage(code, clipArgs(args), this.lang) });
  }

  /**
   * Counts a problem of `file`; false once the file has had its share. The first problem past the
   * share adds the summary, whose message reads the count as it grows.
   */
  private admit(kind: 'errors' | 'warnings', file: string): boolean {
    const counts = this.counts[kind];
    let count = counts.get(file);
    if (count === undefined) counts.set(file, (count = { n: 0 }));
    count.n++;
    if (count.n <= MAX_PROBLEMS_PER_FILE) return true;
    if (count.n === MAX_PROBLEMS_PER_FILE + 1) {
      const seen = count;
      const lang = this.lang;
      const summary = { file, line: null, column: null, code: 'more_problems' } as Problem;
      Object.defineProperty(summary, 'message', {
        enumerable: true,
        get: () => validationMessage('more_problems', { shown: MAX_PROBLEMS_PER_FILE, total: seen.n }, lang),
      });
      this[kind].push(summary);
    }
    return false;
  }
}

/**
 * Sorts problems by file (in the order given), then line, then column; whole-file and whole-line
 * problems come first. The sort is stable, so problems at one place keep the order they were found.
 */
export function sortProblems(problems: Problem[], fileOrder: readonly string[]): Problem[] {
  const rank = new Map(fileOrder.map((f, i) => [f, i]));
  const fileRank = (f: string): number => rank.get(f) ?? fileOrder.length;
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        fileRank(a.p.file) - fileRank(b.p.file) ||
        (a.p.file < b.p.file ? -1 : a.p.file > b.p.file ? 1 : 0) ||
        (a.p.line ?? 0) - (b.p.line ?? 0) ||
        (a.p.column ?? 0) - (b.p.column ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.p);
}
