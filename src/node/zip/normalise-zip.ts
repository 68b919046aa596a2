import { readZip } from './read-zip.ts';
import { writeZip } from './write-zip.ts';

/**
 * Rewrites a zip archive (an .xlsx or .docx file) so that the same content always gives the same bytes:
 * every entry gets one fixed modification time (1980-01-01 00:00), entries keep their order, and each text
 * entry (XML, relationships) passes through `rewrite` first, to pin dates and generated ids inside it.
 * Writers such as exceljs (JSZip) and docx (fflate) stamp each entry with the current time, so two runs
 * would otherwise differ.
 *
 * The entries are unpacked and deflated again ({@link readZip}, {@link writeZip}), so the bytes differ from
 * the writer's even when nothing is rewritten; {@link fixZipTimestamps} changes the time stamps alone.
 *
 * @example normaliseZip(xlsx, (name, text) => text) // same content, same bytes on every run
 */
export function normaliseZip(zip: Buffer, rewrite: (name: string, text: string) => string = (_, t) => t): Buffer {
  const entries = readZip(zip).map((e) =>
    /\.(xml|rels)$/i.test(e.name)
      ? { name: e.name, data: Buffer.from(rewrite(e.name, e.data.toString('utf8')), 'utf8') }
      : e,
  );
  return writeZip(entries);
}
