/**
 * Runs the `@example` blocks of source files, so the documentation cannot drift from the code.
 *
 * In a block, lines that end a statement (`;`) are set-up; a check is `expression; // => expected`,
 * or a statement followed by a line `// => expected`; the expression may span several lines. A
 * remark in parentheses after the expected value is ignored (`// => 0.0167 (exact, 2/120)`); a line
 * that is only a comment is skipped. Numbers are compared to a relative 10⁻¹², everything else
 * exactly (deeply).
 *
 * Shared by test/core/stats/examples.test.ts and test/core/analysis/examples.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';

/** One check of an `@example` block. */
export interface ExampleCheck {
  file: string;
  line: number;
  setup: string;
  expression: string;
  expected: string;
}

/** The `.ts` files of a folder, sorted. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => join(folder, name));
}

/** Every check of the `@example` blocks of a file. */
export function exampleChecks(path: string): ExampleCheck[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const file = path.split('/').slice(-2).join('/');
  const checks: ExampleCheck[] = [];
  let block: string[] | null = null;
  lines.forEach((raw, index) => {
    const text = raw.replace(/^\s*\*\s?/, '');
    if (/^\s*\*\//.test(raw) || /\*\/\s*$/.test(raw) || (block && /^@\w/.test(text))) block = null;
    if (/^@example\b/.test(text)) {
      block = [];
      const rest = text.replace(/^@example\s*/, '');
      if (rest !== '') handle(rest, index);
      return;
    }
    if (block) handle(text, index);
  });

  function handle(text: string, index: number): void {
    if (!block) return;
    const at = text.indexOf('// =>');
    if (at < 0) {
      if (!text.trim().startsWith('//') && text.trim() !== '') block.push(text);
      return;
    }
    const head = text.slice(0, at).trim();
    const statements = head === '' ? block : [...block, head];
    const last = statements.length - 1;
    let cut = -1;
    for (let i = last - 1; i >= 0; i--) {
      if ((statements[i] as string).trim().endsWith(';')) {
        cut = i;
        break;
      }
    }
    const setup = statements.slice(0, cut + 1);
    const expression = statements
      .slice(cut + 1)
      .join('\n')
      .trim()
      .replace(/;\s*$/, '');
    checks.push({
      file,
      line: index + 1,
      setup: setup.join('\n'),
      expression,
      expected: withoutRemark(text.slice(at + 5).trim()),
    });
    block.length = 0;
    block.push(...setup);
  }
  return checks;
}

/** `value (remark)` → `value`, when the value alone is an expression. */
function withoutRemark(expected: string): string {
  for (let i = expected.indexOf(' ('); i > 0; i = expected.indexOf(' (', i + 1)) {
    const value = expected.slice(0, i);
    if (!expected.endsWith(')')) break;
    try {
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      new Function(`return (${value});`);
      return value;
    } catch {
      // not a whole expression yet: look further on
    }
  }
  return expected;
}

/** Imports the files and merges their exports into one scope. */
export async function importScope(paths: readonly string[]): Promise<Record<string, unknown>> {
  const scope: Record<string, unknown> = {};
  for (const path of paths) Object.assign(scope, await import(pathToFileURL(path).href));
  return scope;
}

/** Equal, with numbers (also inside arrays and objects) to a relative 10⁻¹². */
export function expectSame(actual: unknown, expected: unknown, where: string): void {
  if (
    typeof expected === 'number' &&
    typeof actual === 'number' &&
    Number.isFinite(expected) &&
    !Number.isInteger(expected)
  ) {
    const tolerance = Math.abs(expected) * 1e-12;
    expect(Math.abs(actual - expected), `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), where).toBe(true);
    expect((actual as unknown[]).length, where).toBe(expected.length);
    expected.forEach((value, i) => expectSame((actual as unknown[])[i], value, `${where}[${i}]`));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, where).toBeTypeOf('object');
    expect(Object.keys(actual as object).sort(), where).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected))
      expectSame((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

/** Evaluates one check in a scope and compares it with the value written beside it. */
export function runCheck(check: ExampleCheck, scope: Record<string, unknown>): void {
  const names = Object.keys(scope);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const actual = new Function(...names, `${check.setup}\nreturn (${check.expression});`)(
    ...names.map((n) => scope[n]),
  ) as unknown;
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const expected = new Function(`return (${check.expected});`)() as unknown;
  expectSame(actual, expected, `${check.file}:${check.line}`);
}
