/**
 * Hà Tĩnh's administrative units as the synthetic data use them: the province, its 13 district-level
 * units (2019 to mid-2025) and the 69 commune-level units set up on 1 July 2025.
 *
 * Real: every name and code below. District codes are the national codes (436-449); the 69 new
 * units and their 5-digit codes are those of the national code list after Resolution
 * 1665/NQ-UBTVQH15 (the list groups them by the district they replaced, which is how `district`
 * below was filled in). Lộc Hà (448) was merged into Thạch Hà (445) on 1 January 2025 by Resolution
 * 1283/NQ-UBTVQH15.
 *
 * Synthetic: the populations and the multipliers (how much crime, drugs, smuggling, how quickly
 * cases are cleared and reports resolved) are invented to give districts different sizes and rates.
 */

/** A district-level unit (huyện, thị xã, thành phố) of 2019-2025. */
export interface DistrictDef {
  code: string;
  name_vi: string;
  name_en: string;
  /** Last day the unit existed. */
  validTo: string;
  /** The unit that took over its territory (its crosswalk target), when not the 2025 communes. */
  mergedInto: string | null;
  /** Synthetic population in 2019 (persons), near the 2019 census order of magnitude. */
  pop2019: number;
  /** Yearly population growth (synthetic). */
  popGrowth: number;
  /** Relative social-order crime per person (1 = province average before normalising). */
  crime: number;
  /** Extra relative weight of drug crime and drug violations (border, port, town). */
  drugs: number;
  /** Extra relative weight of smuggling (border gate, sea port). */
  smuggling: number;
  /** Shift of case clearance on the logit scale. */
  clearance: number;
  /** Shift of the monthly share of crime reports resolved. */
  resolution: number;
  /** Commune-level units in scope of the "An toàn về ANTT" review, 2019-2024 (approximate). */
  communesInScope: number;
}

/** A commune-level unit (xã, phường) set up on 1 July 2025. */
export interface NewUnitDef {
  code: string;
  name_vi: string;
  /** The district (as it stood in 2019-2024) the unit lies mostly in. */
  district: string;
}

export const PROVINCE = { code: '42', name_vi: 'Tỉnh Hà Tĩnh', name_en: 'Ha Tinh Province' } as const;

/** First day covered by the data: the `valid_from` of units that existed before it. */
export const DATA_START = '2019-01-01';
/** Last day of the district level; the commune-level units start the next day. */
export const DISTRICTS_END = '2025-06-30';
export const NEW_UNITS_START = '2025-07-01';

const d = (
  code: string,
  name_vi: string,
  name_en: string,
  pop2019: number,
  popGrowth: number,
  crime: number,
  drugs: number,
  smuggling: number,
  clearance: number,
  resolution: number,
  communesInScope: number,
  validTo = DISTRICTS_END,
  mergedInto: string | null = null,
): DistrictDef => ({
  code,
  name_vi,
  name_en,
  validTo,
  mergedInto,
  pop2019,
  popGrowth,
  crime,
  drugs,
  smuggling,
  clearance,
  resolution,
  communesInScope,
});

/** The 13 district-level units, by code. */
export const DISTRICTS: readonly DistrictDef[] = [
  d('436', 'Thành phố Hà Tĩnh', 'Ha Tinh City', 103_000, 0.012, 1.6, 1.1, 0.8, -0.15, 0.02, 15),
  d('437', 'Thị xã Hồng Lĩnh', 'Hong Linh Town', 37_000, 0.009, 1.35, 1.0, 0.6, 0.05, 0.04, 6),
  d('439', 'Huyện Hương Sơn', 'Huong Son District', 113_000, 0.002, 1.05, 1.6, 2.6, 0.1, -0.03, 24),
  d('440', 'Huyện Đức Thọ', 'Duc Tho District', 103_000, 0.002, 0.85, 0.8, 0.5, 0.2, 0.05, 16),
  d('441', 'Huyện Vũ Quang', 'Vu Quang District', 30_000, 0.001, 0.75, 0.9, 0.7, 0.35, 0.08, 10),
  d('442', 'Huyện Nghi Xuân', 'Nghi Xuan District', 98_000, 0.004, 0.95, 0.9, 1.4, 0.0, -0.02, 17),
  d('443', 'Huyện Can Lộc', 'Can Loc District', 128_000, 0.003, 0.85, 0.8, 0.5, 0.15, 0.03, 19),
  d('444', 'Huyện Hương Khê', 'Huong Khe District', 103_000, 0.002, 1.0, 1.5, 1.6, 0.05, -0.04, 21),
  d('445', 'Huyện Thạch Hà', 'Thach Ha District', 134_000, 0.004, 0.9, 0.9, 0.6, 0.0, 0.0, 22),
  d('446', 'Huyện Cẩm Xuyên', 'Cam Xuyen District', 143_000, 0.004, 0.95, 0.9, 0.8, -0.05, -0.01, 22),
  d('447', 'Huyện Kỳ Anh', 'Ky Anh District', 125_000, 0.003, 1.0, 1.0, 0.9, -0.1, -0.05, 20),
  d('448', 'Huyện Lộc Hà', 'Loc Ha District', 82_000, 0.002, 0.8, 0.8, 0.9, 0.25, 0.06, 12, '2024-12-31', '445'),
  d('449', 'Thị xã Kỳ Anh', 'Ky Anh Town', 87_000, 0.015, 1.5, 1.4, 1.8, -0.3, -0.06, 12),
];

