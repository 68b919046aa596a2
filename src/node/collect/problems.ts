/**
 * A problem found in a returned file, placed at its sheet and cell (`'Án hình sự'!C12`) or CSV line and
 * column, with what is wrong and what the unit should do, in the reader's language.
 */
import { RETURN_PROBLEMS, type ReturnProblemArgs, type ReturnProblemCode } from '../../core/messages/collect.ts';
import type { Lang } from '../../core/messages/lang.ts';
import { showControls } from '../../core/io/problem.ts';

export interface ReturnProblem {
  file: string;
  /** `'Án hình sự'!C12`, `file.csv:4:6`, or null for the whole file. */
  where: string | null;
  code: ReturnProblemCode;
  /** An error refuses the return; a flag lets it through, to be confirmed with the unit. */
  severity: 'error' | 'flag';
  what: string;
  todo: string;
}

/** Collects the problems of one return. */
export class ReturnProblems {
  readonly list: ReturnProblem[] = [];
  constructor(
    readonly file: string,
    readonly lang: Lang,
  ) {}

  error<C extends ReturnProblemCode>(where: string | null, code: C, args: ReturnProblemArgs[C]): void {
    this.add('error', where, code, args);
  }

  flag<C extends ReturnProblemCode>(where: string | null, code: C, args: ReturnProblemArgs[C]): void {
    this.add('flag', where, code, args);
  }

  get refused(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }

  private add<C extends ReturnProblemCode>(
    severity: 'error' | 'flag',
    where: string | null,
    code: C,
    args: ReturnProblemArgs[C],
  ): void {
    if (this.list.length >= 200) return; // a hostile file gives a short report
    const said = (RETURN_PROBLEMS[code] as (a: ReturnProblemArgs[C], l: Lang) => { what: string; todo: string })(
      args,
      this.lang,
    );
    this.list.push({ file: this.file, where, code, severity, what: said.what, todo: said.todo });
  }
}

/** A sheet and cell as Excel writes a reference: `'Án hình sự'!C12`, `Sheet1!A1`. */
export function sheetCell(sheet: string, address: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!${address}` : `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/**
 * One line of text for a problem: `file: where: what → todo`.
 *
 * @example formatReturnProblem({ file: 'a.xlsx', where: "'Tin báo'!B7", what: 'Ô trống.', todo: 'Nhập 0.' }) // => "a.xlsx: 'Tin báo'!B7: Ô trống. → Nhập 0."
 */
export function formatReturnProblem(p: Pick<ReturnProblem, 'file' | 'where' | 'what' | 'todo'>): string {
  return showControls(`${p.file}: ${p.where === null ? '' : `${p.where}: `}${p.what} → ${p.todo}`);
}
