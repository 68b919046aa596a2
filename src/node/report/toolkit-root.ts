import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the chitieu package itself (where its `package.json` is), found by walking up from this
 * file, so that it is the same from the sources (`src/node/report/`) and from the bundle (`dist/`).
 * It holds the bundled data (`data/`) and the built notebooks (`notebooks/dist`). Null if not found.
 */
export function toolkitRoot(from: string = fileURLToPath(import.meta.url)): string | null {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'chitieu') return dir;
      } catch {
        // not a package.json we can read: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