/**
 * The 69 commune-level units from 1 July 2025, in the order of the national list (grouped by the
 * district they replaced). Where a unit took in communes of two districts it is assigned to the one
 * it lies mostly in, as of 2019-2024: Thạch Lạc, Đồng Tiến and Thạch Khê (listed under the city in
 * 2025) lie in the former Thạch Hà district, Cẩm Bình in Cẩm Xuyên, and Lộc Hà, Hồng Lộc and Mai Phụ
 * in Lộc Hà.
 */
export const NEW_UNITS: readonly NewUnitDef[] = [
  // Thị xã Kỳ Anh
  { code: '18754', name_vi: 'Phường Sông Trí', district: '449' },
  { code: '18781', name_vi: 'Phường Hải Ninh', district: '449' },
  { code: '18832', name_vi: 'Phường Hoành Sơn', district: '449' },
  { code: '18823', name_vi: 'Phường Vũng Áng', district: '449' },
  // Huyện Kỳ Anh
  { code: '18766', name_vi: 'Xã Kỳ Xuân', district: '447' },
  { code: '18775', name_vi: 'Xã Kỳ Anh', district: '447' },
  { code: '18814', name_vi: 'Xã Kỳ Hoa', district: '447' },
  { code: '18787', name_vi: 'Xã Kỳ Văn', district: '447' },
  { code: '18790', name_vi: 'Xã Kỳ Khang', district: '447' },
  { code: '18838', name_vi: 'Xã Kỳ Lạc', district: '447' },
  { code: '18844', name_vi: 'Xã Kỳ Thượng', district: '447' },
  // Huyện Cẩm Xuyên
  { code: '18673', name_vi: 'Xã Cẩm Xuyên', district: '446' },
  { code: '18676', name_vi: 'Xã Thiên Cầm', district: '446' },
  { code: '18739', name_vi: 'Xã Cẩm Duệ', district: '446' },
  { code: '18736', name_vi: 'Xã Cẩm Hưng', district: '446' },
  { code: '18748', name_vi: 'Xã Cẩm Lạc', district: '446' },
  { code: '18742', name_vi: 'Xã Cẩm Trung', district: '446' },
  { code: '18682', name_vi: 'Xã Yên Hòa', district: '446' },
  // Thành phố Hà Tĩnh
  { code: '18073', name_vi: 'Phường Thành Sen', district: '436' },
  { code: '18100', name_vi: 'Phường Trần Phú', district: '436' },
  { code: '18652', name_vi: 'Phường Hà Huy Tập', district: '436' },
  { code: '18628', name_vi: 'Xã Thạch Lạc', district: '445' },
  { code: '18619', name_vi: 'Xã Đồng Tiến', district: '445' },
  { code: '18604', name_vi: 'Xã Thạch Khê', district: '445' },
  { code: '18685', name_vi: 'Xã Cẩm Bình', district: '446' },
  // Huyện Thạch Hà (with the former Lộc Hà)
  { code: '18562', name_vi: 'Xã Thạch Hà', district: '445' },
  { code: '18634', name_vi: 'Xã Toàn Lưu', district: '445' },
  { code: '18601', name_vi: 'Xã Việt Xuyên', district: '445' },
  { code: '18586', name_vi: 'Xã Đông Kinh', district: '445' },
  { code: '18667', name_vi: 'Xã Thạch Xuân', district: '445' },
  { code: '18568', name_vi: 'Xã Lộc Hà', district: '448' },
  { code: '18409', name_vi: 'Xã Hồng Lộc', district: '448' },
  { code: '18583', name_vi: 'Xã Mai Phụ', district: '448' },
  // Huyện Can Lộc
  { code: '18406', name_vi: 'Xã Can Lộc', district: '443' },
  { code: '18418', name_vi: 'Xã Tùng Lộc', district: '443' },
  { code: '18466', name_vi: 'Xã Gia Hanh', district: '443' },
  { code: '18436', name_vi: 'Xã Trường Lưu', district: '443' },
  { code: '18481', name_vi: 'Xã Xuân Lộc', district: '443' },
  { code: '18484', name_vi: 'Xã Đồng Lộc', district: '443' },
  // Thị xã Hồng Lĩnh
  { code: '18115', name_vi: 'Phường Bắc Hồng Lĩnh', district: '437' },
  { code: '18118', name_vi: 'Phường Nam Hồng Lĩnh', district: '437' },
  // Huyện Nghi Xuân
  { code: '18373', name_vi: 'Xã Tiên Điền', district: '442' },
  { code: '18352', name_vi: 'Xã Nghi Xuân', district: '442' },
  { code: '18394', name_vi: 'Xã Cổ Đạm', district: '442' },
  { code: '18364', name_vi: 'Xã Đan Hải', district: '442' },
  // Huyện Đức Thọ
  { code: '18229', name_vi: 'Xã Đức Thọ', district: '440' },
  { code: '18262', name_vi: 'Xã Đức Quang', district: '440' },
  { code: '18304', name_vi: 'Xã Đức Đồng', district: '440' },
  { code: '18277', name_vi: 'Xã Đức Thịnh', district: '440' },
  { code: '18244', name_vi: 'Xã Đức Minh', district: '440' },
  // Huyện Hương Sơn
  { code: '18133', name_vi: 'Xã Hương Sơn', district: '439' },
  { code: '18172', name_vi: 'Xã Sơn Tây', district: '439' },
  { code: '18202', name_vi: 'Xã Tứ Mỹ', district: '439' },
  { code: '18184', name_vi: 'Xã Sơn Giang', district: '439' },
  { code: '18163', name_vi: 'Xã Sơn Tiến', district: '439' },
  { code: '18160', name_vi: 'Xã Sơn Hồng', district: '439' },
  { code: '18223', name_vi: 'Xã Kim Hoa', district: '439' },
  { code: '18196', name_vi: 'Xã Sơn Kim 1', district: '439' },
  { code: '18199', name_vi: 'Xã Sơn Kim 2', district: '439' },
  // Huyện Vũ Quang
  { code: '18313', name_vi: 'Xã Vũ Quang', district: '441' },
  { code: '18322', name_vi: 'Xã Mai Hoa', district: '441' },
  { code: '18328', name_vi: 'Xã Thượng Đức', district: '441' },
  // Huyện Hương Khê
  { code: '18496', name_vi: 'Xã Hương Khê', district: '444' },
  { code: '18532', name_vi: 'Xã Hương Phố', district: '444' },
  { code: '18550', name_vi: 'Xã Hương Đô', district: '444' },
  { code: '18502', name_vi: 'Xã Hà Linh', district: '444' },
  { code: '18523', name_vi: 'Xã Hương Bình', district: '444' },
  { code: '18547', name_vi: 'Xã Phúc Trạch', district: '444' },
  { code: '18544', name_vi: 'Xã Hương Xuân', district: '444' },
];

/**
 * A Vietnamese name without its diacritics, and `Xã X` / `Phường X` turned into `X Commune` / `X Ward`.
 *
 * @example
 * englishUnitName('Phường Hà Huy Tập'); // => 'Ha Huy Tap Ward'
 */
export function englishUnitName(nameVi: string): string {
  const plain = nameVi
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const m = /^(Xa|Phuong) (.+)$/.exec(plain);
  if (m === null) return plain;
  return `${m[2]} ${m[1] === 'Xa' ? 'Commune' : 'Ward'}`;
}

/** The district of a code. */
export function districtOf(code: string): DistrictDef {
  const found = DISTRICTS.find((x) => x.code === code);
  if (found === undefined) throw new Error(`unknown district ${code}`);
  return found;
}
