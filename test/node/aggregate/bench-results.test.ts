/**
 * `npm run bench:aggregate -- --results FILE`: an absolute path is written where it points (it was
 * joined to the project root), on a tiny generated file, with the library engine alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.ts';
import { tempDir } from './helpers.ts';

describe('bench/run.mjs', () => {
  beforeAll(() => {
    // `npm test` builds first; a lone `vitest run` of this file builds if nothing is built yet.
    if (!existsSync(join(ROOT, 'dist/aggregate.js')) || !existsSync(join(ROOT, 'dist/generate-cases.js'))) {
      spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
    }
  });

  it('writes --results to an absolute path, and keeps its files in --work', () => {
    const dir = tempDir('chitieu-bench-');
    const results = join(dir, 'sub', '..', 'results.json');
    const run = spawnSync(
      process.execPath,
      [
        'bench/run.mjs',
        '--sizes',
        '0.01',
        '--engines',
        'chitieu',
        '--reps',
        '1',
        '--work',
        join(dir, 'work'),
        '--results',
        results,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`written ${join(dir, 'results.json')}`);
    const written = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    expect(written.table.map((t: { format: string; same_counts: boolean }) => [t.format, t.same_counts])).toEqual([
      ['csv', true],
      ['parquet', true],
    ]);
    expect(existsSync(join(dir, 'work', 'cases-0.01m.csv'))).toBe(true);
  }, 60_000);
});
