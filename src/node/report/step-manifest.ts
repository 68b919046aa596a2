import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORT_MESSAGES } from '../../core/messages/report.ts';
import { MANIFEST_KIND, REPORT_FILES } from './files.ts';
import type { ReportStep } from './types.ts';
import { listFiles } from './walk.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** One file of the manifest. */
export interface ManifestFile {
  file: string;
  bytes?: number;
  sha256: string;
}

/** manifest.json: what made the report and what it holds. No time stamp: the same data give the same bytes. */
export interface Manifest {
  kind: typeof MANIFEST_KIND;
  tool: 'chitieu';
  version: string;
  year: number;
  lang: string;
  target_set: string;
  data: { title: string | null; periods: string; cutoff: string | null; synthetic: boolean };
  /** The data files (relative to the data folder, as the loader read them), a `--targets` file and the briefing's settings file. */
  inputs: ManifestFile[];
  /** Every file of the report but the manifest itself, sorted by path. */
  outputs: ManifestFile[];
  notebooks: { included: true; files: number } | { included: false; reason: string };
}

/**
 * Step 10: manifest.json, with the SHA-256 of every input file and of every output file.
 */
export const manifestStep: ReportStep = {
  id: 'manifest',
  async run(ctx) {
    const { data, year, lang, targets, targetsFile, briefingSettingsFile } = ctx.options;
    const inputs: ManifestFile[] = [...data.meta.sources]
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
      .map((s) => ({ file: s.file, sha256: s.sha256 }));
    if (targetsFile !== undefined) inputs.push({ file: targetsFile, sha256: sha256(await readFile(targetsFile)) });
    if (briefingSettingsFile !== undefined)
      inputs.push({ file: briefingSettingsFile, sha256: sha256(await readFile(briefingSettingsFile)) });
    const outputs: ManifestFile[] = [];
    for (const file of await listFiles(ctx.dir)) {
      if (file === REPORT_FILES.manifest) continue;
      const bytes = await readFile(join(ctx.dir, file));
      outputs.push({ file, bytes: bytes.length, sha256: sha256(bytes) });
    }
    const manifest: Manifest = {
      kind: MANIFEST_KIND,
      tool: 'chitieu',
      version: ctx.deps.version,
      year,
      lang,
      target_set: targets.id,
      data: {
        title: data.meta.title,
        periods: data.meta.periods,
        cutoff: data.meta.cutoff,
        synthetic: data.meta.synthetic,
      },
      inputs,
      outputs,
      // No status: the notebooks step did not apply (--no-notebooks, a workbook, no toolkit folder).
      notebooks: ctx.state.notebooks ?? { included: false, reason: REPORT_MESSAGES.notebooksMissing[lang] },
    };
    await writeFile(join(ctx.dir, REPORT_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  },
};
