/**
 * Reads the optional Frictionless `datapackage.json` of a data folder: the data set's `title`, and
 * three custom properties, `periods` (the period convention the monthly rows follow, default
 * `calendar`), `cutoff` (the last day the data cover, ISO date) and `synthetic` (true for made-up
 * data). Each resource's `path` must name a file that exists in the folder.
 *
 * Reference: Frictionless Data, "Data Package" standard v1, https://specs.frictionlessdata.io/data-package/
 */
import { BUILT_IN_CONVENTION_IDS } from '../periods/registry.ts';
import { isIsoDate } from './cells.ts';
import type { ProblemSink } from './problem.ts';

export const DATAPACKAGE_FILE = 'datapackage.json';

/** What a data set says about itself; the defaults when the folder has no `datapackage.json`. */
export interface DataPackageInfo {
  title: string | null;
  periods: string;
  cutoff: string | null;
  synthetic: boolean;
}

export const NO_DATAPACKAGE: DataPackageInfo = { title: null, periods: 'calendar', cutoff: null, synthetic: false };

/** What the package says of its files: every local path it names, and the SHA-256 it states for some. */
export interface DeclaredFiles {
  /** Resource paths, plus the custom `workbook` property (a workbook kept beside the CSV files). */
  paths: Set<string>;
  /** Resource path -> lower-case hex SHA-256, from `hash: "sha256:..."`. */
  sha256: Map<string, { name: string; hash: string }>;
}

/**
 * Reads `datapackage.json` text; problems go to the sink under `datapackage.json`. Browser-safe: whether a
 * resource's file exists is asked of `exists` (the file system in Node, the picked files in a browser).
 *
 * @example
 * (await readDataPackage('{"title":"Hà Tĩnh","synthetic":true}', async () => true, sink)).info;
 * // => { title: 'Hà Tĩnh', periods: 'calendar', cutoff: null, synthetic: true }
 */
export async function readDataPackage(
  text: string,
  exists: (path: string) => Promise<boolean>,
  sink: ProblemSink,
): Promise<{ info: DataPackageInfo; declared: DeclaredFiles }> {
  const file = DATAPACKAGE_FILE;
  const declared: DeclaredFiles = { paths: new Set(), sha256: new Map() };
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    sink.error(file, null, null, 'datapackage_invalid', { detail: e instanceof Error ? e.message : String(e) });
    return { info: NO_DATAPACKAGE, declared };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    sink.error(file, null, null, 'datapackage_invalid', { detail: 'not a JSON object' });
    return { info: NO_DATAPACKAGE, declared };
  }
  const pkg = json as Record<string, unknown>;
  const info: DataPackageInfo = { ...NO_DATAPACKAGE };

  if (pkg.title != null) {
    if (typeof pkg.title === 'string') info.title = pkg.title;
    else sink.error(file, null, null, 'datapackage_property', { property: 'title', expected: 'string' });
  }
  if (pkg.periods != null) {
    if (typeof pkg.periods !== 'string') {
      sink.error(file, null, null, 'datapackage_property', { property: 'periods', expected: 'string' });
    } else if (!(BUILT_IN_CONVENTION_IDS as readonly string[]).includes(pkg.periods)) {
      sink.error(file, null, null, 'unknown_periods', { name: pkg.periods, known: BUILT_IN_CONVENTION_IDS });
    } else info.periods = pkg.periods;
  }
  if (pkg.cutoff != null) {
    if (typeof pkg.cutoff === 'string' && isIsoDate(pkg.cutoff)) info.cutoff = pkg.cutoff;
    else sink.error(file, null, null, 'datapackage_property', { property: 'cutoff', expected: 'date' });
  }
  if (pkg.synthetic != null) {
    if (typeof pkg.synthetic === 'boolean') info.synthetic = pkg.synthetic;
    else sink.error(file, null, null, 'datapackage_property', { property: 'synthetic', expected: 'boolean' });
  }

  if (pkg.resources != null && !Array.isArray(pkg.resources)) {
    sink.error(file, null, null, 'datapackage_property', { property: 'resources', expected: 'array' });
  } else if (Array.isArray(pkg.resources)) {
    for (const [i, resource] of pkg.resources.entries()) {
      if (typeof resource !== 'object' || resource === null) continue;
      const r = resource as Record<string, unknown>;
      const name = typeof r.name === 'string' ? r.name : `#${i + 1}`;
      const paths = typeof r.path === 'string' ? [r.path] : Array.isArray(r.path) ? r.path : [];
      for (const path of paths) {
        if (typeof path !== 'string' || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) continue; // remote: not ours to check
        if (!isSafeRelativePath(path)) {
          sink.error(file, null, null, 'datapackage_unsafe_path', { name, path });
          continue;
        }
        const found = await exists(path);
        if (!found) sink.error(file, null, null, 'datapackage_missing_resource', { name, path });
        declared.paths.add(path);
        if (typeof r.hash === 'string' && r.hash.toLowerCase().startsWith('sha256:') && paths.length === 1) {
          declared.sha256.set(path, { name, hash: r.hash.slice('sha256:'.length).toLowerCase() });
        }
      }
    }
  }
  if (typeof pkg.workbook === 'string') declared.paths.add(pkg.workbook);
  return { info, declared };
}

/** Frictionless: a path is POSIX, relative, and never climbs out of the package (`..`). */
function isSafeRelativePath(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.startsWith('\\') || /^[a-z]:/i.test(path)) return false;
  return !path.split(/[\\/]/).includes('..');
}
