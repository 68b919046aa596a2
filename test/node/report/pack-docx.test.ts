import { deflateSync, crc32 } from 'node:zlib';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../src/node/report/pack-docx.ts';
import { normaliseZip } from '../../../src/node/zip/normalise-zip.ts';
import { readZip } from '../../../src/node/zip/read-zip.ts';

/** A small opaque PNG (2 × 2, RGB), written by hand. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A document with text in Vietnamese, a header date to pin and an image. */
function sampleDocument(): Document {
  return new Document({
    creator: 'chitieu',
    title: 'Báo cáo nhanh',
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('Tỷ lệ điều tra, khám phá án: 88,2 %')] }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: tinyPng(),
                transformation: { width: 20, height: 20 },
                // A fixed drawing id (the package's default comes from a counter shared by the process).
                altText: { id: '1', name: 'chart-1', title: 'Biểu đồ', description: 'Biểu đồ' },
              }),
            ],
          }),
        ],
      },
    ],
  });
}

const pinDates = (name: string, xml: string) =>
  name === 'docProps/core.xml'
    ? xml.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, '$12026-10-14T00:00:00Z$3')
    : xml;

describe('packDocx', () => {
  it("gives the bytes of docx's Packer re-packed by normaliseZip, without docx's own deflate", async () => {
    const direct = await packDocx(sampleDocument(), pinDates);
    const viaPacker = normaliseZip(await Packer.toBuffer(sampleDocument()), pinDates);
    expect(direct.equals(viaPacker)).toBe(true);
  });

  it('is the same on every run, with the media and the rewritten parts inside', async () => {
    const a = await packDocx(sampleDocument(), pinDates);
    await new Promise((r) => setTimeout(r, 1100)); // docx stamps the current time, to the second
    const b = await packDocx(sampleDocument(), pinDates);
    expect(a.equals(b)).toBe(true);
    const entries = readZip(a);
    expect(entries.find((e) => e.name.startsWith('word/media/'))?.data.equals(tinyPng())).toBe(true);
    const core = entries.find((e) => e.name === 'docProps/core.xml')?.data.toString('utf8') ?? '';
    expect(core).toContain('2026-10-14T00:00:00Z');
    expect(entries.find((e) => e.name === 'word/document.xml')?.data.toString('utf8')).toContain('88,2 %');
  });
});
