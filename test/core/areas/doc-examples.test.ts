/**
 * The `@example` blocks of src/core/areas/ and src/core/messages/areas.ts, run against the bundled data: lines
 * before a check are set-up; a check is `expression; // => expected` (or the last statement, then `// => expected`
 * on the next line). In scope: every export of those files, `data` (the bundled data), `cw` (its crosswalk) and
 * `clearanceRate` (a definition). tree.ts is older and not checked here.
 */
import { readdirSync, readFileSync } from 'node:fs';

import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { clearanceRate } from '../../../src/core/indicators/clearance-rate.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';

const AREAS = new URL('../../../src/core/areas/', import.meta.url);
const MESSAGES = new URL('../../../src/core/messages/areas.ts', import.meta.url);
const FILES = [
  ...readdirSync(AREAS)
    .filter((f) => f.endsWith('.ts') && f !== 'tree.ts' && f !== 'index.ts')
    .sort()
    .map((f) => new URL(f, AREAS)),
  MESSAGES,
];

interface Check {
  file: string;
  line: number;
  setup: string;
  expression: string;
  expected: string;
}

function checksOf(url: URL): Check[] {
  const lines = readFileSync(url, 'utf8').split('\n');
  const file = url.pathname.split('/').slice(-2).join('/');
  const out: Check[] = [];
  let block: string[] | null = null;
  lines.forEach((raw, index) => {
    const text = raw.replace(/^\s*\*\s?/, '');
    if (/^\s*\*\//.test(raw) || (block && /^@\w/.test(text))) block = null;
    if (/^@example\b/.test(text)) {
      block = [];
      const rest = text.replace(/^@example\s*/, '');
      if (rest === '') return;
      lines[index] = ` * ${rest}`;
      return handle(rest, index);
    }
    if (block) handle(text, index);
  });
  function handle(text: string, index: number): void {
    if (!block) return;
    const at = text.indexOf('// =>');
    if (at < 0) {
      if (!text.trim().startsWith('//')) block.push(text);
      return;
    }
    const head = text.slice(0, at).trim().replace(/;$/, '');
    const expected = text.slice(at + 5).trim();
    let expression: string;
    let setup: string[];
    if (head === '') {
      setup = block.slice(0, -1);
      expression = (block.at(-1) ?? '').replace(/;\s*$/, '');
    } else {
      const cut = block.map((l) => l.trim().endsWith(';')).lastIndexOf(true);
      setup = block.slice(0, cut + 1);
      expression = [...block.slice(cut + 1), head].join('\n');
    }
    out.push({ file, line: index + 1, setup: setup.join('\n'), expression, expected });
    block.length = 0;
    block.push(...setup);
  }
  return out;
}

const checks = FILES.flatMap(checksOf);
let scope: Record<string, unknown> = {};

beforeAll(async () => {
  const loaded = await loadDataFolder('data');
  if (!loaded.ok) throw new Error('the bundled data do not load');
  for (const url of FILES) Object.assign(scope, await import(pathToFileURL(url.pathname).href));
  const data = loaded.data;
  scope = { ...scope, data, cw: (scope.dataCrosswalk as (d: unknown) => unknown)(data), clearanceRate };
});

describe('@example lines of core/areas', () => {
  test('there are examples in every file', () => {
    expect(checks.length).toBeGreaterThan(30);
  });
  test.each(checks.map((c) => [`${c.file}:${c.line} ${c.expression.split('\n').at(-1)}`, c] as const))('%s', (_, c) => {
    const names = Object.keys(scope);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const actual = new Function(...names, `${c.setup}\nreturn (${c.expression});`)(...names.map((n) => scope[n]));
    const expected = new Function(`return (${c.expected});`)();
    if (typeof expected === 'number' && typeof actual === 'number' && !Number.isInteger(expected))
      expect(actual).toBeCloseTo(expected, 9);
    else expect(actual).toEqual(expected);
  });
});
