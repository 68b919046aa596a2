import { inflateRawSync } from 'node:zlib';
import { centralDirectory } from './central-directory.ts';

/** One file of an archive, unpacked. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * The entries of a zip archive, in the order of its central directory. Only what our writers produce is
 * read: stored or deflated entries, no ZIP64, no encryption. Reference: APPNOTE.TXT 4.3.7 and 4.3.12
 * (method at 10, compressed size at 20 of a central directory header; the data follow the local header,
 * its name and its extra field).
 *
 * @throws Error when the bytes are not such an archive.
 * @example readZip(await Packer.toBuffer(doc)).map((e) => e.name) // => ['[Content_Types].xml', '_rels/.rels', ...]
 */
export function readZip(zip: Buffer): ZipEntry[] {
  return centralDirectory(zip).map(({ central, local }) => {
    const method = zip.readUInt16LE(central + 10);
    const compressedSize = zip.readUInt32LE(central + 20);
    const name = zip.subarray(central + 46, central + 46 + zip.readUInt16LE(central + 28)).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method}`);
    return { name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) };
  });
}
