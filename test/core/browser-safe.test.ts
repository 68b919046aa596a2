/**
 * The core runs in a browser (the notebooks import it): every file of every folder of src/core may import
 * only relative `.ts` modules and the packages listed here, which run in a browser as they run in Node.
 * No `node:` built-in, no other package. One test for the whole core, so a new folder is covered at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const CORE = fileURLToPath(new URL('../../src/core/', import.meta.url));

/** Packages the core may import: pure JavaScript, no Node built-ins. */
export const CORE_PACKAGES: readonly RegExp[] = [
  /^arquero$/,
  /^@observablehq\/plot$/,
  /^@stdlib\/stats-base-dists-[a-z-]+$/,
];

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function tsFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(folder, e.name)) : e.name.endsWith('.ts') ? [join(folder, e.name)] : [],
  );
}

test('every folder of src/core imports only relative .ts modules and the allowed packages', () => {
  const files = tsFiles(CORE);
  const folders = new Set(files.map((f) => relative(CORE, f).split('/')[0]));
  // io is the validator the notebooks share with the command line
  for (const f of [
    'analysis',
    'areas',
    'charts',
    'format',
    'indicators',
    'io',
    'messages',
    'periods',
    'stats',
    'targets',
  ]) {
    expect(folders).toContain(f);
  }
  const offending: string[] = [];
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      const ok = specifier.startsWith('.') ? specifier.endsWith('.ts') : CORE_PACKAGES.some((p) => p.test(specifier));
      if (!ok) offending.push(`${relative(CORE, file)}: ${specifier}`);
    }
  }
  expect(offending).toEqual([]);
});

test('the guard itself refuses a Node built-in and an unlisted package', () => {
  const check = (specifier: string) =>
    specifier.startsWith('.') ? specifier.endsWith('.ts') : CORE_PACKAGES.some((p) => p.test(specifier));
  expect(check('node:buffer')).toBe(false);
  expect(check('exceljs')).toBe(false);
  expect(check('./x.js')).toBe(false);
  expect(check('arquero')).toBe(true);
});
