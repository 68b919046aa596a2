import { perObject } from '../memo/per-object.ts';
import type { Lang } from '../messages/lang.ts';
import { AREA_SERIES_TEXT, nameInSentence } from '../messages/areas.ts';
import type { AreaRow } from '../types.ts';
import { areaByCode } from './tree.ts';

/**
 * An area as a sentence names it: its code and its name in the reader's language, the level word in lower
 * case as running text writes it ('436 thành phố Hà Tĩnh', '436 Ha Tinh City'); the bare code when it is
 * not in `areas`. Worked out once per areas table, code and language (every note of a series names its units).
 *
 * @example areaLabel(data.areas, '18073', 'vi'); // => '18073 phường Thành Sen'
 */
export function areaLabel(areas: readonly AreaRow[], code: string, lang: Lang): string {
  return perObject(areas, `label|${code}|${lang}`, () => {
    const area = areaByCode(areas).get(code);
    if (!area) return code;
    return AREA_SERIES_TEXT.unit(code, nameInSentence(lang === 'vi' ? area.name_vi : area.name_en, lang));
  });
}
