/**
 * Command line of the synthetic data generator, bundled to `dist/generate-data.js`:
 *
 *     node dist/generate-data.js [--seed N] [--out DIR]
 *     npm run data:generate -- --seed N --out DIR
 *
 * Exit codes: 0 written, 1 the files could not be written, 2 the command was misused.
 */
import { runGenerate } from './cli.ts';

runGenerate(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
