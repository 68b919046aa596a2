/**
 * The built command line, run as a user runs it: `npm run build`, then `node bin/chitieu.js report ...`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURE = join(import.meta.dirname, 'fixture');
let parent: string;

function chitieu(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'chitieu.js'), ...args], {
    cwd: parent,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  parent = await mkdtemp(join(tmpdir(), 'chitieu-report-cli-'));
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('chitieu report (built)', { timeout: 180_000 }, () => {
  it('prints its help', () => {
    const run = chitieu('report', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('chitieu report --out THƯ_MỤC');
  });

  it('builds the whole report from a data folder, with plain progress lines when piped', async () => {
    const run = chitieu('report', '--data', FIXTURE, '--out', 'out/report');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('[1/9] ');
    expect(run.stdout).not.toContain('\r');
    expect(run.stdout).toContain('✔ Đạt');
    const files = await readdir(join(parent, 'out', 'report'));
    for (const f of [
      'manifest.json',
      'scorecard.json',
      'scorecard.csv',
      'scorecard.xlsx',
      'briefing-2024.html',
      'briefing-2024.docx',
      'charts',
    ]) {
      expect(files).toContain(f);
    }
    const charts = await readdir(join(parent, 'out', 'report', 'charts'), { recursive: true });
    for (const ext of ['.svg', '.png', '.vl.json']) expect(charts.some((f) => f.endsWith(ext))).toBe(true);
    // The real charts name the districts: their hostile names stay inert in the page.
    const html = await readFile(join(parent, 'out', 'report', 'briefing-2024.html'), 'utf8');
    expect(html).not.toMatch(/<script|<foreignObject|\son[a-z]+=/i);
    expect(html).toContain('<svg');
    // Every built notebook page says how to open it when double-clicked (file://), in plain HTML.
    const pages = (await readdir(join(parent, 'out', 'report', 'notebooks'))).filter((f) => f.endsWith('.html'));
    expect(pages).toContain('overview.html');
    for (const page of pages) {
      const text = await readFile(join(parent, 'out', 'report', 'notebooks', page), 'utf8');
      expect(text, page).toMatch(/<aside id="chitieu-file-notice" role="alert" hidden/);
      expect(text, page).toContain("if (location.protocol === 'file:')");
    }
  });

  it('gives the same manifest on a second run', async () => {
    const first = await readFile(join(parent, 'out', 'report', 'manifest.json'), 'utf8');
    expect(chitieu('report', '--data', FIXTURE, '--out', 'again', '--quiet').code).toBe(0);
    expect(await readFile(join(parent, 'again', 'manifest.json'), 'utf8')).toBe(first);
  });

  it('refuses an --out holding other files (exit 2) and leaves them', async () => {
    await mkdir(join(parent, 'docs'));
    await writeFile(join(parent, 'docs', 'plan.txt'), 'mine');
    const run = chitieu('report', '--data', FIXTURE, '--out', 'docs');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không phải một báo cáo chitieu trước đó');
    expect(await readdir(join(parent, 'docs'))).toEqual(['plan.txt']);
  });

  it('refuses bad data whole (exit 1) and writes nothing', async () => {
    const bad = join(parent, 'bad-data');
    await cp(FIXTURE, bad, { recursive: true });
    const csv = await readFile(join(bad, 'criminal_cases.csv'), 'utf8');
    await writeFile(
      join(bad, 'criminal_cases.csv'),
      csv.replace('2021,101,social_order,serious,250,200', '2021,101,social_order,serious,250,2x0'),
    );
    const run = chitieu('report', '--data', bad, '--out', 'never');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/criminal_cases\.csv:2:\d+:/);
    expect(await readdir(parent)).not.toContain('never');
  });
});
