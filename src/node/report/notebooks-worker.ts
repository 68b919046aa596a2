/**
 * Worker-thread entry of the report's notebooks step (built to dist/notebooks-worker.js): builds the notebooks
 * ({@link buildNotebooks}) on a second core while the report's other steps run on the main thread. Its options
 * come as `workerData`; it posts `'done'` when the site is written and lets an error end the worker, which
 * the main thread turns back into a rejected promise (see `notebooks-in-worker.ts`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildNotebooks, type NotebookBuildOptions } from '../notebooks/build.ts';

await buildNotebooks(workerData as NotebookBuildOptions);
parentPort?.postMessage('done');
