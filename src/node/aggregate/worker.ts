/**
 * The worker thread of `chitieu aggregate`, bundled to `dist/aggregate-worker.js`: reads the share
 * of a record file it is given (`workerData`, a ShareSpec) and posts back what it counted. The id
 * hashes (8 bytes a record) are transferred, not copied: a copy cost the two threads more than
 * the hashing (serialised here, deserialised there, into fresh memory both times).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runShare, type ShareSpec } from './share.ts';

const result = await runShare(workerData as ShareSpec);
const transfer = [...new Set(result.ids.map((part) => part.buffer as ArrayBuffer))];
parentPort!.postMessage(result, transfer);
