// CPU time of a benchmark's child processes, shared by the benchmarks that run commands as users do.
import { readFileSync } from 'node:fs';

/**
 * User + system CPU time (ms) of the children this process has waited for, from /proc/self/stat (cutime and
 * cstime, fields 16 and 17, in clock ticks of 10 ms: USER_HZ is 100 on Linux), or null where there is no
 * /proc (not Linux). The process's name (field 2) may hold spaces or brackets: fields are counted from its
 * last `)`.
 */
export function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}
