import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deserialize, serialize } from 'node:v8';
import { packRows, unpackRows } from '../../../src/node/io/packed-rows.ts';
import { loadDataFolder } from '../../../src/node/io/load.ts';

/** Through v8's serializer, as the cache stores it. */
const roundTrip = (rows: object[]) => unpackRows(deserialize(serialize(packRows(rows))));

describe('packRows / unpackRows', () => {
  it('gives back every table of the bundled data, key order included', async () => {
    const loaded = await loadDataFolder('data');
    if (!loaded.ok) throw new Error('bundled data refused');
    const { meta: _meta, ...tables } = loaded.data;
    for (const [name, rows] of Object.entries(tables)) {
      const back = roundTrip(rows as object[]);
      expect(back, name).toStrictEqual(rows);
      back.forEach((row, i) => expect(Object.keys(row)).toEqual(Object.keys((rows as object[])[i]!)));
    }
    expect(packRows(tables.violations_detected as object[]).kind).toBe('columns');
  });

  it('keeps nulls, -0, NaN, mixed columns, empty strings and tables whose rows differ in their keys', () => {
    const rows = [
      { a: 1, b: 'x', c: null, d: -0, e: true },
      { a: NaN, b: null, c: 'y', d: 2.5, e: 'z' },
      { a: -Infinity, b: '', c: null, d: 1e308, e: null },
    ];
    const back = roundTrip(rows);
    expect(back).toStrictEqual(rows);
    expect(Object.is(back[0]!.d, -0)).toBe(true);
    const ragged = [{ a: 1 }, { b: 2, a: 1 }];
    expect(packRows(ragged).kind).toBe('rows');
    expect(roundTrip(ragged)).toStrictEqual(ragged);
    expect(roundTrip([])).toStrictEqual([]);
  });

  it('takes any column name as a name, never as code', () => {
    const rows = [{ 'a"b': 1, "c'); throw 1; ('": 'x', 'tên cột': null, '0': 2 }];
    expect(roundTrip(rows)).toStrictEqual(rows);
    const proto = JSON.parse('[{"__proto__": 1, "a": 2}]') as object[];
    expect(packRows(proto).kind).toBe('rows');
    expect(roundTrip(proto)).toStrictEqual(proto);
  });

  it('uses a wide code array beyond 65,534 distinct strings', () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => ({ s: `v${i}` }));
    const packed = packRows(rows);
    expect(
      packed.kind === 'columns' && packed.columns[0]!.kind === 'string' && packed.columns[0]!.codes,
    ).toBeInstanceOf(Uint32Array);
    expect(roundTrip(rows)).toStrictEqual(rows);
  });

  it('round-trips any table of numbers, strings, nulls and booleans (property)', () => {
    const cell = fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.boolean(), fc.integer());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell, fc.oneof(fc.string(), fc.constant(null))), { maxLength: 30 }),
        (cells) => {
          const rows = cells.map(([x, y, z]) => ({ x, y, z }));
          expect(roundTrip(rows)).toStrictEqual(rows);
        },
      ),
    );
  });
});
