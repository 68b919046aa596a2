// Every `@example` in src/core/stats is run and its written result checked (test/core/stats/doc-examples.ts).
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { exampleChecks, importScope, runCheck, sourceFiles } from './doc-examples.ts';

const STATS = fileURLToPath(new URL('../../../src/core/stats/', import.meta.url));
const FILES = sourceFiles(STATS);
const checks = FILES.flatMap(exampleChecks);
let scope: Record<string, unknown> = {};

beforeAll(async () => {
  scope = await importScope(FILES);
});

describe('TSDoc examples of core/stats', () => {
  test('every file with an exported function has examples', () => {
    const withExamples = new Set(checks.map((c) => c.file));
    const missing = FILES.map((f) => f.split('/').slice(-2).join('/')).filter(
      (f) => !withExamples.has(f) && !f.endsWith('tail-sum.ts'),
    );
    expect(missing).toEqual([]);
    expect(checks.length).toBeGreaterThan(60);
  });
  test.each(checks.map((c) => [`${c.file}:${c.line} ${c.expression.split('\n').at(-1)}`, c] as const))('%s', (_, c) => {
    runCheck(c, scope);
  });
});
