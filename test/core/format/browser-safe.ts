/** The core runs in a browser: a source folder may import only relative modules (no Node built-ins, no packages). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Registers a test that every import of every `.ts` file in `folder` is relative and ends in `.ts`. */
export function testBrowserSafe(folder: string): void {
  test('imports only relative .ts modules (browser-safe: no node:, no packages)', () => {
    const offending: string[] = [];
    let count = 0;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      for (const match of readFileSync(join(folder, file), 'utf8').matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2] ?? '';
        count++;
        if (!specifier.startsWith('.') || !specifier.endsWith('.ts')) offending.push(`${file}: ${specifier}`);
      }
    }
    expect(count).toBeGreaterThan(10);
    expect(offending).toEqual([]);
  });
}
