import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateRecords } from '../../../src/node/aggregate/aggregate.ts';
import { IdOrder, compareBytes, runsApart } from '../../../src/node/aggregate/id-order.ts';
import { IdSet } from '../../../src/node/aggregate/id-set.ts';
import { readParquetRecords } from '../../../src/node/aggregate/parquet-records.ts';
import { AggregateProblems } from '../../../src/node/aggregate/problems.ts';
import { CASE_SCHEMA } from '../../../src/node/aggregate/record-schema.ts';
import { AREAS_CSV, parquetCaseFile, tempDir } from './helpers.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** PLAIN BYTE_ARRAY values: a 4-byte length, then the bytes. */
function plainPage(values: string[]): Uint8Array {
  const parts = values.map(bytes);
  const page = new Uint8Array(parts.reduce((n, p) => n + 4 + p.length, 0));
  const view = new DataView(page.buffer);
  let at = 0;
  for (const p of parts) {
    view.setUint32(at, p.length, true);
    page.set(p, at + 4);
    at += 4 + p.length;
  }
  return page;
}

describe('ids in order', () => {
  it('compares bytes as unsigned, a prefix first, four at a time or one', () => {
    const cmp = (a: string, b: string): number => Math.sign(compareBytes(bytes(a), 0, a.length, bytes(b), 0, b.length));
    expect(cmp('HS-00000001', 'HS-00000002')).toBe(-1);
    expect(cmp('HS-00000010', 'HS-00000009')).toBe(1);
    expect(cmp('HS-1', 'HS-10')).toBe(-1);
    expect(cmp('HS-10', 'HS-10')).toBe(0);
    expect(cmp('abcdefgh', 'abcdefgi')).toBe(-1);
    expect(cmp('a\u00e9', 'az')).toBe(1); // é is 0xC3 0xA9 in UTF-8, above 'z'
    expect(cmp('', 'a')).toBe(-1);
  });

  it('follows a run across pages and stops at the first id not above the one before', () => {
    const order = new IdOrder();
    expect(order.checkPlain(plainPage(['A1', 'A2', 'A3']), 0, 3)).toBe(true);
    expect(order.checkPlain(plainPage(['A4', 'B']), 0, 2)).toBe(true);
    expect(order.run()).toEqual({ first: bytes('A1'), last: bytes('B') });
    // The first id of a page is compared with the last of the page before.
    expect(order.checkPlain(plainPage(['B', 'C']), 0, 2)).toBe(false);
    expect(order.ordered).toBe(false);
    const equal = new IdOrder();
    expect(equal.checkPlain(plainPage(['A1', 'A2', 'A2']), 0, 3)).toBe(false);
    const damaged = plainPage(['A1']);
    damaged[0] = 9;
    expect(() => new IdOrder().checkPlain(damaged, 0, 1)).toThrow(/runs past its page/);
  });

  it('tells ids in order as compareBytes does, whatever their lengths and where they lie in the page', () => {
    let x = 11;
    const next = (n: number): number => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return (x >>> 0) % n;
    };
    const alphabet = ['a', 'b', 'z', '\u00e9', '0'];
    for (let trial = 0; trial < 2000; trial++) {
      const ids = Array.from({ length: 2 + next(4) }, () =>
        Array.from({ length: next(10) }, () => alphabet[next(alphabet.length)]).join(''),
      );
      const encoded = ids.map(bytes);
      // In order: each id above the one before; and none empty (an empty id is refused elsewhere).
      const want = encoded.every(
        (id, k) =>
          id.length > 0 && (k === 0 || compareBytes(encoded[k - 1]!, 0, encoded[k - 1]!.length, id, 0, id.length) < 0),
      );
      expect(new IdOrder().checkPlain(plainPage(ids), 0, ids.length), ids.join(' | ')).toBe(want);
    }
  });

  it('tells runs apart only when none reaches the next one', () => {
    const run = (first: string, last: string) => ({ first: bytes(first), last: bytes(last) });
    expect(runsApart([run('c', 'd'), run('a', 'b'), { first: null, last: null }])).toBe(true);
    expect(runsApart([run('a', 'c'), run('c', 'd')])).toBe(false);
    expect(runsApart([run('a', 'z'), run('b', 'c')])).toBe(false);
    expect(runsApart([])).toBe(true);
  });
});

describe('the duplicate-id check on a Parquet file whose ids come in order', () => {
  const caseFile = (dir: string, name: string, ids: string[]): string => parquetCaseFile(join(dir, name), ids);
  const inOrder = Array.from({ length: 4000 }, (_, k) => `HS-${String(k + 1).padStart(8, '0')}`);

  async function read(path: string) {
    const ids = new IdSet(0);
    const problems = new AggregateProblems('en', 0);
    const result = await readParquetRecords(path, {
      schema: CASE_SCHEMA,
      file: path,
      areaCodes: ['42', '436'],
      problems,
      ids,
      sink: () => {},
      columnOf: [],
    });
    ids.finish();
    return { result, suspects: ids.suspects, problems };
  }

  it('hashes no id while they come in order, and every id once one does not', async () => {
    const dir = tempDir();
    const ordered = await read(caseFile(dir, 'ordered.parquet', inOrder));
    expect(ordered.result.records).toBe(4000);
    expect(ordered.result.idRun).toEqual({ first: bytes('HS-00000001'), last: bytes('HS-00004000') });
    expect(ordered.problems.errors).toEqual([]);

    // Out of order in the third row group: the groups before are hashed too.
    const late = [...inOrder];
    late[2500] = inOrder[2]!;
    const found = await read(caseFile(dir, 'late.parquet', late));
    expect(found.result.idRun).toBeUndefined();
    expect(found.suspects.size).toBe(1);

    const reversed = await read(caseFile(dir, 'reversed.parquet', [...inOrder].reverse()));
    expect(reversed.result.idRun).toBeUndefined();
    expect(reversed.suspects.size).toBe(0);
  });

  it('refuses an empty id, first in the file or later, in order or not', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), AREAS_CSV);
    const options = { areas: join(dir, 'areas.csv'), lang: 'en' as const, threads: 1 };
    for (const row of [1, 2500]) {
      const ids = [...inOrder];
      ids[row - 1] = '';
      const result = await aggregateRecords({ ...options, cases: caseFile(dir, `empty-${row}.parquet`, ids) });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
        `${row}:1: empty cell in required column "case_id"`,
      ]);
    }
  });

  it('reports a duplicate of an early id far into the file, as for ids in any order', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'areas.csv'), AREAS_CSV);
    const options = { areas: join(dir, 'areas.csv'), lang: 'en' as const, threads: 1 };
    const ordered = await aggregateRecords({ ...options, cases: caseFile(dir, 'ordered.parquet', inOrder) });
    expect(ordered.ok).toBe(true);
    for (const [row, copyOf] of [
      [3500, 2],
      [1001, 1000], // the first row of a row group equal to the last of the group before
      [3999, 3998],
    ] as const) {
      const ids = [...inOrder];
      ids[row - 1] = inOrder[copyOf - 1]!;
      const result = await aggregateRecords({ ...options, cases: caseFile(dir, `dup-${row}.parquet`, ids) });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
        `${row}:1: duplicate key (case_id = ${inOrder[copyOf - 1]}): the same key is on lines ${copyOf}, ${row}`,
      ]);
    }
  });
});
