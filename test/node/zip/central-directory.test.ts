import { describe, expect, it } from 'vitest';
import { centralDirectory } from '../../../src/node/zip/central-directory.ts';
import { writeZip } from '../../../src/node/zip/write-zip.ts';

describe('centralDirectory', () => {
  it("finds each entry's central and local header, in order", () => {
    // 'a' deflates to 3 bytes: local header 30 + name 5 + data 3 = 38; the second entry starts there.
    const zip = writeZip([
      { name: 'a.txt', data: Buffer.from('a') },
      { name: 'b.txt', data: Buffer.from('a') },
    ]);
    expect(centralDirectory(zip)).toEqual([
      { central: 76, local: 0 },
      { central: 76 + 46 + 5, local: 38 },
    ]);
  });

  it('refuses bytes that are not a zip file, and a header without its signature', () => {
    expect(() => centralDirectory(Buffer.alloc(100))).toThrow(/not a zip/);
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('a') }]);
    zip.writeUInt32LE(0, 0);
    expect(() => centralDirectory(zip)).toThrow(/bad local header at 0/);
  });
});
