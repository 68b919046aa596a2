import type { Lang } from '../../core/messages/lang.ts';

/**
 * The data set's title in the reader's language: a bilingual title ("Vietnamese / English", as the bundled
 * data package writes it) gives each language its half, as the charts' source line does
 * (core/charts/frame.ts); any other title is kept whole.
 *
 * @example dataTitleIn('Hà Tĩnh: dữ liệu MÔ PHỎNG / Hà Tĩnh: SYNTHETIC data', 'vi') // => 'Hà Tĩnh: dữ liệu MÔ PHỎNG'
 * @example dataTitleIn('Số liệu 2025', 'en') // => 'Số liệu 2025'
 */
export function dataTitleIn(title: string | null, lang: Lang): string | null {
  const halves = title?.split(' / ') ?? [];
  return halves.length === 2 ? ((lang === 'vi' ? halves[0] : halves[1]) ?? null) : title;
}
