/**
 * Case-level records into the contract's tables: the library behind `chitieu aggregate` and
 * `npm run data:cases`, bundled to `dist/aggregate.js` (the benchmark imports it).
 */
export {
  aggregateRecords,
  type AggregateOptions,
  type AggregateResult,
  type AggregateSummary,
  type AggregateTables,
} from './aggregate.ts';
export { writeAggregateTables, criminalCasesCsv, crimeReportsCsv, areasCsv } from './write-tables.ts';
export { generateCaseFiles, type GenerateOptions, type GenerateResult } from './generate-cases.ts';
export { loadRateSource, builtInRateSource, type RateSource } from './rate-source.ts';
export { CASE_SCHEMA, REPORT_SCHEMA } from './record-schema.ts';
