import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.ts';

describe('chitieu piped into a reader that stops early (| head)', () => {
  it('ends quietly with exit 0, no EPIPE stack', async () => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'chitieu.js'), 'indicators', '--data', join(ROOT, 'data'), '--year', '2026', '--json'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close the pipe as `head -c 50` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  }, 60_000);
});
