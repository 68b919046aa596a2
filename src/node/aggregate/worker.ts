/**
 * The worker thread of `chitieu aggregate`, bundled to `dist/aggregate-worker.js`: reads the share
 * of a record file it is given (`workerData`, a ShareSpec) and posts back what it counted.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runShare, type ShareSpec } from './share.ts';

const result = await runShare(workerData as ShareSpec);
parentPort!.postMessage(result);
