/**
 * The prose of `notebooks/reports-clearance.html`: crime reports and clearance, over time and across areas
 * (funnel plot, dot plot, heat map).
 */
import { formatCount } from '../../format/count.ts';
import { formatNumber } from '../../format/number.ts';
import type { Bilingual } from '../lang.ts';

export const REPORTS_CLEARANCE_TEXT = {
  intro: {
    vi: `# Tin báo, tố giác tội phạm và điều tra khám phá án
## Crime reports and clearance: rates over time and across areas

Bốn chỉ tiêu: tiếp nhận tin báo, tố giác (\`reports_acceptance_rate\`, 100 %), giải quyết tin báo (\`reports_resolution_rate\`, trên 90 %), điều tra khám phá án (\`clearance_rate\`, từ 80 %) và khám phá án rất nghiêm trọng, đặc biệt nghiêm trọng (\`clearance_rate_very_serious\`, từ 95 %). Mỗi tỉ lệ kèm khoảng tin cậy 95 % (Wilson).

So sánh giữa các địa bàn dùng **biểu đồ phễu** (funnel plot, Spiegelhalter 2005): mỗi địa bàn là một chấm, trục ngang là mẫu số; hai cặp đường giới hạn 95 % và 99,8 % quanh mục tiêu cho biết chênh lệch nào vượt quá mức ngẫu nhiên với cỡ mẫu đó. Địa bàn nhỏ dao động nhiều hơn là chuyện bình thường.

*Funnel plots: each area is a dot placed by its denominator; 95 % and 99.8 % limits around the target show which differences go beyond chance for that size.*`,
    en: `# Crime reports and clearance: rates over time and across areas

Four indicators: crime reports and denunciations received (\`reports_acceptance_rate\`, 100%), reports resolved (\`reports_resolution_rate\`, above 90%), cases cleared by investigation (\`clearance_rate\`, 80% or more) and very serious and especially serious cases cleared (\`clearance_rate_very_serious\`, 95% or more). Each rate comes with its Wilson 95% interval.

Areas are compared on a **funnel plot** (Spiegelhalter 2005): each area is a dot, placed on the horizontal axis by its denominator; two pairs of limits, 95% and 99.8%, around the target show which differences go beyond chance for an area of that size. Small areas vary more: that is to be expected.`,
  },
  /** The label of the choice of rate compared across areas. */
  rateChoice: { vi: 'Tỉ lệ so sánh giữa các địa bàn', en: 'Rate across areas' },
  overTime: { vi: '## Tỉ lệ theo thời gian', en: '## Rates over time' },
  acrossAreas: (year: number): Bilingual => ({
    vi: `## So sánh giữa các địa bàn năm ${year}`,
    en: `## The areas compared, ${year}`,
  }),
  noUnitsBelow: {
    vi: 'Địa bàn đã chọn không có đơn vị cấp dưới để so sánh: hãy chọn tỉnh hoặc một huyện.',
    en: 'The chosen area has no units below it to compare: pick the province or a district.',
  },
  /** How many units are compared, and within which area (named in the reader's language). */
  unitsCompared: (n: number, area: string): Bilingual => ({
    vi: `So sánh ${formatCount(n)} đơn vị trực thuộc ${area}.`,
    en: `${formatCount(n, { lang: 'en' })} units within ${area} compared.`,
  }),
  /** Spiegelhalter's overdispersion factor, and whether it is large enough (`over`) to look at each outlier. */
  dispersion: (phi: number, over: boolean): Bilingual => ({
    vi: `Hệ số phân tán φ (Spiegelhalter) = ${formatNumber(phi, { decimals: 2 })}: ${over ? 'các địa bàn chênh nhau nhiều hơn mức ngẫu nhiên, nên xem từng trường hợp ngoài giới hạn.' : 'chênh lệch giữa các địa bàn gần với mức ngẫu nhiên.'}`,
    en: `Overdispersion factor φ (Spiegelhalter) = ${formatNumber(phi, { lang: 'en', decimals: 2 })}: ${over ? 'the areas differ more than chance alone would make them; look at each area outside the limits.' : 'the areas differ about as much as chance alone would make them.'}`,
  }),
  history: {
    vi: `### Các địa bàn qua các năm
Mỗi ô là tỉ lệ của một đơn vị trong một năm; đơn vị mới từ 1/7/2025 chỉ có số liệu từ đó. *Each cell is one area's rate in one year; the units created on 1 July 2025 have data from then on.*`,
    en: `### The areas over the years
Each cell is one unit's rate in one year; the units created on 1 July 2025 have figures from then on only.`,
  },
  /** The heading and paragraph of the chosen area's series, for the rate's short title. */
  series: (rate: string): Bilingual => ({
    vi: `### ${rate} của địa bàn đã chọn qua đợt sắp xếp
Như lệnh \`chitieu series\`: mỗi năm ghi rõ số liệu trực tiếp, cộng từ các đơn vị mới, hay ước tính phân bổ. *The chosen area's rate year by year across the reform, each year saying how it was made.*`,
    en: `### ${rate}: the chosen area across the reform
As the \`chitieu series\` command prints it: each year says whether its figure is direct, gathered from the new units, or an estimate spread by the crosswalk weights.`,
  }),
} as const;
