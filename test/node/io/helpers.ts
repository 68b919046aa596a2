/**
 * Test helpers: a data folder in a temp directory, copied from `test/fixtures/minimal` and then
 * changed one file at a time, and the problems of loading it as `file:line:column: message` lines.
 */
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { formatProblem, loadDataFolder, type LoadResult } from '../../../src/node/io/load.ts';
import type { Problem } from '../../../src/core/io/problem.ts';

export const MINIMAL = fileURLToPath(new URL('../../fixtures/minimal/', import.meta.url));

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh empty temp directory, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chitieu-io-'));
  made.push(dir);
  return dir;
}

/**
 * A copy of the minimal valid folder with some files replaced (text or bytes) or removed (null).
 *
 * @example
 * minimalWith({ 'population.csv': null, 'judicial_violations.csv': 'year,area_code,violations\n' })
 */
export function minimalWith(files: Record<string, string | Uint8Array | null> = {}): string {
  const dir = tempDir();
  cpSync(MINIMAL, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    if (content === null) unlinkSync(join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** The CSV text of a header and rows (each a comma-joined line). */
export const csv = (...lines: string[]): string => lines.join('\n') + '\n';

/** Loads a folder and returns its problems formatted, or [] when it loaded. */
export async function problemsOf(dir: string, lang: 'vi' | 'en' = 'en'): Promise<string[]> {
  const result = await loadDataFolder(dir, { lang });
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Loads a folder and returns its problems, failing the test if it loaded. */
export async function refused(dir: string, lang: 'vi' | 'en' = 'en'): Promise<Problem[]> {
  const result = await loadDataFolder(dir, { lang });
  if (result.ok) throw new Error('expected the data to be refused, but it loaded');
  return result.problems;
}

/** Loads a folder, failing the test (with the problems) if it was refused. */
export async function loaded(dir: string, lang: 'vi' | 'en' = 'en'): Promise<Extract<LoadResult, { ok: true }>> {
  const result = await loadDataFolder(dir, { lang });
  if (!result.ok) throw new Error(`expected the data to load:\n${result.problems.map(formatProblem).join('\n')}`);
  return result;
}

/** Where problems are, as `file:line:column` (or `file:line`, `file`), and their codes. */
export const places = (problems: readonly Problem[]): string[] =>
  problems.map((p) => [p.file, p.line, p.column].filter((x) => x !== null).join(':') + ` ${p.code}`);
