import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.ts';

describe('types', () => {
  it('the whole project type-checks under strict TypeScript (tsc --noEmit)', () => {
    const run = spawnSync(
      process.execPath,
      [`${ROOT}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.json', '--noEmit'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 180_000);
});
