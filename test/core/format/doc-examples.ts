/**
 * Checks the `@example` lines of a source folder: every line of the form
 * ` * expression; // => expected` is evaluated with all the folder's exports (and the other given
 * modules') in scope and compared with the value written beside it, so the documentation cannot
 * drift from the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';

const EXAMPLE_LINE = /^\s*\*\s+(.+?);\s*\/\/ => (.+)$/;

export interface DocExample {
  file: string;
  line: number;
  expression: string;
  expected: string;
}

/** Every example line of the `.ts` files of a folder. */
export function readExamples(folder: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    readFileSync(join(folder, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = EXAMPLE_LINE.exec(text);
        if (match !== null) examples.push({ file, line: index + 1, expression: match[1]!, expected: match[2]! });
      });
  }
  return examples;
}

/** Imports every `.ts` file of the folders and merges their exports into one scope. */
export async function loadScope(folders: readonly string[]): Promise<Record<string, unknown>> {
  const scope: Record<string, unknown> = {};
  for (const folder of folders) {
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .sort()) {
      Object.assign(scope, await import(pathToFileURL(join(folder, file)).href));
    }
  }
  return scope;
}

/** Registers one test per example of `folder`, evaluated with the exports of `scopeFolders`. */
export function testDocExamples(folder: string, scopeFolders: readonly string[], minimum = 10): void {
  const examples = readExamples(folder);
  test('the folder has examples', () => expect(examples.length).toBeGreaterThan(minimum));
  test.each(examples.map((e) => [`${e.file}:${e.line} ${e.expression}`, e] as const))('%s', async (_, example) => {
    const scope = await loadScope(scopeFolders);
    const names = Object.keys(scope);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const actual = new Function(...names, `return (${example.expression});`)(...names.map((n) => scope[n])) as unknown;
    const expected = new Function(`return (${example.expected});`)() as unknown;
    expect(actual).toEqual(expected);
  });
}
