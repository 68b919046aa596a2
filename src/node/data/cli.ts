/**
 * The synthetic data generator's command line: arguments, bilingual help and messages, exit codes
 * (0 written, 1 the files could not be written, 2 the command was misused). `generate-main.ts` runs it.
 */
import { parseArgs } from 'node:util';
import { CUTOFF, DEFAULT_SEED } from './generate.ts';
import { percent, yearlySummary } from './summary.ts';
import { writeDataset } from './write.ts';

/** Where the files go unless `--out` says otherwise. */
export const DEFAULT_OUT = 'data';

export const HELP = `chitieu generate-data: sinh bộ dữ liệu MÔ PHỎNG (không phải số liệu thật) cho Hà Tĩnh, 1/2019-10/2026
chitieu generate-data: generate the SYNTHETIC data set (not real statistics) for Hà Tĩnh, 1/2019-10/2026

Cách dùng / Usage:
  node dist/generate-data.js [--seed N] [--out DIR]
  npm run data:generate -- [--seed N] [--out DIR]

Tùy chọn / Options:
  --seed N    hạt giống ngẫu nhiên, số nguyên 0-4294967295 (mặc định ${DEFAULT_SEED}); cùng seed cho ra các tệp
              giống hệt nhau từng byte
              random seed, a whole number 0-4294967295 (default ${DEFAULT_SEED}); the same seed gives
              byte-identical files
  --out DIR   thư mục ghi dữ liệu, tạo mới nếu chưa có (mặc định ${DEFAULT_OUT}); các tệp cùng tên bị ghi đè
              folder to write into, created if missing (default ${DEFAULT_OUT}); files of the same name are overwritten
  -h, --help  in hướng dẫn này / print this help

Ghi ra / Writes: một tệp CSV mỗi bảng / one CSV per table, hatinh-2019-2026.xlsx, datapackage.json, README.md.
Tháng thống kê công an (15 đến 14), chốt số liệu / police statistical months (15th-14th), cut-off ${CUTOFF}.
`;

/** Parsed arguments, or the message of a misuse. */
export type Parsed =
  { help: true } | { help: false; seed: number; out: string } | { error: { vi: string; en: string } };

/** Reads the command line's arguments. */
export function parseGenerateArgs(argv: string[]): Parsed {
  let values: { seed?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { seed: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { error: { vi: `tùy chọn không hợp lệ: ${detail}`, en: `invalid option: ${detail}` } };
  }
  if (values.help === true) return { help: true };
  const seedText = values.seed ?? String(DEFAULT_SEED);
  const seed = Number(seedText);
  if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(seed) || seed > 0xffffffff) {
    return {
      error: {
        vi: `--seed phải là số nguyên từ 0 đến 4294967295, không phải "${seedText}"`,
        en: `--seed must be a whole number from 0 to 4294967295, not "${seedText}"`,
      },
    };
  }
  const out = values.out ?? DEFAULT_OUT;
  if (out === '') return { error: { vi: '--out không được để trống', en: '--out must not be empty' } };
  return { help: false, seed, out };
}

/** Where the command writes its messages. */
export interface Output {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Runs the command with its arguments; returns the exit code. */
export async function runGenerate(argv: string[], io: Output): Promise<number> {
  const parsed = parseGenerateArgs(argv);
  if ('error' in parsed) {
    io.stderr(`Lỗi: ${parsed.error.vi}\nError: ${parsed.error.en}\n\n${HELP}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(HELP);
    return 0;
  }
  let written: Awaited<ReturnType<typeof writeDataset>>;
  try {
    written = await writeDataset(parsed.out, parsed.seed);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(
      `Lỗi: không ghi được dữ liệu vào ${parsed.out}: ${detail}\nError: could not write the data to ${parsed.out}: ${detail}\n`,
    );
    return 1;
  }
  const lines = [
    `Đã ghi dữ liệu MÔ PHỎNG (seed ${parsed.seed}) vào / Wrote SYNTHETIC data (seed ${parsed.seed}) to ${parsed.out}: ${written.files.join(', ')}`,
    'năm/year  vụ/cases  làm rõ/cleared  RNT+ĐBNT/very+esp. serious  giải quyết tin/reports resolved',
  ];
  for (const s of yearlySummary(written.tables)) {
    lines.push(
      `${s.year}  ${s.occurred}  ${s.cleared} (${percent(s.cleared, s.occurred)})  ` +
        `${s.seriousCleared}/${s.seriousOccurred} (${percent(s.seriousCleared, s.seriousOccurred)})  ` +
        `${s.resolved}/${s.resolutionBase} (${percent(s.resolved, s.resolutionBase)})`,
    );
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
