// Runs one engine once, in its own process, and prints one JSON line: the engine's own time
// (from its import to its output written) and the process's peak resident memory.
//   node bench/child.mjs ENGINE INPUT AREAS OUT CUTOFF PERIODS
const [engine, input, areas, out, cutoff, periods] = process.argv.slice(2);
const started = performance.now();
const mod = await import(`./engines/${engine}.mjs`);
const result = await mod.run({ input, areas, out, cutoff, periods });
const ms = performance.now() - started;
// maxRSS is in kilobytes (getrusage ru_maxrss on Linux).
const peakMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ engine, ms, peakMB, ...result })}\n`);
