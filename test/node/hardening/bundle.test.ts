/**
 * The packages with open advisories (docs/audit.md) are never loaded by the command line: the built
 * bundle (dist/, where every dependency stays an external import) names none of them. If this fails,
 * a change has put one of them on a path the command line takes: review docs/audit.md before anything.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.ts';

/** Packages npm audit reports with no fix we can take, each reachable only through danfojs-node or exceljs internals. */
const UNREACHABLE = ['xlsx', 'danfojs-node', 'request', 'form-data', 'tough-cookie', 'qs', 'mathjs', 'uuid'];

describe('the command line never loads a package with an open advisory', () => {
  const dist = join(ROOT, 'dist');
  const bundles = readdirSync(dist).filter((f) => f.endsWith('.js'));

  it('the built bundle exists', () => {
    expect(bundles).toContain('cli.js');
  });

  for (const name of UNREACHABLE) {
    it(`no import of ${name} in dist/`, () => {
      const specifier = new RegExp(
        `(from\\s*|import\\(\\s*|require\\(\\s*)["']${name.replace('.', '\\.')}(/[^"']*)?["']`,
      );
      for (const file of bundles) expect(readFileSync(join(dist, file), 'utf8'), `dist/${file}`).not.toMatch(specifier);
    });
  }
});
