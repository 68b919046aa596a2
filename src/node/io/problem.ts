/**
 * Problems found while loading a data folder, and how they are printed.
 *
 * Every problem has a place (`file`, 1-based `line` and `column`, either null when the problem
 * belongs to the whole file or column) and a message in the reader's language. The contract prints
 * them as `file:line:column: message`, or `file: message` for a missing file or column.
 */
import type { Lang } from '../../core/messages/lang.ts';
import { validationMessage, type ProblemArgs, type ProblemCode } from '../../core/messages/validation.ts';

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
  if (p.line === null) return `${p.file}: ${p.message}`;
  if (p.column === null) return `${p.file}:${p.line}: ${p.message}`;
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Collects errors and warnings with their messages rendered in one language. */
export class ProblemSink {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  readonly lang: Lang;

  constructor(lang: Lang) {
    this.lang = lang;
  }

  /** Records a problem that refuses the data. */
  error<C extends ProblemCode>(file: string, line: number | null, column: number | null, code: C, args: ProblemArgs[C]): void {
    this.errors.push({ file, line, column, code, message: validationMessage(code, args, this.lang) });
  }

  /** Records a problem worth reading that does not refuse the data. */
  warn<C extends ProblemCode>(file: string, line: number | null, column: number | null, code: C, args: ProblemArgs[C]): void {
    this.warnings.push({ file, line, column, code, message: validationMessage(code, args, this.lang) });
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
