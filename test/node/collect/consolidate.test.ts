/**
 * The write is all or nothing: other units' and periods' lines stay byte for byte, and a kill at any
 * moment leaves the folder as it was (before the journal is committed) or as it will be (the next run
 * finishes the journal).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  JOURNAL,
  SUBMISSION_LOG,
  recoverJournal,
  replaceRows,
  type Replacement,
} from '../../../src/node/collect/consolidate.ts';

const TEXT =
  'year,month,area_code,field,detected\n2026,10,18073,drugs,1\n2026,11,18073,drugs,5\n2026,11,18073,economy,2\n2026,11,18100,drugs,3\n';
const nov = (unit: string, detected: number): Replacement => ({
  table: 'violations_detected',
  unit,
  year: 2026,
  month: 11,
  rows: [{ key: { field: 'drugs' }, values: { detected } }],
});

describe('replaceRows', () => {
  it("replaces a unit's rows of the period where they stood and keeps every other line", () => {
    expect(replaceRows(TEXT, [nov('18073', 9)])).toEqual({
      text: 'year,month,area_code,field,detected\n2026,10,18073,drugs,1\n2026,11,18073,drugs,9\n2026,11,18100,drugs,3\n',
      rows: 1,
    });
  });
  it('adds a new unit-period at the end, keeping CRLF line ends, a BOM and semicolons', () => {
    const text = '\uFEFFyear;month;area_code;field;detected\r\n2026;10;18073;drugs;1\r\n';
    expect(replaceRows(text, [nov('18115', 4)]).text).toBe(
      '\uFEFFyear;month;area_code;field;detected\r\n2026;10;18073;drugs;1\r\n2026;11;18115;drugs;4\r\n',
    );
  });
});

describe('recoverJournal', () => {
  it('finishes a write killed after its commit point, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-journal-'));
    writeFileSync(join(dir, 'violations_detected.csv'), TEXT);
    writeFileSync(join(dir, '.violations_detected.csv.abc.collect-tmp'), 'new\n');
    const journal = {
      batch: 'b1',
      renames: [['.violations_detected.csv.abc.collect-tmp', 'violations_detected.csv']],
      log: ['{"file":"a.xlsx","batch":"b1"}'],
    };
    writeFileSync(join(dir, JOURNAL), JSON.stringify(journal));
    expect(await recoverJournal(dir)).toBe(true);
    expect(readFileSync(join(dir, 'violations_detected.csv'), 'utf8')).toBe('new\n');
    expect(readFileSync(join(dir, SUBMISSION_LOG), 'utf8')).toBe('{"file":"a.xlsx","batch":"b1"}\n');
    // Killed again during the recovery, after the log line: not appended twice.
    writeFileSync(join(dir, JOURNAL), JSON.stringify(journal));
    await recoverJournal(dir);
    expect(readFileSync(join(dir, SUBMISSION_LOG), 'utf8')).toBe('{"file":"a.xlsx","batch":"b1"}\n');
    expect(readdirSync(dir).sort()).toEqual([SUBMISSION_LOG, 'violations_detected.csv']);
  });

  it('sweeps the temporary files of a write killed before its commit point: the folder is as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chitieu-journal-'));
    writeFileSync(join(dir, 'violations_detected.csv'), TEXT);
    writeFileSync(join(dir, '.violations_detected.csv.abc.collect-tmp'), 'half');
    writeFileSync(join(dir, `${JOURNAL}.collect-tmp`), '{"batch":');
    expect(await recoverJournal(dir)).toBe(false);
    expect(readdirSync(dir)).toEqual(['violations_detected.csv']);
    expect(readFileSync(join(dir, 'violations_detected.csv'), 'utf8')).toBe(TEXT);
  });
});
