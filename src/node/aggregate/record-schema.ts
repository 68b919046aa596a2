/**
 * The two kinds of record files `chitieu aggregate` reads, as data: each column's name and how its
 * cells are read. CSV and Parquet readers both fill a {@link RecordBatch} from these, so the
 * counting code never sees a file format.
 *
 * Cases (one row per criminal case): `case_id`, `occurred_date`, `area_code`, `crime_group`,
 * `severity`, `cleared_date` (empty while the case is not cleared).
 *
 * Reports (one row per crime report, "tin báo, tố giác tội phạm"): `report_id`, `received_date`,
 * `area_code`, `accepted` (1 or 0: whether the report was accepted for handling, "thụ lý"),
 * `transferred_date`, `resolved_date`, `suspended` (the date handling was suspended, "tạm đình
 * chỉ"; empty if never). The three dates are empty while the event has not happened.
 */
import { CRIME_GROUPS, SEVERITIES } from '../../core/types.ts';

/**
 * How a column's cells are read. `id`: any non-empty text, unique in the file. `date`: a required
 * `YYYY-MM-DD`. `optional_date`: a date or empty. `area`: a code of areas.csv. `enum`: one of
 * `values`. `flag`: 1/0 or true/false.
 */
export type ColumnKind = 'id' | 'date' | 'optional_date' | 'area' | 'enum' | 'flag';

export interface RecordColumn {
  name: string;
  kind: ColumnKind;
  /** The allowed values of an `enum` column, in the order their indexes follow. */
  values?: readonly string[];
}

export interface RecordSchema {
  /** Which file: `cases` or `reports`. */
  kind: 'cases' | 'reports';
  columns: readonly RecordColumn[];
}

export const CASE_SCHEMA: RecordSchema = {
  kind: 'cases',
  columns: [
    { name: 'case_id', kind: 'id' },
    { name: 'occurred_date', kind: 'date' },
    { name: 'area_code', kind: 'area' },
    { name: 'crime_group', kind: 'enum', values: CRIME_GROUPS },
    { name: 'severity', kind: 'enum', values: SEVERITIES },
    { name: 'cleared_date', kind: 'optional_date' },
  ],
};

/** Positions of the case columns in a batch. */
export const CASE = { id: 0, occurred: 1, area: 2, group: 3, severity: 4, cleared: 5 } as const;

export const REPORT_SCHEMA: RecordSchema = {
  kind: 'reports',
  columns: [
    { name: 'report_id', kind: 'id' },
    { name: 'received_date', kind: 'date' },
    { name: 'area_code', kind: 'area' },
    { name: 'accepted', kind: 'flag' },
    { name: 'transferred_date', kind: 'optional_date' },
    { name: 'resolved_date', kind: 'optional_date' },
    { name: 'suspended', kind: 'optional_date' },
  ],
};

/** Positions of the report columns in a batch. */
export const REPORT = { id: 0, received: 1, area: 2, accepted: 3, transferred: 4, resolved: 5, suspended: 6 } as const;

/** Cells of a flag column read as true and as false. */
export const FLAG_TRUE = ['1', 'true', 'TRUE', 'True'] as const;
export const FLAG_FALSE = ['0', 'false', 'FALSE', 'False'] as const;

/**
 * Records read from a file, column by column: `cols[c][k]` is record k's value of schema column c
 * (a day number, an area or value index, or 0/1), and `line[k]` the line (CSV) or row (Parquet) it
 * came from. The `id` column is checked for uniqueness as it is read and not kept.
 */
export class RecordBatch {
  count = 0;
  readonly line: Int32Array;
  readonly cols: Int32Array[];

  constructor(
    readonly schema: RecordSchema,
    readonly size: number,
  ) {
    this.line = new Int32Array(size);
    this.cols = schema.columns.map((c) => new Int32Array(c.kind === 'id' ? 0 : size));
  }
}

/** Where a batch goes once full (and once more, part full, at the end of the file). */
export type BatchSink = (batch: RecordBatch) => void;

/** Records per batch: small enough to stay in cache, large enough to make a call per batch free. */
export const BATCH_SIZE = 16_384;
