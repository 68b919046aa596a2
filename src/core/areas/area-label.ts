import type { Lang } from '../messages/lang.ts';
import { AREA_SERIES_TEXT } from '../messages/areas.ts';
import type { AreaRow } from '../types.ts';

/**
 * An area as a sentence names it: its code and its name in the reader's language ('436 Thành phố Hà Tĩnh',
 * '436 Ha Tinh City'); the bare code when it is not in `areas`.
 *
 * @example areaLabel(data.areas, '18073', 'vi'); // => '18073 Phường Thành Sen'
 */
export function areaLabel(areas: readonly AreaRow[], code: string, lang: Lang): string {
  const area = areas.find((a) => a.area_code === code);
  if (!area) return code;
  return AREA_SERIES_TEXT.unit(code, lang === 'vi' ? area.name_vi : area.name_en);
}
