/**
 * Runs the built `chitieu` command without blocking the test process, so that many runs can go at
 * once (`test/helpers/cli.ts` runs one at a time). `npm test` builds dist/ first.
 */
import { execFile } from 'node:child_process';
import { ROOT } from '../../helpers/cli.ts';

export interface Run {
  /** Exit code; null when the process was killed by a signal (a crash, or the time limit). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node [nodeArgs] bin/chitieu.js args`, from the repository root unless `cwd` says otherwise.
 *
 * @example await runAsync(['validate', '--data', 'data']) // => { code: 0, signal: null, stdout: '...', stderr: '' }
 */
export function runAsync(
  args: string[],
  options: { nodeArgs?: string[]; env?: Record<string, string>; timeoutMs?: number; cwd?: string } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...(options.nodeArgs ?? []), `${ROOT}bin/chitieu.js`, ...args],
      {
        cwd: options.cwd ?? ROOT,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        maxBuffer: 256 * 1024 * 1024,
        timeout: options.timeoutMs ?? 120_000,
        killSignal: 'SIGKILL',
      },
      (error, stdout, stderr) => {
        const failure = error as (Error & { code?: number | string; signal?: NodeJS.Signals | null }) | null;
        const code = failure === null ? 0 : typeof failure.code === 'number' ? failure.code : null;
        resolve({ code, signal: failure?.signal ?? null, stdout, stderr });
      },
    );
  });
}

/** Signs that a run crashed instead of refusing the data: a stack frame, an uncaught error's name, V8 giving up. */
export const CRASH_SIGNS: readonly RegExp[] = [
  /^\s+at .+[:(]\d+:\d+\)?$/m,
  /\b(TypeError|RangeError|ReferenceError|SyntaxError|AssertionError)\b/,
  /Unhandled|uncaught/i,
  /node:internal/,
  /FATAL ERROR|heap out of memory/,
];
