import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { encodePng, opaqueRows, pngFromPixels } from './png-pixels.ts';
import { resvgPath, tuneResvgAllocator } from './resvg.ts';

/**
 * A small pool of worker threads that turn SVG into PNG with resvg, so that the main thread goes on drawing
 * the next chart's SVG. Each job runs the whole work in a worker: resvg parses the SVG, lays the text out and
 * draws it, and the worker writes the PNG file from its pixels (`png-pixels.ts`). The bytes are those of
 * `pngFromPixels` on `new Resvg(svg, options).render().pixels` in the main thread.
 */

/**
 * The worker's code, a CommonJS script (so it needs no file of its own, built or not): the functions of
 * `png-pixels.ts` as their source text, then a loop that loads resvg by the absolute path the main thread
 * resolved and answers each `{ id, svg, options, dpi }` with `{ id, png }` or `{ id, error }`.
 *
 * Jobs are queued and drawn one per turn of the event loop (`setImmediate`), never back to back inside one
 * message callback. resvg's parsed tree and canvas (10 MB at 1890 px) live in native memory that only the
 * finalizers of their JavaScript objects free, and Node runs those finalizers from the event loop's check
 * phase after a garbage collection; messages already waiting are delivered in one callback, so a worker with
 * queued jobs never reached that phase and every drawing took fresh memory: the pool grew to 1.6 GB for the
 * pack's 72 PNGs, and zeroing the new pages cost seconds of system time. One job a turn keeps the pool under
 * 0.5 GB and roughly halves the CPU it takes (bench/README.md, the pack section).
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const zlib = require('node:zlib');
const { Resvg } = require(workerData.resvgPath);
${opaqueRows.toString()}
${encodePng.toString()}
${pngFromPixels.toString()}
const scratch = {};
const queue = [];
let drawing = false;
function drawNext() {
  const job = queue.shift();
  if (job === undefined) {
    drawing = false;
    return;
  }
  const { id, svg, options, dpi } = job;
  try {
    const image = new Resvg(svg, options).render();
    const png = pngFromPixels(image.pixels, image.width, image.height, dpi, zlib, scratch);
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
  setImmediate(drawNext);
}
parentPort.on('message', (job) => {
  queue.push(job);
  if (drawing) return;
  drawing = true;
  setImmediate(drawNext);
});
`;

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  jobs: Map<number, Job>;
}

/** Threads of the shared pool: one per core, at most four (more gains nothing on resvg's work). */
export const DEFAULT_PNG_THREADS = Math.max(1, Math.min(4, availableParallelism()));

/**
 * Worker threads rendering PNG with resvg. Workers start on the first job and hold the process open only
 * while they have work (they are `unref`'d when idle), so a command line exits when its last PNG is written.
 */
export class PngPool {
  private readonly workers: (PoolWorker | undefined)[];
  private nextId = 0;

  constructor(readonly threads: number = DEFAULT_PNG_THREADS) {
    if (!Number.isInteger(threads) || threads < 1)
      throw new Error(`PngPool: threads must be a positive integer, got ${threads}`);
    this.workers = Array.from({ length: threads }, () => undefined);
  }

  /**
   * Draws `svg` with resvg `options` on the least busy worker and writes its PNG file with `dpi` recorded in it
   * (`pngFromPixels`); rejects with resvg's message on a bad SVG.
   */
  render(svg: string, options: ResvgRenderOptions, dpi: number): Promise<Buffer> {
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      if (slot.jobs.size === 0) slot.worker.ref();
      slot.jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, svg, options, dpi });
    });
  }

  /** Stops the workers (jobs still running are rejected). */
  async close(): Promise<void> {
    const running = this.workers.filter((w): w is PoolWorker => w !== undefined);
    this.workers.fill(undefined);
    await Promise.all(running.map((w) => w.worker.terminate()));
  }

  private leastBusy(): PoolWorker {
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) {
      const w = this.workers[i];
      if (!w) {
        best = i;
        break;
      }
      if (best < 0 || w.jobs.size < (this.workers[best] as PoolWorker).jobs.size) best = i;
    }
    return (this.workers[best] ??= this.spawn(best));
  }

  private spawn(index: number): PoolWorker {
    tuneResvgAllocator();
    const worker = new Worker(WORKER_CODE, { eval: true, workerData: { resvgPath: resvgPath() } });
    const slot: PoolWorker = { worker, jobs: new Map() };
    worker.unref();
    worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = slot.jobs.get(message.id);
      if (!job) return;
      slot.jobs.delete(message.id);
      if (slot.jobs.size === 0) worker.unref();
      if (message.png) job.resolve(Buffer.from(message.png.buffer, message.png.byteOffset, message.png.byteLength));
      else job.reject(new Error(message.error ?? 'resvg failed'));
    });
    const fail = (error: Error) => {
      if (this.workers[index] === slot) this.workers[index] = undefined;
      for (const job of slot.jobs.values()) job.reject(error);
      slot.jobs.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`PNG worker stopped (exit code ${code})`)));
    return slot;
  }
}

let shared: PngPool | undefined;

/** The process's pool, made on first use. */
export function sharedPngPool(): PngPool {
  return (shared ??= new PngPool());
}
