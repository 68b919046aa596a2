import { Packer, type Document } from 'docx';
import { normaliseZip } from '../zip/normalise-zip.ts';
import type { ZipEntry } from '../zip/read-zip.ts';
import { writeZip } from '../zip/write-zip.ts';

/**
 * Packing a Word document once. `Packer.toBuffer` zips the document's parts with fflate (JavaScript deflate,
 * the chart PNGs included), and {@link normaliseZip} then unpacks that zip and packs it again with fixed
 * stamps. The parts `Packer` zips come from its compiler (`Packer.compiler.compile`, what `Packer.pack`
 * calls: the parts by path, in the order they are zipped); packing those with {@link writeZip} directly gives
 * the same bytes without the first deflate and inflate: about 85 ms of a 1 MB briefing.
 *
 * The compiler is not in docx's typings; when it is missing or gives something else (another docx
 * version), the public `Packer.toBuffer` and {@link normaliseZip} are used, with the same result.
 * `test/node/report/pack-docx.test.ts` checks that both ways give the same bytes.
 */

/** A part as docx's compiler gives it: XML text, or bytes (media). */
type Part = string | ArrayBufferView | ArrayBuffer;

interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly unknown[]): Map<string, Part>;
}

function compiler(): DocxCompiler | null {
  const found = (Packer as unknown as { compiler?: Partial<DocxCompiler> }).compiler;
  return typeof found?.compile === 'function' ? (found as DocxCompiler) : null;
}

/** A text part (XML, relationships) passes through `rewrite`, as {@link normaliseZip} does. */
const isText = (name: string) => /\.(xml|rels)$/i.test(name);

/**
 * The `.docx` bytes of `doc`, deterministic: every entry dated 1980-01-01 00:00, in docx's order, each text
 * part (XML, relationships) passed through `rewrite` first (to pin dates and ids). The same bytes as
 * `normaliseZip(await Packer.toBuffer(doc), rewrite)`.
 *
 * @example await packDocx(new Document({ sections: [] })) // the same bytes on every run
 */
export async function packDocx(
  doc: Document,
  rewrite: (name: string, text: string) => string = (_, t) => t,
): Promise<Buffer> {
  const parts = compilePartsOf(doc);
  if (parts === null) return normaliseZip(await Packer.toBuffer(doc), rewrite);
  const entries: ZipEntry[] = [];
  for (const [name, data] of parts) {
    const bytes = bytesOf(data);
    entries.push({ name, data: isText(name) ? Buffer.from(rewrite(name, bytes.toString('utf8')), 'utf8') : bytes });
  }
  return writeZip(entries);
}

/** docx's parts of `doc` by path, in zip order; null when its compiler is not there as expected. */
function compilePartsOf(doc: Document): Map<string, Part> | null {
  const c = compiler();
  if (c === null) return null;
  try {
    const parts = c.compile(doc, undefined, []);
    return parts instanceof Map ? parts : null;
  } catch {
    return null;
  }
}

/** A part's bytes, as docx's zipper takes them (text as UTF-8). */
function bytesOf(data: Part): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}
