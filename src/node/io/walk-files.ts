import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Visits every plain file under `path` (walked recursively, names in code-unit order, folders before nothing:
 * each entry where it sorts), or `path` itself when it is a file, with its relative name (`''` for a file) and
 * full path. Returns false as soon as something is neither a folder nor a plain file (a named pipe would block
 * a reader, a device never end) or `visit` returns false; true when every file was visited. Throws what
 * `readdirSync`/`statSync` throw.
 *
 * @example walkPlainFiles('data', (name) => (names.push(name), true)) // => true; names: 'areas.csv', ...
 */
export function walkPlainFiles(path: string, visit: (name: string, full: string) => boolean): boolean {
  const walk = (dir: string, prefix: string): boolean => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!walk(full, `${prefix}${e.name}/`)) return false;
      } else if (!e.isFile() || !visit(`${prefix}${e.name}`, full)) return false;
    }
    return true;
  };
  const found = statSync(path);
  if (found.isDirectory()) return walk(path, '');
  return found.isFile() && visit('', path);
}
