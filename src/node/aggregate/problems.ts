/**
 * Collects the problems of case-level files. Like the loader's `ProblemSink`, but a file of
 * millions of rows can hold millions of problems: every one is counted, and the first
 * `maxProblems` (all of them when 0) are kept with their messages.
 */
import type { Lang } from '../../core/messages/lang.ts';
import type { Problem } from '../../core/io/problem.ts';
import { problemMessage, type AnyProblemArgs, type AnyProblemCode } from '../../core/messages/aggregate.ts';

export class AggregateProblems {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  /** Every error found, kept or not. */
  errorCount = 0;

  constructor(
    readonly lang: Lang,
    readonly maxProblems: number = 0,
  ) {}

  /** Records a problem that refuses the data. */
  error<C extends AnyProblemCode>(
    file: string,
    line: number | null,
    column: number | null,
    code: C,
    args: AnyProblemArgs[C],
  ): void {
    this.errorCount++;
    if (this.maxProblems > 0 && this.errors.length >= this.maxProblems) return;
    this.errors.push({ file, line, column, code, message: problemMessage(code, args, this.lang) });
  }

  /** Records a problem worth reading that does not refuse the data. */
  warn<C extends AnyProblemCode>(
    file: string,
    line: number | null,
    column: number | null,
    code: C,
    args: AnyProblemArgs[C],
  ): void {
    this.warnings.push({ file, line, column, code, message: problemMessage(code, args, this.lang) });
  }

  /** Takes over the problems of the loader's sink (used for areas.csv). */
  adopt(errors: readonly Problem[], warnings: readonly Problem[]): void {
    for (const p of errors) {
      this.errorCount++;
      if (this.maxProblems === 0 || this.errors.length < this.maxProblems) this.errors.push(p);
    }
    this.warnings.push(...warnings);
  }

  /** Takes over the problems of a part of a file read elsewhere, `lineOffset` lines into the file. */
  adoptPart(errors: readonly Problem[], errorCount: number, warnings: readonly Problem[], lineOffset: number): void {
    const shift = (p: Problem): Problem => (p.line === null ? p : { ...p, line: p.line + lineOffset });
    for (const p of errors) {
      if (this.maxProblems === 0 || this.errors.length < this.maxProblems) this.errors.push(shift(p));
    }
    this.errorCount += errorCount;
    this.warnings.push(...warnings.map(shift));
  }

  /** True while no problem refuses the data. */
  get ok(): boolean {
    return this.errorCount === 0;
  }
}
