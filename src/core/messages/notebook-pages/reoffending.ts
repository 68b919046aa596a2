/** The prose of `notebooks/reoffending.html`: reoffending among released persons, by release type and cohort. */
export const REOFFENDING_TEXT = {
  intro: {
    vi: `# Tái phạm tội trong số người ra tù
## Reoffending among released persons, by release type and cohort

Chỉ tiêu \`reoffending_rate\`: số người tái phạm / số người ra tù trong năm (theo năm ra tù, gọi là *lứa* hay *cohort*), mục tiêu dưới 15 %. Ở đây tách theo hình thức ra tù: đặc xá, chấp hành xong án, tha tù trước thời hạn có điều kiện. Lứa ra tù gần nhất mới được theo dõi ít tháng hơn: tỉ lệ của lứa đó chưa so được với các lứa trước.

*Persons, not cases. The latest cohort has a shorter follow-up, so its rate is not yet comparable.*`,
    en: `# Reoffending among released persons, by release type and cohort

Indicator \`reoffending_rate\`: persons who reoffended / persons released in the year (by year of release, the *cohort*), with a target below 15%. Persons are counted, not cases. Here the rate is split by release type: amnesty, sentence completed, conditional early release. The latest cohort has been followed for fewer months: its rate cannot yet be compared with the earlier cohorts'.`,
  },
  byYear: { vi: '## Tỉ lệ tái phạm theo năm', en: '## The reoffending rate by year' },
  byReleaseType: {
    vi: `## Theo hình thức ra tù và lứa ra tù
Chấm: tỉ lệ tái phạm của từng lứa; vạch dọc: khoảng tin cậy 95 % (Wilson); đường đứt: mục tiêu. Lứa có thời gian theo dõi ngắn hơn được vẽ rỗng. *Dots: each cohort's rate; bars: Wilson 95 % intervals; dashes: the target. Cohorts followed for less time are drawn hollow.*`,
    en: `## By release type and cohort
Dots: each cohort's reoffending rate; vertical bars: Wilson 95% intervals; dashes: the target. Cohorts followed for a shorter time are drawn hollow.`,
  },
  /** The release-type chart's accessible name. */
  figure: {
    vi: 'Tỉ lệ tái phạm theo hình thức ra tù và năm ra tù, kèm khoảng tin cậy 95 %.',
    en: 'Reoffending by release type and year of release, with 95% intervals.',
  },
  /** The columns of the table of cohorts. */
  tableHead: {
    vi: ['Năm ra tù', 'Hình thức ra tù', 'Ra tù', 'Tái phạm', 'Tỉ lệ', 'Khoảng tin cậy 95 %', 'Theo dõi (tháng)'],
    en: ['Year released', 'Release type', 'Released', 'Reoffended', 'Rate', '95% interval', 'Follow-up (months)'],
  },
  /** The row of every release type together. */
  allTypes: { vi: 'Tất cả', en: 'All' },
} as const;
