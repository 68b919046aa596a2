import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNotebooksInWorker } from '../../../src/node/report/notebooks-in-worker.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chitieu-worker-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in for dist/notebooks-worker.js with the same protocol: options in, 'done' out. */
const worker = async (body: string) => {
  const file = join(dir, 'worker.mjs');
  await writeFile(
    file,
    `import { parentPort, workerData } from 'node:worker_threads';\nimport { writeFileSync } from 'node:fs';\n${body}\n`,
  );
  return file;
};

describe('buildNotebooksInWorker', () => {
  it('passes the options to the worker and resolves when it says done', async () => {
    const file = await worker(
      `writeFileSync(workerData.out, JSON.stringify(workerData)); parentPort.postMessage('done');`,
    );
    const out = join(dir, 'options.json');
    await buildNotebooksInWorker(file, { out, data: '/data', quiet: true, lang: 'en' });
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual({ out, data: '/data', quiet: true, lang: 'en' });
  });

  it("rejects with the worker's error", async () => {
    const file = await worker(`throw new Error('Notebook Kit could not parse a cell');`);
    await expect(buildNotebooksInWorker(file, {})).rejects.toThrow('Notebook Kit could not parse a cell');
  });

  it('rejects when the worker stops without saying done', async () => {
    const file = await worker(`process.exit(3);`);
    await expect(buildNotebooksInWorker(file, {})).rejects.toThrow('exit code 3');
  });

  it('gives null when the bundle is missing (the caller builds in-process)', () => {
    expect(buildNotebooksInWorker(join(dir, 'missing.js'), {})).toBeNull();
  });
});
