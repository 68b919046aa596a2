/**
 * The prose of `notebooks/safe-units.html`: communes and organisations rated "An toàn về ANTT" (safe in security
 * and order), what the July 2025 reform did to the comparison with 2021, drug-free and crime-free communes.
 */
import { formatCount } from '../../format/count.ts';
import type { Bilingual } from '../lang.ts';

export const SAFE_UNITS_TEXT = {
  intro: {
    vi: `# Xã, cơ quan, doanh nghiệp, nhà trường an toàn về ANTT
## Safe communes and organisations, and what the 2025 reform did to the comparison with 2021

Hai chỉ tiêu: tỉ lệ xã, phường, thị trấn đạt chuẩn "An toàn về an ninh, trật tự" (\`safe_communes_share\`) và tỉ lệ cơ quan, doanh nghiệp, nhà trường đạt chuẩn (\`safe_organisations_share\`), mục tiêu từ 80 % trở lên.

Từ ngày 1/7/2025, Hà Tĩnh sắp xếp lại đơn vị hành chính: các xã, phường, thị trấn cũ hợp thành 69 đơn vị cấp xã mới, lớn hơn. Tỉ lệ năm 2025 vì thế đếm những đơn vị khác, ít hơn nhiều so với năm 2021: mỗi đơn vị "nặng" hơn trong tỉ lệ, khoảng tin cậy rộng hơn, và một xã cũ đạt chuẩn không còn là một đơn vị. *From July 2025 the communes were merged into 69 larger units: the 2025 share counts different, far fewer units than 2021's, so each unit weighs more and intervals widen.*`,
    en: `# Safe communes and organisations, and what the 2025 reform did to the comparison with 2021

Two indicators: the share of communes, wards and townships certified "An toàn về ANTT" (safe in security and order, \`safe_communes_share\`) and the share of agencies, enterprises and schools certified (\`safe_organisations_share\`), each with a target of 80% or more.

On 1 July 2025 Hà Tĩnh reorganised its administrative units: the old communes, wards and townships were merged into 69 new, larger commune-level units. The 2025 share therefore counts different units, far fewer than in 2021: each unit weighs more in the share, the interval is wider, and an old commune that was certified is no longer a unit.`,
  },
  byYear: { vi: '## Tỉ lệ đạt chuẩn theo năm', en: '## The share certified, by year' },
  reform: {
    vi: `## Cuộc sắp xếp năm 2025 và phép so sánh với năm 2021
Trên: số đơn vị thuộc diện đánh giá mỗi năm (năm 2025 tô màu cam). Dưới: tỉ lệ đạt chuẩn với khoảng tin cậy 95 % (Wilson); đường đứt là mục tiêu. Khi số đơn vị giảm, một đơn vị đạt hay không đạt làm tỉ lệ thay đổi nhiều hơn (cột "1 đơn vị =" trong bảng). *Top: units in scope each year (2025 in orange). Bottom: the share certified with its Wilson interval; dashes: the target. With fewer units, one unit moves the share more.*`,
    en: `## The 2025 reform and the comparison with 2021
Top: the units in scope each year (2025 in orange). Bottom: the share certified, with its Wilson 95% interval; dashes: the target. With fewer units, one unit certified or not moves the share more (the column "1 unit =" of the table).`,
  },
  /** The vertical axis of the chart of units in scope. */
  unitsAxis: { vi: 'Đơn vị thuộc diện đánh giá', en: 'Units in scope' },
  /** A bar's tooltip: a unit type (in the reader's language), a year and how many units were in scope. */
  unitsTip: (type: string, year: number, n: number): Bilingual => ({
    vi: `${type} ${year}: ${formatCount(n)} đơn vị`,
    en: `${type} ${year}: ${formatCount(n, { lang: 'en' })} units`,
  }),
  unitsFigure: {
    vi: 'Số đơn vị thuộc diện đánh giá an toàn về ANTT theo năm và loại đơn vị.',
    en: 'Units in scope of the "An toàn về ANTT" assessment, by year and unit type.',
  },
  /** The vertical axis of the chart of shares. */
  shareAxis: { vi: 'Tỉ lệ đạt chuẩn (%)', en: 'Share certified (%)' },
  shareFigure: {
    vi: 'Tỉ lệ đơn vị đạt chuẩn an toàn về ANTT theo năm, kèm khoảng tin cậy 95 %.',
    en: 'Share of units certified "An toàn về ANTT", by year, with 95% intervals.',
  },
  /** The columns of the comparison with 2021 (the two years' columns are the years themselves). */
  unitType: { vi: 'Loại đơn vị', en: 'Unit type' },
  onePoint: { vi: '1 đơn vị = (điểm %)', en: '1 unit = (percentage points)' },
  difference: { vi: 'Chênh lệch (điểm %)', en: 'Difference (percentage points)' },
  differenceInterval: { vi: 'Khoảng tin cậy 95 % (Newcombe)', en: '95% interval (Newcombe)' },
  /** An interval of the difference, its ends already printed. */
  fromTo: (low: string, high: string): Bilingual => ({ vi: `${low} đến ${high}`, en: `${low} to ${high}` }),
  readTable: (year: number): Bilingual => ({
    vi: `Đọc bảng: nếu khoảng tin cậy của chênh lệch chứa 0, số liệu chưa cho thấy tỉ lệ năm ${year} khác năm 2021 vượt quá mức ngẫu nhiên. Với xã, hai tỉ lệ đếm hai tập đơn vị khác nhau: chênh lệch gộp cả tác động của việc sáp nhập, không chỉ thay đổi về an ninh, trật tự. *If the interval of the difference contains 0, the data do not show a change beyond chance. For communes the two shares count different sets of units: the difference mixes the merger's effect with any change in security.*`,
    en: `To read the table: if the interval of the difference contains 0, the data do not show that the share of ${year} differs from 2021's beyond chance. For communes the two shares count two different sets of units: the difference mixes the merger's effect with any change in security and order.`,
  }),
  drugFree: {
    vi: `## Xã, phường không ma túy và xã, phường không có tội phạm
Hai chỉ tiêu mới: tỉ lệ xã, phường được công nhận "không ma túy" (\`drug_free_communes_share\`, lộ trình của Nghị quyết 163/2024/QH15 và Kết luận 132-KL/TW: ít nhất 20 % năm 2025, 50 % năm 2030) và tỉ lệ xã, phường không có vụ phạm tội nào xảy ra trong năm (\`crime_free_communes_share\`, theo dõi, chưa có mục tiêu). *Drug-free communes against the 2030 path, and communes with no case in the year (watched).*`,
    en: `## Drug-free communes and communes without crime
Two new indicators: the share of communes and wards recognised as "drug-free" (\`drug_free_communes_share\`, on the path of Resolution 163/2024/QH15 and Conclusion 132-KL/TW: at least 20% in 2025, 50% in 2030) and the share of communes and wards where no criminal case occurred in the year (\`crime_free_communes_share\`, watched, no target yet).`,
  },
  /** An indicator's figure for the year: its title and value, already in the reader's language. */
  figureOfYear: (title: string, year: number, value: string): Bilingual => ({
    vi: `${title}, năm ${year}: ${value}`,
    en: `${title}, ${year}: ${value}`,
  }),
} as const;
