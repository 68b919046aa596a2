// The `chitieu aggregate` command as a user runs it (dist/cli.js, the bundle bin/chitieu.js loads).
import { main } from '../../dist/cli.js';

export async function run({ input, areas, out, cutoff, periods }) {
  const io = { out: () => {}, err: (t) => process.stderr.write(t), isTTY: false };
  const code = await main(
    [
      'aggregate',
      '--cases',
      input,
      '--areas',
      areas,
      '--out',
      out,
      '--cutoff',
      cutoff,
      '--periods',
      periods,
      '--lang',
      'en',
    ],
    io,
  );
  if (code !== 0) throw new Error(`chitieu aggregate exited ${code}`);
  return {};
}
