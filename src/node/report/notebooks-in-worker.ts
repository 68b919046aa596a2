import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { NotebookBuildOptions } from '../notebooks/build.ts';

/**
 * Runs the notebook build of `notebooks-worker.ts` (its bundle, `worker`) in a worker thread: the promise
 * resolves when the worker posts `'done'` and rejects with the worker's error, or when it stops without
 * finishing. A worker thread ends with the process, so an interrupted report leaves no build running.
 * Returns null when the bundle is missing (running from the sources: the caller then builds in-process).
 */
export function buildNotebooksInWorker(worker: string, options: NotebookBuildOptions): Promise<void> | null {
  if (!existsSync(worker)) return null;
  return new Promise<void>((resolvePromise, reject) => {
    let done = false;
    const thread = new Worker(worker, { workerData: options, stdout: true, stderr: true });
    // Notebook Kit's own output is kept to the worker (as `quiet` keeps it in-process).
    thread.stdout.resume();
    thread.stderr.resume();
    thread.on('message', (message) => {
      if (message === 'done') done = true;
    });
    thread.on('error', reject);
    thread.on('exit', (code) => {
      if (done) resolvePromise();
      else reject(new Error(`notebook build stopped (exit code ${code})`));
    });
  });
}
