#!/usr/bin/env node
// Launcher for the `chitieu` command: runs the bundle built by `npm run build` (also run by `npm ci`).
// No `node:fs` here: importing it as an ES module loads Node's streams (4 ms of a `--help` that must stay near
// Node's own start); a missing build shows as the import's own error.
const cli = new URL('../dist/cli.js', import.meta.url);
// Output piped into a reader that stops early (`chitieu indicators --json | head`): end quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
let main;
try {
  ({ main } = await import(cli.href));
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || error.url !== cli.href) throw error;
  process.stderr.write(
    'chitieu: chưa dựng bản chạy (dist/cli.js). Hãy chạy: npm run build\n' +
      'chitieu: not built yet (dist/cli.js missing). Run: npm run build\n',
  );
  process.exit(2);
}
const code = await main(process.argv.slice(2));
// The command is done and awaited all its work: leave without tearing down the heap page by page (30-50 ms
// after printing), once what was written to stdout and stderr has been handed to the system.
const pending = [process.stdout, process.stderr].filter((stream) => stream.writableLength > 0);
if (pending.length === 0) process.exit(code);
process.exitCode = code;
for (const stream of pending)
  stream.once('drain', () => pending.every((s) => s.writableLength === 0) && process.exit(code));
