import type { Bilingual } from './lang.ts';

/** Words of the notebook build (`npm run notebooks:build`, the report's notebooks step). */
export const NOTEBOOK_BUILD_MESSAGES = {
  noDataFolder: (folder: string): Bilingual => ({
    vi: `không thấy thư mục số liệu: ${folder}`,
    en: `no data folder: ${folder}`,
  }),
  noCsvTables: (folder: string): Bilingual => ({
    vi: `${folder}: sổ tay đọc số liệu dạng CSV; thư mục không có tệp CSV nào của bảng số liệu`,
    en: `${folder}: the notebooks read CSV files, and this folder has none of the tables`,
  }),
  dataRefused: (folder: string, problems: string): Bilingual => ({
    vi: `số liệu trong ${folder} bị từ chối:\n${problems}`,
    en: `the data in ${folder} were refused:\n${problems}`,
  }),
  kitMissing: {
    vi: 'thiếu Observable Notebook Kit; hãy chạy npm ci',
    en: 'Observable Notebook Kit is not installed: run npm ci',
  } satisfies Bilingual,
  kitFailed: (code: number | null, detail: string): Bilingual => ({
    vi: `Notebook Kit dựng sổ tay không thành công (mã thoát ${code ?? '—'})${detail ? `:\n${detail}` : ''}`,
    en: `notebooks build failed (exit ${code ?? '—'})${detail ? `:\n${detail}` : ''}`,
  }),
  built: (pages: number, out: string, size: string, seconds: string, cached = false): Bilingual => ({
    vi: `${pages} sổ tay -> ${out}/ (${size}, ${seconds} giây${cached ? '; chép từ bộ nhớ đệm, mã nguồn không đổi' : ''})`,
    en: `${pages} notebooks -> ${out}/ (${size}, ${seconds} s${cached ? '; copied from the cache, the sources unchanged' : ''})`,
  }),
  dataCopied: (files: number, size: string, folder: string): Bilingual => ({
    vi: `${files} tệp (${size}) từ ${folder}/`,
    en: `${files} files (${size}) from ${folder}/`,
  }),
};
