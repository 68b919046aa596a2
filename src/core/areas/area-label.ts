import type { Lang } from '../messages/lang.ts';
import { AREA_SERIES_TEXT, nameInSentence } from '../messages/areas.ts';
import type { AreaRow } from '../types.ts';

/**
 * An area as a sentence names it: its code and its name in the reader's language, the level word in lower
 * case as running text writes it ('436 thành phố Hà Tĩnh', '436 Ha Tinh City'); the bare code when it is
 * not in `areas`.
 *
 * @example areaLabel(data.areas, '18073', 'vi'); // => '18073 phường Thành Sen'
 */
export function areaLabel(areas: readonly AreaRow[], code: string, lang: Lang): string {
  const area = areas.find((a) => a.area_code === code);
  if (!area) return code;
  return AREA_SERIES_TEXT.unit(code, nameInSentence(lang === 'vi' ? area.name_vi : area.name_en, lang));
}
