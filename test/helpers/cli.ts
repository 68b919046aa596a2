import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs the built `chitieu` command as a user would (`node bin/chitieu.js ...`; `npm test` builds first).
 */
export function runChitieu(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [`${ROOT}bin/chitieu.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
