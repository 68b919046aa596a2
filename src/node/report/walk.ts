import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every file under a folder, as paths relative to it with `/` separators, sorted by code point so that the
 * order is the same on every machine. Symbolic links are listed as files and not followed.
 *
 * @example await listFiles('out/report') // => ['briefing-2025.docx', 'briefing-2025.html', 'charts/...', ...]
 */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (sub: string) => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      const rel = sub === '' ? entry.name : `${sub}/${entry.name}`;
      if (entry.isDirectory()) await walk(rel);
      else out.push(rel);
    }
  };
  await walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
