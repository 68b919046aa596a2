/**
 * The prose of `notebooks/criminal-cases.html`: criminal cases against the 2021 baseline, the path to the 2025
 * target, the monthly control chart, cybercrime, and two areas over the years. Figures are printed here, through
 * `format/`, in the reader's language.
 */
import { formatCount } from '../../format/count.ts';
import { formatNumber } from '../../format/number.ts';
import { formatPercent } from '../../format/percent.ts';
import type { Bilingual } from '../lang.ts';

export const CRIMINAL_CASES_TEXT = {
  intro: {
    vi: `# Số vụ phạm tội so với năm 2021
## Criminal cases against the 2021 baseline

Chỉ tiêu của Chương trình: đến năm 2025, số vụ phạm tội giảm ít nhất 5 % so với năm 2021 (\`crime_change_vs_baseline\`: số vụ năm Y / số vụ năm 2021 − 1). Sổ tay này xem xu hướng theo năm, so sánh cùng kỳ, lộ trình đến 2025 và biểu đồ kiểm soát theo tháng.

*The programme's target: by 2025, at least 5 % fewer criminal cases than in 2021. The trend, the year-to-date comparison, the path to 2025, and a monthly control chart.*`,
    en: `# Criminal cases against the 2021 baseline

The programme's target: by 2025, at least 5% fewer criminal cases than in 2021 (\`crime_change_vs_baseline\`: cases in year Y / cases in 2021 − 1). This notebook looks at the yearly trend, the year to date against the same months of the year before, the path to 2025 and a monthly control chart.`,
  },
  trend: {
    vi: `## Xu hướng theo năm và so sánh cùng kỳ
Cột: số vụ mỗi năm; đường ngang: năm gốc 2021; đường đứt: lộ trình đều đến mục tiêu năm 2025. Bên phải: từ đầu năm đến tháng có số liệu mới nhất, so với cùng kỳ năm trước, kèm khoảng tin cậy 95 % chính xác của tỉ số hai số Poisson. *Bars: yearly cases; line: the 2021 baseline; dashes: an even path to the 2025 target. Right: the year to date against the same months of the year before.*`,
    en: `## The yearly trend and the year to date
Bars: cases each year; horizontal line: the 2021 baseline; dashes: an even path to the 2025 target. Right: from the start of the year to the latest month with data, against the same months of the year before, with the exact 95% interval of the ratio of two Poisson counts.`,
  },
  pathTitle: (deadline: number): Bilingual => ({
    vi: `### Lộ trình đến năm ${deadline}`,
    en: `### The path to ${deadline}`,
  }),
  pathNoYears: {
    vi: 'Chưa có năm trọn vẹn nào từ năm gốc.',
    en: 'No whole year since the baseline yet.',
  },
  pathYears: (baselineYear: number, years: readonly { year: number; count: number }[]): Bilingual => ({
    vi: `Các năm trọn vẹn từ năm gốc ${baselineYear}: ${years.map((y) => `${y.year}: ${formatCount(y.count)} vụ`).join('; ')}.`,
    en: `Whole years since the ${baselineYear} baseline: ${years.map((y) => `${y.year}: ${formatCount(y.count, { lang: 'en' })} cases`).join('; ')}.`,
  }),
  pathSlope: (slope: number): Bilingual => ({
    vi: `Đường xu hướng Theil-Sen: ${slope <= 0 ? 'giảm' : 'tăng'} ${formatNumber(Math.abs(slope), { decimals: 1 })} vụ mỗi năm.`,
    en: `Theil-Sen trend line: ${slope <= 0 ? 'down' : 'up'} ${formatNumber(Math.abs(slope), { lang: 'en', decimals: 1 })} cases a year.`,
  }),
  pathTrend: (reason: Bilingual): Bilingual => ({
    vi: `Kiểm định Mann-Kendall: ${reason.vi}`,
    en: `Mann-Kendall test: ${reason.en}`,
  }),
  pathProjection: (year: number, mean: number, maxCount: number, probability: number): Bilingual => ({
    vi: `Nếu xu hướng giữ nguyên, năm ${year} dự kiến khoảng ${formatNumber(mean, { decimals: 0 })} vụ; để đạt mục tiêu cần không quá ${formatCount(maxCount)} vụ. Xác suất đạt (mô hình Poisson): **${formatPercent(probability, { decimals: 0 })}**.`,
    en: `If the trend holds, ${year} will have about ${formatNumber(mean, { lang: 'en', decimals: 0 })} cases; meeting the target takes no more than ${formatCount(maxCount, { lang: 'en' })}. The chance of meeting it (Poisson model): **${formatPercent(probability, { lang: 'en', decimals: 0 })}**.`,
  }),
  pathDeadlineDone: (deadline: number): Bilingual => ({
    vi: `Năm ${deadline} đã trọn: kết quả là số liệu thực, xem biểu đồ trên và sổ tay Tổng quan.`,
    en: `${deadline} is complete: its result is the actual figure; see the chart above and the Overview notebook.`,
  }),
  pathNote: {
    vi: `*The Theil-Sen slope and the Mann-Kendall test use whole years only; while 2025 is ahead, the trend's value for 2025 gives the chance of meeting the target under a Poisson model (no over-dispersion: real counts vary more, so read it as optimistic about certainty).*`,
    en: `*The Theil-Sen slope and the Mann-Kendall test use whole years only; while 2025 is ahead, the trend's value for 2025 gives the chance of meeting the target under a Poisson model (no over-dispersion: real counts vary more, so read it as optimistic about certainty).*`,
  },
  control: {
    vi: `## Biểu đồ kiểm soát theo tháng
Biểu đồ XmR ("Making Data Count"): số vụ mỗi tháng, trung bình và giới hạn kiểm soát tính trên 12 tháng của năm gốc 2021. Điểm có hình và màu là tín hiệu (ngoài giới hạn, 7 tháng liên tục tăng hay giảm, 2 trong 3 tháng gần giới hạn, 7 tháng cùng một phía). *Monthly cases with limits set on the 2021 baseline year; shaped points are signals.*`,
    en: `## Monthly control chart
XmR chart ("Making Data Count"): cases each month, with the mean and control limits set on the 12 months of the 2021 baseline year. Points with a shape and colour are signals (outside the limits, 7 months in a row rising or falling, 2 of 3 months near a limit, 7 months on one side of the mean).`,
  },
  cyber: {
    vi: `## Tội phạm sử dụng công nghệ cao
Chỉ tiêu \`cyber_crime_cases\`: số vụ tội phạm công nghệ cao xảy ra mỗi năm (theo dõi, chưa có mục tiêu), kèm khoảng tin cậy 95 % (Garwood); năm chưa trọn so với cùng kỳ năm trước. *Cybercrime cases each year with Garwood 95 % intervals, watched (no target); a year in progress against the same months.*`,
    en: `## Cybercrime
Indicator \`cyber_crime_cases\`: cybercrime cases each year (watched, no target yet), with Garwood 95% intervals; a year in progress is compared with the same months of the year before.`,
  },
  compare: {
    vi: `## So sánh hai địa bàn qua các năm
Chọn một chỉ tiêu bất kỳ (và cách chia nếu có) và một địa bàn để so sánh (mặc định: toàn tỉnh). Mỗi năm được tính như lệnh \`chitieu series\`: năm đơn vị còn tồn tại thì dùng số liệu trực tiếp; huyện cũ sau 1/7/2025 được cộng từ các xã mới nằm trọn trong huyện; xã mới trước 1/7/2025 là ước tính phân bổ theo trọng số chuyển đổi. *Any indicator, two areas, year by year across the reform, each point made as \`chitieu series\` makes it.*`,
    en: `## Two areas over the years
Pick any indicator (and a breakdown, if it has one) and an area to compare with (the province unless you choose another). Each year is computed as the \`chitieu series\` command computes it: while a unit exists, its own figures; an old district after 1 July 2025 is gathered from the new communes lying within it; a new commune before 1 July 2025 is an estimate spread by the crosswalk weights.`,
  },
  /** The comparison chart's accessible name: the areas (already named in the reader's language) and the indicator. */
  compareFigure: (areas: readonly string[], indicator: string): Bilingual => ({
    vi: `${areas.join(' và ')}: ${indicator}, theo năm.`,
    en: `${areas.join(' and ')}: ${indicator}, by year.`,
  }),
} as const;
