// Runs one engine once, in its own process, and prints one JSON line: the engine's own time
// (from its import to its output written), the process's peak resident memory, and the CPU time
// the whole process used (user + system, every thread: the measure a busy machine bends least).
//   node bench/child.mjs ENGINE INPUT AREAS OUT CUTOFF PERIODS
const [engine, input, areas, out, cutoff, periods] = process.argv.slice(2);
const started = performance.now();
const mod = await import(`./engines/${engine}.mjs`);
const result = await mod.run({ input, areas, out, cutoff, periods });
const ms = performance.now() - started;
// maxRSS is in kilobytes (getrusage ru_maxrss on Linux).
const usage = process.resourceUsage();
const peakMB = usage.maxRSS / 1024;
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
process.stdout.write(`${JSON.stringify({ engine, ms, peakMB, cpuMs, ...result })}\n`);
