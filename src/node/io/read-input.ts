/**
 * Reads one input file's bytes without ever throwing: whatever is at the path (a folder named like a
 * table, a link to nowhere, a pipe that would block forever, a file that cannot be read or is too
 * large) becomes a problem placed on that file, and the load goes on to find the others.
 */
import { readFile, stat } from 'node:fs/promises';
import type { ProblemSink } from '../../core/io/problem.ts';

/**
 * The bytes of the regular file at `full`, or null after reporting why not (under `name`).
 *
 * Only regular files are read: a FIFO or a device would block or never end. Symbolic links are
 * followed (a data folder may link its files from elsewhere).
 *
 * @param limit largest size read, in bytes; a larger file is refused before it is read
 * @example
 * await readInput('data/areas.csv', 'areas.csv', 400e6, false, sink); // => <Buffer 61 72 65 61 ...>
 * // a folder named areas.csv: null, and sink holds 'areas.csv: this is a folder, not a file; ...'
 */
export async function readInput(
  full: string,
  name: string,
  limit: number,
  workbook: boolean,
  sink: ProblemSink,
): Promise<Buffer | null> {
  let size: number;
  try {
    const found = await stat(full);
    if (!found.isFile()) {
      sink.error(name, null, null, 'not_a_file', { kind: found.isDirectory() ? 'folder' : 'other' });
      return null;
    }
    size = found.size;
  } catch (error) {
    sink.error(name, null, null, 'file_unreadable', { detail: errorDetail(error) });
    return null;
  }
  if (size > limit) {
    sink.error(name, null, null, 'file_too_large', { bytes: size, limit, workbook });
    return null;
  }
  try {
    const bytes = await readFile(full);
    // The file may have grown between the size check and the read.
    if (bytes.length > limit) {
      sink.error(name, null, null, 'file_too_large', { bytes: bytes.length, limit, workbook });
      return null;
    }
    return bytes;
  } catch (error) {
    sink.error(name, null, null, 'file_unreadable', { detail: errorDetail(error) });
    return null;
  }
}

/**
 * A file-system error in a few words: its code (`ENOENT`, `EACCES`, `ELOOP`...) rather than the
 * message, which repeats the full path.
 *
 * @example errorDetail(Object.assign(new Error('EACCES: permission denied, open ...'), { code: 'EACCES' })) // => 'EACCES'
 */
export function errorDetail(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
