/**
 * The data dictionary of the bundled synthetic data: every table and column, in Vietnamese and
 * English, with its Frictionless type, its unit, and where the figure would come from in practice.
 * `write.ts` prints it into `datapackage.json` and `README.md`, so the two never disagree.
 */
import type { TableName } from '../../core/types.ts';

export interface Bilingual {
  vi: string;
  en: string;
}

/** One column: name, Frictionless type, meaning and unit. */
export interface ColumnDoc {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date';
  vi: string;
  en: string;
  /** Unit, if the column is a quantity. */
  unit?: Bilingual;
  /** The column may be empty. */
  nullable?: boolean;
  /** Allowed values. */
  values?: readonly string[];
  /** Smallest and largest allowed value. */
  minimum?: number;
  maximum?: number;
}

/** One table: meaning, periodicity, practical source, how the synthetic rows were made. */
export interface TableDoc {
  name: TableName;
  title: Bilingual;
  period: Bilingual;
  /** Which unit of the police, procuracy or other body reports the figures in practice. */
  source: Bilingual;
  /** How the synthetic rows were made. */
  synthetic: Bilingual;
  columns: readonly ColumnDoc[];
  /** Columns identifying a row. */
  primaryKey: readonly string[];
}

const count = (name: string, vi: string, en: string, unit: Bilingual): ColumnDoc => ({
  name,
  type: 'integer',
  vi,
  en,
  unit,
  minimum: 0,
});
const CASES: Bilingual = { vi: 'vụ', en: 'cases' };
const REPORTS: Bilingual = { vi: 'tin', en: 'reports' };
const PERSONS: Bilingual = { vi: 'người', en: 'persons' };
const UNITS: Bilingual = { vi: 'đơn vị', en: 'units' };
const VND: Bilingual = { vi: 'đồng', en: 'đồng (VND)' };

const year: ColumnDoc = { name: 'year', type: 'integer', vi: 'Năm', en: 'Year', minimum: 2019, maximum: 2026 };
const month: ColumnDoc = {
  name: 'month',
  type: 'integer',
  minimum: 1,
  maximum: 12,
  vi: 'Tháng thống kê của công an (tháng m: từ ngày 15 tháng m-1 đến ngày 14 tháng m)',
  en: 'Police statistical month (month m: the 15th of month m-1 to the 14th of month m)',
};
const areaCode: ColumnDoc = {
  name: 'area_code',
  type: 'string',
  vi: 'Mã đơn vị hành chính (xem areas.csv)',
  en: 'Administrative unit code (see areas.csv)',
};

