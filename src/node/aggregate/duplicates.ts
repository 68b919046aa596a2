/**
 * The second pass of the duplicate-id check (see `id-set.ts`): reads only the id column again,
 * keeps the ids whose hash was seen twice, and reports each id that really occurs more than once,
 * at its second line, naming every line it is on.
 */
import { fieldText, scanCsvFile, type CsvScanTarget } from './csv-scanner.ts';
import { hashBytes, idHash } from './id-set.ts';
import { PARQUET_PARSERS, cellText, hashCell, openParquet } from './parquet-records.ts';
import type { AggregateProblems } from './problems.ts';
import { parquetSchema, parquetScan } from 'hyparquet';

/** Lines listed in one duplicate message at most. */
const MAX_LINES_LISTED = 10;

/**
 * Finds and reports the duplicates among the suspects.
 *
 * @param idColumn  the id column's name; `column` its 1-based position (for the problem's place)
 */
export async function reportDuplicates(
  path: string,
  format: 'csv' | 'parquet',
  file: string,
  idColumn: string,
  column: number,
  suspects: ReadonlySet<string>,
  problems: AggregateProblems,
): Promise<void> {
  if (suspects.size === 0) return;
  const linesOf = new Map<string, number[]>();
  const see = (id: string, line: number): void => {
    const lines = linesOf.get(id);
    if (lines === undefined) linesOf.set(id, [line]);
    else lines.push(line);
  };
  if (format === 'csv') {
    let field = -1;
    const target: CsvScanTarget = {
      header: (names) => {
        field = names.findIndex((n) => n.toLowerCase() === idColumn);
        return field >= 0;
      },
      record: (buf, starts, ends, escaped, count, line) => {
        if (field >= count) return;
        const s = starts[field]!;
        const e = ends[field]!;
        if (s === e) return;
        hashBytes(buf, s, e, escaped[field] === 1);
        if (suspects.has(`${idHash[0]}:${idHash[1]}`)) see(fieldText(buf, s, e, escaped[field]!), line);
      },
      syntaxError: () => {},
      notUtf8: () => {},
    };
    await scanCsvFile(path, target);
  } else {
    const { file: buffer, metadata, close } = await openParquet(path);
    const name = parquetSchema(metadata).children.find((c) => c.element.name.toLowerCase() === idColumn)!.element.name;
    const scan = await parquetScan({
      file: buffer,
      metadata,
      columns: [name],
      parsers: PARQUET_PARSERS,
      useOffsetIndex: false,
    });
    try {
      for (const { rowStart, rowEnd } of scan.ranges) {
        const values = (await scan.readColumn({ column: name, rowStart, rowEnd })) as ArrayLike<unknown>;
        for (let k = 0; k < values.length; k++) {
          const v = values[k];
          if (v === null || v === undefined || v === '' || (v instanceof Uint8Array && v.length === 0)) continue;
          hashCell(v);
          if (suspects.has(`${idHash[0]}:${idHash[1]}`)) see(cellText(v), rowStart + k + 1);
        }
      }
    } finally {
      await close();
    }
  }
  for (const [id, lines] of linesOf) {
    if (lines.length < 2) continue;
    problems.error(file, lines[1]!, column, 'duplicate_key', {
      key: `${idColumn} = ${id}`,
      lines: lines.slice(0, MAX_LINES_LISTED),
    });
  }
}
