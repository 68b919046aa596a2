#!/usr/bin/env node
// Launcher for the `chitieu` command: runs the bundle built by `npm run build` (also run by `npm ci`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write(
    'chitieu: chưa dựng bản chạy (dist/cli.js). Hãy chạy: npm run build\n' +
      'chitieu: not built yet (dist/cli.js missing). Run: npm run build\n',
  );
  process.exit(2);
}
// Output piped into a reader that stops early (`chitieu indicators --json | head`): end quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
