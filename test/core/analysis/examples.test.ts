/**
 * Every `@example` in src/core/analysis is run and its written result checked (the runner is
 * test/core/stats/doc-examples.ts). In scope: every export of src/core/analysis/, of the indicator
 * definitions (src/core/indicators/), `areaAndDescendants`, `PERIOD_CONVENTIONS`, and `data`, the
 * bundled data folder.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadDataFolder } from '../../../src/node/io/load.ts';
import { ROOT } from '../../helpers/cli.ts';
import { exampleChecks, importScope, runCheck, sourceFiles } from '../stats/doc-examples.ts';

const folder = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const ANALYSIS = sourceFiles(folder('../../../src/core/analysis/'));
const SCOPE = [
  ...ANALYSIS,
  ...sourceFiles(folder('../../../src/core/indicators/')),
  folder('../../../src/core/areas/tree.ts'),
  folder('../../../src/core/periods/registry.ts'),
];
const checks = ANALYSIS.flatMap(exampleChecks);
let scope: Record<string, unknown> = {};

beforeAll(async () => {
  const loaded = await loadDataFolder(`${ROOT}data`);
  if (!loaded.ok) throw new Error('the bundled data do not load');
  scope = { ...(await importScope(SCOPE)), data: loaded.data };
});

describe('TSDoc examples of core/analysis', () => {
  test('every file has examples', () => {
    const withExamples = new Set(checks.map((c) => c.file));
    expect(ANALYSIS.map((f) => f.split('/').slice(-2).join('/')).filter((f) => !withExamples.has(f))).toEqual([]);
  });
  test.each(checks.map((c) => [`${c.file}:${c.line} ${c.expression.split('\n').at(-1)}`, c] as const))('%s', (_, c) => {
    runCheck(c, scope);
  });
});
