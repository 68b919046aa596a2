import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * A small pool of worker threads that turn SVG into PNG with resvg, so that the main thread goes on drawing
 * the next chart's SVG. Each job runs resvg's whole work in a worker (parse and lay text out, draw, encode the
 * PNG); resvg's own `renderAsync` leaves the PNG encoding (a third of the time) on the main thread.
 * The bytes are those of `new Resvg(svg, options).render().asPng()` in the main thread.
 */

const require = createRequire(import.meta.url);

/**
 * The worker's code, a CommonJS script (so it needs no file of its own, built or not): it loads resvg by the
 * absolute path the main thread resolved, and answers each `{ id, svg, options }` with `{ id, png }` or
 * `{ id, error }`.
 */
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvgPath);
parentPort.on('message', ({ id, svg, options }) => {
  try {
    const png = new Resvg(svg, options).render().asPng();
    parentPort.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
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

  /** Renders `svg` with resvg `options` on the least busy worker; rejects with resvg's message on a bad SVG. */
  render(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
    const slot = this.leastBusy();
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      if (slot.jobs.size === 0) slot.worker.ref();
      slot.jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, svg, options });
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
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { resvgPath: require.resolve('@resvg/resvg-js') },
    });
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