/** The eleven tables, in the order of the contract. */
export const TABLE_DOCS: readonly TableDoc[] = [
  {
    name: 'areas',
    title: { vi: 'Đơn vị hành chính', en: 'Administrative units' },
    period: { vi: 'Cây đơn vị theo thời gian', en: 'The area tree over time' },
    source: {
      vi: 'Danh mục mã đơn vị hành chính Việt Nam (cơ quan thống kê); Nghị quyết 1283/NQ-UBTVQH15 (nhập huyện Lộc Hà vào huyện Thạch Hà từ 01/01/2025) và 1665/NQ-UBTVQH15 (69 xã, phường từ 01/7/2025).',
      en: 'The national list of administrative unit codes (statistics office); Resolutions 1283/NQ-UBTVQH15 (Lộc Hà merged into Thạch Hà from 1 January 2025) and 1665/NQ-UBTVQH15 (69 communes and wards from 1 July 2025).',
    },
    synthetic: {
      vi: 'Tên và mã là thật. valid_from của các đơn vị có trước năm 2019 ghi 2019-01-01 (ngày đầu của dữ liệu), không phải ngày thành lập.',
      en: 'Names and codes are real. valid_from of units older than the data is 2019-01-01 (the first day of the data), not the founding date.',
    },
    primaryKey: ['area_code'],
    columns: [
      {
        ...areaCode,
        vi: 'Mã đơn vị hành chính quốc gia (tỉnh 2 chữ số, huyện 3, xã 5)',
        en: 'National administrative unit code (province 2 digits, district 3, commune 5)',
      },
      { name: 'name_vi', type: 'string', vi: 'Tên tiếng Việt', en: 'Name in Vietnamese' },
      { name: 'name_en', type: 'string', vi: 'Tên tiếng Anh (không dấu)', en: 'Name in English (without diacritics)' },
      {
        name: 'level',
        type: 'string',
        values: ['province', 'district', 'commune'],
        vi: 'Cấp: province (tỉnh), district (huyện, thị xã, thành phố thuộc tỉnh), commune (xã, phường)',
        en: 'Level: province, district (district-level unit), commune (commune or ward)',
      },
      {
        name: 'parent_code',
        type: 'string',
        nullable: true,
        vi: 'Mã đơn vị cấp trên; trống với tỉnh. Các xã, phường mới trực thuộc tỉnh',
        en: 'Code of the parent unit; empty for the province. The new communes and wards belong directly to the province',
      },
      {
        name: 'valid_from',
        type: 'date',
        vi: 'Ngày bắt đầu tồn tại (trong phạm vi dữ liệu)',
        en: 'First day the unit exists (within the data)',
      },
      {
        name: 'valid_to',
        type: 'date',
        nullable: true,
        vi: 'Ngày cuối cùng tồn tại; trống nếu còn tồn tại',
        en: 'Last day the unit exists; empty while it exists',
      },
    ],
  },
  {
    name: 'area_crosswalk',
    title: {
      vi: 'Bảng chuyển đổi đơn vị cũ sang đơn vị mới',
      en: 'Crosswalk from abolished units to their successors',
    },
    period: { vi: 'Không theo kỳ', en: 'Not periodic' },
    source: {
      vi: 'Đề án, nghị quyết sắp xếp đơn vị hành chính (thành phần của từng đơn vị mới); trọng số thường lấy theo dân số.',
      en: 'The reorganisation schemes and resolutions (what each new unit is made of); weights usually by population.',
    },
    synthetic: {
      vi: 'Mỗi đơn vị mới được gán cho huyện mà nó nằm chủ yếu trong đó (theo nhóm trong danh mục sau Nghị quyết 1665); đơn vị nằm trên hai huyện không được chia. Trọng số = tỉ lệ dân số (tổng hợp) năm 2025 của đơn vị mới trong huyện, làm tròn 10 chữ số thập phân, trọng số cuối = 1 trừ các trọng số khác, nên tổng đúng bằng 1. Huyện Lộc Hà (448) chuyển toàn bộ sang Thạch Hà (445) với trọng số 1.',
      en: "Each new unit is assigned to the district it lies mostly in (by the grouping of the national list after Resolution 1665); units straddling two districts are not split. Weight = the new unit's share of the district's (synthetic) 2025 population, rounded to 10 decimals, the last weight being 1 minus the others so that they sum to exactly 1. Lộc Hà (448) passes wholly to Thạch Hà (445), weight 1.",
    },
    primaryKey: ['from_code', 'to_code'],
    columns: [
      { name: 'from_code', type: 'string', vi: 'Mã đơn vị bị bãi bỏ', en: 'Code of the abolished unit' },
      { name: 'to_code', type: 'string', vi: 'Mã đơn vị kế thừa', en: 'Code of a successor unit' },
      {
        name: 'weight',
        type: 'number',
        minimum: 0,
        maximum: 1,
        vi: 'Phần của đơn vị cũ chuyển sang đơn vị mới; tổng theo from_code bằng 1',
        en: 'Share of the old unit going to the successor; the weights of a from_code sum to 1',
      },
    ],
  },
  {
    name: 'criminal_cases',
    title: { vi: 'Tội phạm xảy ra và điều tra làm rõ', en: 'Criminal cases occurred and cleared' },
    period: { vi: 'Hằng tháng (tháng thống kê công an)', en: 'Monthly (police statistical months)' },
    source: {
      vi: 'Thống kê tội phạm của Công an tỉnh: Phòng Hồ sơ nghiệp vụ tổng hợp số liệu của các đơn vị nghiệp vụ (Cảnh sát hình sự: trật tự xã hội; Cảnh sát điều tra tội phạm về ma túy; Cảnh sát kinh tế: kinh tế, tham nhũng, buôn lậu; Cảnh sát phòng chống tội phạm về môi trường; An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao) và công an cấp huyện/xã; đối chiếu với thống kê liên ngành của Viện kiểm sát nhân dân tỉnh.',
      en: 'Provincial police crime statistics: the records office (Phòng Hồ sơ nghiệp vụ) compiles the figures of the specialised units (criminal police: social order; drug police; economic police: economy, corruption, smuggling; environmental police; cyber security and high-tech crime) and of the district/commune police; reconciled with the inter-agency statistics of the provincial procuracy.',
    },
    synthetic: {
      vi: 'Theo thiết kế (giá trị kỳ vọng; số thực tế của mỗi seed dao động): khoảng 800-900 vụ/năm toàn tỉnh; tội phạm về trật tự xã hội giảm chậm (năm 2025 thấp hơn 2021 khoảng 6 %), tổng số vụ năm 2025 thấp hơn 2021 gần 5 %; đỉnh quanh Tết; tỉ lệ làm rõ khoảng 85-90 %, rất nghiêm trọng và đặc biệt nghiêm trọng chỉ vài chục vụ/năm, làm rõ khoảng 95 %. Các tháng cuối năm 2026 có tỉ lệ làm rõ thấp hơn vì còn ít thời gian đến ngày chốt. Dòng không có vụ nào (occurred = 0 và cleared_from_earlier = 0) được bỏ.',
      en: "By design (expected values; each seed's realised figures vary): about 800-900 cases a year province-wide; social-order crime falls slowly (2025 about 6 % below 2021), all cases in 2025 nearly 5 % below 2021; a peak around Tết; clearance about 85-90 %, very serious and especially serious cases only tens a year, about 95 % cleared. The last months of 2026 clear less, having had less time before the cut-off. Rows with nothing (occurred = 0 and cleared_from_earlier = 0) are left out.",
    },
    primaryKey: ['year', 'month', 'area_code', 'crime_group', 'severity'],
    columns: [
      year,
      month,
      areaCode,
      {
        name: 'crime_group',
        type: 'string',
        values: ['social_order', 'drugs', 'economic', 'corruption', 'environment', 'smuggling', 'cyber', 'other'],
        vi: 'Nhóm tội phạm: trật tự xã hội, ma túy, kinh tế, tham nhũng, môi trường, buôn lậu, công nghệ cao, khác',
        en: 'Crime group: social order, drugs, economic, corruption, environment, smuggling, cyber, other',
      },
      {
        name: 'severity',
        type: 'string',
        values: ['less_serious', 'serious', 'very_serious', 'especially_serious'],
        vi: 'Loại tội (Điều 9 BLHS): ít nghiêm trọng, nghiêm trọng, rất nghiêm trọng, đặc biệt nghiêm trọng',
        en: 'Category (Penal Code art. 9): less serious, serious, very serious, especially serious',
      },
      count('occurred', 'Số vụ xảy ra trong kỳ', 'Cases that occurred in the period', CASES),
      count(
        'cleared',
        'Trong số đó, số vụ đã điều tra làm rõ đến ngày chốt số liệu (≤ occurred)',
        'Of those, cases cleared by the reporting cut-off (<= occurred)',
        CASES,
      ),
      {
        ...count(
          'cleared_from_earlier',
          'Số vụ của các kỳ trước được làm rõ trong kỳ này (án tồn)',
          'Cases of earlier periods cleared in this period',
          CASES,
        ),
        nullable: true,
      },
    ],
  },
  {
    name: 'crime_reports',
    title: {
      vi: 'Tiếp nhận và giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố',
      en: 'Crime reports (denunciations, reports, petitions to prosecute) received and resolved',
    },
    period: { vi: 'Hằng tháng (tháng thống kê công an)', en: 'Monthly (police statistical months)' },
    source: {
      vi: 'Sổ thụ lý, giải quyết nguồn tin về tội phạm của Cơ quan Cảnh sát điều tra Công an tỉnh và công an cấp huyện/xã; Viện kiểm sát nhân dân tỉnh kiểm sát và thống kê việc giải quyết (Điều 145-147 BLTTHS).',
      en: 'The registers of crime reports of the provincial police investigation agency and of district/commune police; the provincial procuracy supervises and counts their resolution (Criminal Procedure Code arts. 145-147).',
    },
    synthetic: {
      vi: 'Khoảng 1.300-1.500 tin/năm toàn tỉnh, tiếp nhận 99-100 %, giải quyết khoảng 90-93 % theo năm. Tồn và luồng khớp nhau: carried_over tháng sau = carried_over + accepted - transferred - resolved của tháng trước, cho từng đơn vị. Ngày 01/01/2025 số tồn của Lộc Hà chuyển sang Thạch Hà; tháng 7/2025 số tồn cuối tháng 6 của 12 huyện được chia cho 69 đơn vị mới theo trọng số của area_crosswalk (số nguyên, giữ nguyên tổng).',
      en: "About 1,300-1,500 reports a year province-wide, 99-100 % accepted, about 90-93 % resolved per year. Stocks and flows agree: next month's carried_over = this month's carried_over + accepted - transferred - resolved, for each area. On 1 January 2025 Lộc Hà's open reports pass to Thạch Hà; in July 2025 the 12 districts' June closing stocks are split over the 69 new units by the area_crosswalk weights (whole numbers, totals kept).",
    },
    primaryKey: ['year', 'month', 'area_code'],
    columns: [
      year,
      month,
      areaCode,
      count(
        'carried_over',
        'Số tin chưa giải quyết đầu kỳ (tồn)',
        'Unresolved reports at the start of the period (a stock)',
        REPORTS,
      ),
      count('received', 'Số tin tiếp nhận trong kỳ', 'Reports received in the period', REPORTS),
      count(
        'accepted',
        'Số tin đã thụ lý trong kỳ (≤ received)',
        'Reports accepted (registered) in the period (<= received)',
        REPORTS,
      ),
      count(
        'transferred',
        'Số tin chuyển cơ quan khác có thẩm quyền',
        'Reports transferred to another competent body',
        REPORTS,
      ),
      count(
        'resolved',
        'Số tin đã giải quyết (khởi tố, không khởi tố, xử lý hành chính…) (≤ carried_over + accepted - transferred)',
        'Reports resolved (prosecution, no prosecution, administrative handling…) (<= carried_over + accepted - transferred)',
        REPORTS,
      ),
      count(
        'suspended',
        'Số tin tạm đình chỉ trong kỳ (vẫn tính là chưa giải quyết)',
        'Reports suspended in the period (still counted as unresolved)',
        REPORTS,
      ),
    ],
  },
  {
    name: 'violations_detected',
    title: { vi: 'Phát hiện vi phạm theo lĩnh vực', en: 'Violations detected, by field' },
    period: { vi: 'Hằng tháng (tháng thống kê công an)', en: 'Monthly (police statistical months)' },
    source: {
      vi: 'Các đơn vị nghiệp vụ Công an tỉnh (Cảnh sát kinh tế, An ninh kinh tế, Cảnh sát môi trường, Cảnh sát ma túy) và công an cấp huyện/xã; có thể cộng số của các lực lượng chức năng khác (hải quan, biên phòng, quản lý thị trường) nếu chỉ tiêu tính toàn tỉnh.',
      en: "The provincial police's specialised units (economic police, economic security, environmental police, drug police) and district/commune police; other enforcement bodies (customs, border guard, market control) may be added if the target counts the whole province.",
    },
    synthetic: {
      vi: 'Tăng 9-14 %/năm theo lĩnh vực (kỳ vọng), cộng dao động ngẫu nhiên, nên phần lớn các năm tăng. Buôn lậu tăng mạnh trước Tết. Mọi tổ hợp đơn vị × tháng × lĩnh vực đều có dòng (kể cả 0).',
      en: 'Rising 9-14 % a year depending on the field (expected), plus random variation, so most years rise. Smuggling peaks before Tết. Every area × month × field has a row (zeros included).',
    },
    primaryKey: ['year', 'month', 'area_code', 'field'],
    columns: [
      year,
      month,
      areaCode,
      {
        name: 'field',
        type: 'string',
        values: ['economy', 'corruption', 'smuggling', 'environment', 'drugs'],
        vi: 'Lĩnh vực: kinh tế, tham nhũng, buôn lậu, môi trường, ma túy',
        en: 'Field: economy, corruption, smuggling, environment, drugs',
      },
      count(
        'detected',
        'Số vụ vi phạm phát hiện (hình sự và hành chính)',
        'Violations detected (criminal and administrative)',
        CASES,
      ),
    ],
  },
  {
    name: 'corruption_assets',
    title: { vi: 'Thu hồi tài sản tham nhũng, kinh tế', en: 'Recovery of assets in corruption and economic cases' },
    period: { vi: 'Hằng năm (2026: đến hết tháng 10)', en: 'Annual (2026: to the end of month 10)' },
    source: {
      vi: 'Cơ quan thi hành án dân sự tỉnh (số phải thu hồi theo bản án có hiệu lực và số đã thu hồi); Ban Nội chính Tỉnh ủy và Viện kiểm sát nhân dân tỉnh tổng hợp trong báo cáo phòng, chống tham nhũng.',
      en: 'The provincial civil judgment enforcement office (amounts to recover under final judgments and amounts recovered); the provincial Party Internal Affairs Commission and procuracy compile them in the anti-corruption reports.',
    },
    synthetic: {
      vi: 'Khoảng 12 bản án/năm toàn tỉnh, mỗi bản án vài trăm triệu đến vài tỷ đồng (phân phối log-chuẩn), thu hồi 35-100 % từng bản án, khoảng 55-80 % mỗi năm. Làm tròn đến nghìn đồng. Năm 2025: dòng của huyện cho 6 tháng đầu năm, của đơn vị mới cho 6 tháng cuối năm.',
      en: "About 12 judgments a year province-wide, each a few hundred million to a few billion đồng (log-normal), 35-100 % of each recovered, about 55-80 % a year. Rounded to thousands of đồng. In 2025 the district rows hold the first half-year and the new units' rows the second.",
    },
    primaryKey: ['year', 'area_code'],
    columns: [
      year,
      areaCode,
      count(
        'to_recover_vnd',
        'Số tiền, tài sản phải thu hồi theo các bản án có hiệu lực trong năm',
        "Amount ordered recovered in the year's final judgments",
        VND,
      ),
      count('recovered_vnd', 'Số đã thu hồi (≤ to_recover_vnd)', 'Amount recovered (<= to_recover_vnd)', VND),
    ],
  },
  {
    name: 'judicial_violations',
    title: { vi: 'Vi phạm pháp luật trong hoạt động tư pháp', en: 'Violations of law in judicial activities' },
    period: { vi: 'Hằng năm (2026: đến hết tháng 10)', en: 'Annual (2026: to the end of month 10)' },
    source: {
      vi: 'Viện kiểm sát nhân dân tỉnh (kiểm sát hoạt động tư pháp: kiến nghị, kháng nghị về vi phạm của cơ quan điều tra, tòa án, thi hành án, trại tạm giam).',
      en: 'The provincial procuracy (supervision of judicial activities: its recommendations and protests about violations by investigators, courts, enforcement offices and detention facilities).',
    },
    synthetic: {
      vi: 'Phần lớn là 0, thỉnh thoảng 1 (trung bình khoảng 0,8 vi phạm/năm toàn tỉnh).',
      en: 'Mostly 0, now and then 1 (about 0.8 a year province-wide on average).',
    },
    primaryKey: ['year', 'area_code'],
    columns: [
      year,
      areaCode,
      count('violations', 'Số vi phạm phát hiện trong năm', 'Violations found in the year', {
        vi: 'vi phạm',
        en: 'violations',
      }),
    ],
  },
  {
    name: 'reoffending',
    title: { vi: 'Tái phạm tội sau khi ra tù', en: 'Reoffending after release' },
    period: { vi: 'Theo năm ra tù (nhóm thuần tập) 2019-2025', en: 'By release year (cohort) 2019-2025' },
    source: {
      vi: 'Công an tỉnh: đơn vị cảnh sát thi hành án hình sự và hỗ trợ tư pháp cùng công an xã quản lý người chấp hành xong án phạt tù; tái phạm đối chiếu với hồ sơ khởi tố bị can.',
      en: 'Provincial police: the criminal sentence enforcement unit, with the commune police who manage released persons; reoffending matched against prosecution records.',
    },
    synthetic: {
      vi: 'Vài trăm người ra tù mỗi năm; tái phạm trong 12 tháng: chấp hành xong án khoảng 9-10 %, tha tù trước thời hạn có điều kiện khoảng 3-4 %, đặc xá khoảng 3 % (đặc xá chỉ có vào các năm 2021, 2024 và 2025; đợt 2025 vào tháng 9 nên thuộc các đơn vị mới). Nhóm 2025 chỉ theo dõi được 10 tháng đến ngày chốt (follow_up_months = 10, tỉ lệ thấp hơn tương ứng); chưa có nhóm 2026.',
      en: 'A few hundred released each year; reoffending within 12 months: about 9-10 % after completing a sentence, 3-4 % after conditional early release, about 3 % after an amnesty (amnesties only in 2021, 2024 and 2025; the 2025 one in September, so under the new units). The 2025 cohort has only 10 months of follow-up at the cut-off (follow_up_months = 10, with correspondingly fewer events); there is no 2026 cohort yet.',
    },
    primaryKey: ['cohort_year', 'area_code', 'release_type'],
    columns: [
      {
        name: 'cohort_year',
        type: 'integer',
        minimum: 2019,
        maximum: 2026,
        vi: 'Năm ra tù của nhóm',
        en: 'Year the cohort was released',
      },
      areaCode,
      {
        name: 'release_type',
        type: 'string',
        values: ['amnesty', 'sentence_completed', 'conditional_release'],
        vi: 'Hình thức: đặc xá, chấp hành xong án phạt tù, tha tù trước thời hạn có điều kiện (Điều 66 BLHS)',
        en: 'Release type: amnesty, sentence completed, conditional early release (Penal Code art. 66)',
      },
      count(
        'released',
        'Số người ra tù trong năm về cư trú tại địa bàn',
        'Persons released in the year and living in the area',
        PERSONS,
      ),
      count(
        'reoffended',
        'Số người bị khởi tố bị can vì tội phạm mới trong thời gian theo dõi (≤ released)',
        'Persons prosecuted for a new offence within the follow-up (<= released)',
        PERSONS,
      ),
      count('follow_up_months', 'Thời gian theo dõi sau khi ra tù', 'Follow-up after release', {
        vi: 'tháng',
        en: 'months',
      }),
    ],
  },
  {
    name: 'safe_units',
    title: {
      vi: 'Đơn vị đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
      en: 'Units certified "Safe for security and order" (An toàn về ANTT)',
    },
    period: {
      vi: 'Hằng năm 2019-2025 (đánh giá cuối năm; năm 2026 chưa đánh giá)',
      en: 'Annual 2019-2025 (reviewed at year end; the 2026 review falls after the cut-off)',
    },
    source: {
      vi: 'Công an tỉnh (đơn vị xây dựng phong trào bảo vệ an ninh Tổ quốc) tổng hợp kết quả công nhận theo Thông tư 124/2021/TT-BCA (trước 10/02/2022: Thông tư 23/2012/TT-BCA).',
      en: 'The provincial police (unit for the mass movement for national security) compile the certifications under Circular 124/2021/TT-BCA (before 10 February 2022: Circular 23/2012/TT-BCA).',
    },
    synthetic: {
      vi: 'Xã, phường, thị trấn trong phạm vi: 216 đơn vị chia cho 13 huyện theo số gần đúng (2019-2024), 69 đơn vị mới năm 2025 (mỗi đơn vị là 1 xã). Cơ quan, doanh nghiệp, nhà trường: hàng trăm, chia theo dân số; số cơ quan giảm năm 2025 khi bỏ cấp huyện. Tỉ lệ công nhận khoảng 80-95 %.',
      en: 'Communes in scope: 216 units spread over the 13 districts by approximate counts (2019-2024), the 69 new units in 2025 (one commune each). Agencies, enterprises, schools: hundreds, spread by population; agencies fall in 2025 as the district level goes. About 80-95 % certified.',
    },
    primaryKey: ['year', 'area_code', 'unit_type'],
    columns: [
      year,
      areaCode,
      {
        name: 'unit_type',
        type: 'string',
        values: ['commune', 'agency', 'enterprise', 'school'],
        vi: 'Loại: xã/phường/thị trấn, cơ quan, doanh nghiệp, nhà trường',
        en: 'Type: commune, agency, enterprise, school',
      },
      count('in_scope', 'Số đơn vị thuộc diện đánh giá', 'Units in scope of the review', UNITS),
      count('certified', 'Số đơn vị được công nhận (≤ in_scope)', 'Units certified (<= in_scope)', UNITS),
    ],
  },
  {
    name: 'population',
    title: { vi: 'Dân số', en: 'Population' },
    period: {
      vi: 'Hằng năm (đơn vị tồn tại cuối năm; từ 2025 là 69 đơn vị mới)',
      en: 'Annual (the units existing at year end; from 2025 the 69 new units)',
    },
    source: {
      vi: 'Cơ quan thống kê tỉnh (dân số trung bình năm).',
      en: 'The provincial statistics office (mid-year population).',
    },
    synthetic: {
      vi: 'Tổng hợp: khoảng 1,29 triệu người năm 2019 (cỡ của Tổng điều tra 2019, không phải số chính thức), tăng 0,1-1,5 %/năm tùy huyện. Năm 2025-2026 chỉ có dòng của 69 đơn vị mới để không cộng trùng.',
      en: 'Synthetic: about 1.29 million in 2019 (the order of the 2019 census, not official figures), growing 0.1-1.5 % a year by district. In 2025-2026 only the 69 new units have rows, so nothing is counted twice.',
    },
    primaryKey: ['year', 'area_code'],
    columns: [year, areaCode, count('population', 'Dân số', 'Population', PERSONS)],
  },
  {
    name: 'drug_free_communes',
    title: { vi: 'Xã, phường "không ma túy"', en: 'Communes recognised drug-free ("không ma túy")' },
    period: {
      vi: 'Hằng năm 2019-2026 (đánh giá cuối năm; từ 2025 là 69 đơn vị mới)',
      en: 'Annual 2019-2026 (reviewed at year end; from 2025 the 69 new units)',
    },
    source: {
      vi: 'Công an tỉnh (lực lượng cảnh sát điều tra tội phạm về ma túy) tổng hợp kết quả công nhận đơn vị cấp xã "không ma túy" theo tiêu chí hiện hành (QĐ 28/2025/QĐ-TTg); chỉ tiêu: NQ 163/2024/QH15, KL 132-KL/TW. Bảng không bắt buộc.',
      en: 'The provincial police (drug crime investigation police) compile the communes recognised drug-free under the criteria in force (Decision 28/2025/QĐ-TTg); targets: Resolution 163/2024/QH15, Conclusion 132-KL/TW. An optional table.',
    },
    synthetic: {
      vi: 'Xã, phường thuộc diện: 216 xã của 13 huyện (2019-2024), 69 đơn vị mới từ 2025 (mỗi đơn vị là 1 xã). Tỉ lệ được công nhận tăng dần: rất ít trước 2023, khoảng một phần tư năm 2025, khoảng một phần ba năm 2026; huyện có nhiều tội phạm ma túy được công nhận ít hơn. Luồng số ngẫu nhiên riêng, nên các bảng khác không đổi.',
      en: 'Communes in scope: the 216 communes of the 13 districts (2019-2024), the 69 new units from 2025 (one commune each). The share recognised rises: few before 2023, about a quarter in 2025, about a third in 2026; districts with more drug crime are recognised less often. Its own random stream, so the other tables do not change.',
    },
    primaryKey: ['year', 'area_code'],
    columns: [
      year,
      areaCode,
      count('in_scope', 'Số đơn vị cấp xã thuộc diện xét công nhận', 'Commune-level units in scope', UNITS),
      count(
        'recognised',
        'Số đơn vị được công nhận "không ma túy" (≤ in_scope)',
        'Units recognised drug-free (<= in_scope)',
        UNITS,
      ),
    ],
  },
];

/** The doc of one table. */
export function tableDoc(name: TableName): TableDoc {
  const doc = TABLE_DOCS.find((t) => t.name === name);
  if (doc === undefined) throw new Error(`no doc for table ${name}`);
  return doc;
}
