import type { DataSet } from '../../core/types.ts';
import type { Lang } from '../../core/messages/lang.ts';
import type { ExportChartsOptions } from '../render/export-charts.ts';
import type { ReportStepId } from '../../core/messages/report.ts';
import type { TargetSet } from '../../core/targets/target-set.ts';
import type { Briefing } from './briefing.ts';
import type { KeyChart } from './key-charts.ts';
import type { Scorecard } from './build-scorecard.ts';
import type { FlatRow } from './scorecard-table.ts';

/**
 * Writes the chart set into `options.outDir`, as `exportCharts` (src/node/render/export-charts.ts) does;
 * injectable so that tests can stand in for it or make it fail.
 */
export type ChartExporter = (data: DataSet, options: ExportChartsOptions) => Promise<{ files: string[] }>;

/** What the report is made of. */
export interface ReportOptions {
  data: DataSet;
  /** The report folder. */
  outDir: string;
  /** Year of the briefing. */
  year: number;
  /**
   * Further years that get a briefing of their own (with their charts in `charts/<year>/`): the last whole
   * year when `year` is still in progress.
   */
  alsoYears?: number[];
  lang: Lang;
  /** Target set; default the programme 2021-2025. */
  targets?: TargetSet;
  /** A `--targets` JSON file, hashed into the manifest as an input. */
  targetsFile?: string;
  /**
   * The Word briefing's settings (issuing body, number, place and date, recipients, signer: see
   * `briefing-settings.ts`), e.g. `briefing.json` beside the data; hashed into the manifest as an input.
   * Without it the frame prints placeholders.
   */
  briefingSettingsFile?: string;
}

/** Shows the steps as they run. */
export interface Progress {
  start(total: number): void;
  step(index: number, id: ReportStepId): void;
  /** The last step finished (or the run failed): ends the bar's line. */
  end(): void;
}

/** What the report depends on, injectable for tests. */
export interface ReportDeps {
  exportCharts: ChartExporter;
  /** The toolkit's version, written into the manifest and the briefing. */
  version: string;
  /**
   * Builds the notebooks on the report's data into a folder (src/node/notebooks/build.ts); null to leave
   * them out (tests, `--no-notebooks`, a workbook instead of a CSV folder). The manifest says which.
   */
  buildNotebooks: ((out: string) => Promise<void>) | null;
  /** Noto Sans files embedded in the HTML; null or missing files: the page uses the system's sans-serif. */
  fonts: { regular: string; bold: string } | null;
  progress?: Progress;
}

/** How the notebooks step went, as the manifest records it. */
export type NotebooksStatus = { included: true; files: number } | { included: false; reason: string };

/** What the steps hand on to each other. */
export interface ReportState {
  scorecard?: Scorecard;
  /** The scorecard as one flat table, for the CSV and the workbook (`flatScorecardOf`). */
  flatScorecard?: FlatRow[];
  /** The briefing's charts with their captions (the year's own: from `chartsExport` once it is written). */
  keyCharts?: KeyChart[];
  /** The year's chart set being written, started by the charts step's `begin`. */
  chartsExport?: ChartsExport;
  /** The further years' chart sets (`alsoYears`), started by the charts step's `begin` after the year's. */
  alsoYearsCharts?: Map<number, ChartsExport>;
  /** The briefing, as the HTML and Word steps print it. */
  briefing?: Briefing;
  notebooks?: NotebooksStatus;
  /** The notebooks build started by the notebooks step's `begin`. */
  notebooksBuild?: Promise<void>;
}

/** What every step gets: the options, the dependencies, the folder being built, and the state so far. */
export interface ReportContext {
  options: ReportOptions & { targets: TargetSet };
  deps: ReportDeps;
  /** The temporary folder the report is built in (a sibling of `outDir`). */
  dir: string;
  state: ReportState;
}

/** One step of the pipeline. */
export interface ReportStep {
  id: ReportStepId;
  /**
   * Whether the step has anything to do in this run (default: yes). A step that does not apply is not
   * run, and the progress neither counts nor names it (`--no-notebooks` shows no notebooks step).
   */
  applies?(ctx: ReportContext): boolean;
  /**
   * Starts work that needs nothing from earlier steps, before the first step runs, so that it proceeds
   * beside them (the notebooks build on a worker thread); `run` then waits for it. Returns the pending work,
   * which the pipeline waits for before it removes a failed run's folder.
   */
  begin?(ctx: ReportContext): Promise<void>;
  run(ctx: ReportContext): Promise<void>;
}

/** A chart set being exported: its SVGs drawn (`drawn`), then every file written (`done`). */
export interface ChartsExport {
  /** Resolves when every SVG is drawn, the PNGs perhaps still drawing; rejects if the export fails before. */
  drawn: Promise<void>;
  /** The key charts, once every file is written. */
  done: Promise<KeyChart[]>;
}

/** A state field a step needs from an earlier one. */
export function need<K extends keyof ReportState>(ctx: ReportContext, key: K): NonNullable<ReportState[K]> {
  const value = ctx.state[key];
  if (value === undefined) throw new Error(`internal: step needs "${key}" from an earlier step`);
  return value as NonNullable<ReportState[K]>;
}
