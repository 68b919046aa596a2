/**
 * `chitieu report`: the main job's pipeline. Each step is one file (`step-*.ts`) and runs in order on a
 * temporary folder beside `--out`; only when every step has succeeded is the folder swapped in
 * (see `output-folder.ts`). A failure names its step and leaves any earlier report untouched.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ReportStepId } from '../../core/messages/report.ts';
import { TARGET_SETS, DEFAULT_TARGET_SET } from '../../core/targets/registry.ts';
import type { TargetSet } from '../../core/targets/target-set.ts';
import { checkOutFolder, makeTempSibling, removeTemp, swapIn, type OutState } from './output-folder.ts';
import { scorecardStep } from './step-scorecard.ts';
import { scorecardJsonStep } from './step-scorecard-json.ts';
import { scorecardCsvStep } from './step-scorecard-csv.ts';
import { scorecardXlsxStep } from './step-scorecard-xlsx.ts';
import { chartsStep } from './step-charts.ts';
import { briefingHtmlStep } from './step-briefing-html.ts';
import { briefingDocxStep } from './step-briefing-docx.ts';
import { briefingWholeYearStep } from './step-briefing-whole-year.ts';
import { notebooksStep } from './step-notebooks.ts';
import { manifestStep } from './step-manifest.ts';
import type { Scorecard } from './build-scorecard.ts';
import type { ReportContext, ReportDeps, ReportOptions, ReportStep } from './types.ts';
import { listFiles } from './walk.ts';

/**
 * The steps, in the order they run. The charts come first: once their SVGs are drawn the main thread goes on
 * with the other steps while the PNG threads draw. The manifest comes last: it hashes what the others wrote.
 */
export const REPORT_PIPELINE: readonly ReportStep[] = [
  chartsStep,
  scorecardStep,
  scorecardJsonStep,
  scorecardCsvStep,
  scorecardXlsxStep,
  briefingHtmlStep,
  briefingDocxStep,
  briefingWholeYearStep,
  notebooksStep,
  manifestStep,
];

/** A step failed; nothing was swapped in. */
export class ReportStepError extends Error {
  constructor(
    readonly step: ReportStepId,
    readonly detail: string,
    /** True when an earlier report was at `--out` (and still is). */
    readonly earlierKept: boolean,
    options?: { cause: unknown },
  ) {
    super(`step ${step} failed: ${detail}`, options);
  }
}

/** What a finished report holds. */
export interface ReportSummary {
  outDir: string;
  /** Every file of the report, relative to it. */
  files: string[];
  bytes: number;
  scorecard: Scorecard | undefined;
}

/**
 * Builds the whole report into `options.outDir`.
 *
 * @throws OutFolderError when `--out` holds something other than an earlier report (nothing is written).
 * @throws ReportStepError when a step fails (the temporary folder is removed; `--out` is untouched).
 */
export async function buildReport(
  options: ReportOptions,
  deps: ReportDeps & { onTempFolder?: (dir: string | null) => void },
  steps: readonly ReportStep[] = REPORT_PIPELINE,
): Promise<ReportSummary> {
  const out = resolve(options.outDir);
  const before: OutState = await checkOutFolder(out);
  const targets: TargetSet = options.targets ?? (TARGET_SETS[DEFAULT_TARGET_SET] as TargetSet);
  const dir = await makeTempSibling(out);
  deps.onTempFolder?.(dir);
  const ctx: ReportContext = { options: { ...options, targets }, deps, dir, state: {} };
  const progress = deps.progress;
  const background: Promise<unknown>[] = [];
  try {
    const active = steps.filter((step) => step.applies?.(ctx) ?? true);
    // Work that needs no earlier step starts now; a failure surfaces when its own step waits for it.
    for (const step of active) {
      const pending = step.begin?.(ctx);
      if (pending) background.push(pending.catch(() => undefined));
    }
    progress?.start(active.length);
    for (const [i, step] of active.entries()) {
      progress?.step(i, step.id);
      try {
        await step.run(ctx);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new ReportStepError(step.id, detail, before === 'report', { cause: error });
      }
    }
    progress?.end();
    // Whatever appeared at --out while the report was built is checked again before it is replaced.
    await checkOutFolder(out);
    await swapIn(dir, out);
  } catch (error) {
    progress?.end();
    // A build still writing into the folder would bring it back: wait for it first.
    await Promise.all(background);
    await removeTemp(dir);
    throw error;
  } finally {
    deps.onTempFolder?.(null);
  }
  const files = await listFiles(out);
  let bytes = 0;
  for (const f of files) bytes += (await stat(join(out, f))).size;
  return { outDir: out, files, bytes, scorecard: ctx.state.scorecard };
}
