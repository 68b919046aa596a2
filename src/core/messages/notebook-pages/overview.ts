/** The prose of `notebooks/overview.html`: the year's scorecard of every target. */
export const OVERVIEW_TEXT = {
  intro: {
    vi: `# Tổng quan: các chỉ tiêu trong năm
## Overview: the year's scorecard of every target

Kết quả từng chỉ tiêu của Chương trình thực hiện Kết luận 13-KL/TW (2021-2025) cho một năm và một địa bàn, so với bộ chỉ tiêu đã chọn. Mọi con số được tính bằng thư viện \`chitieu\` ngay trong trình duyệt, đúng như lệnh \`chitieu indicators\`.

*Every figure is computed in this browser by the \`chitieu\` library, exactly as the command line does.*`,
    en: `# Overview: the year's scorecard of every target

The result of each target of the programme implementing Conclusion 13-KL/TW (2021-2025) for one year and one area, against the chosen target set. Every figure is computed in this browser by the \`chitieu\` library, exactly as the \`chitieu indicators\` command computes it.`,
  },
  choose: {
    vi: '## Chọn năm, địa bàn và bộ chỉ tiêu',
    en: '## Pick the year, the area and the target set',
  },
  violations: {
    vi: `### Vi phạm phát hiện theo lĩnh vực
Chỉ tiêu \`violations_detected_change\`: số vi phạm phát hiện năm nay so với năm trước, từng lĩnh vực (mục tiêu: tăng). Năm chưa trọn thì so cùng kỳ. *Violations detected by field against the year before (the target is an increase); an incomplete year is compared with the same months.*`,
    en: `### Violations detected, by field
Indicator \`violations_detected_change\`: the violations detected this year against the year before, field by field (the target is an increase). An incomplete year is compared with the same months of the year before.`,
  },
  table: {
    vi: `### Bảng kết quả, để kiểm tra bằng tay
Mỗi kết quả kèm tử số, mẫu số, khoảng tin cậy 95 % (Wilson cho tỉ lệ; khoảng chính xác của tỉ số hai số Poisson cho mức thay đổi), mục tiêu và căn cứ đánh giá. *Each figure with the counts it is made of, its interval, the target and the reason for the verdict.*`,
    en: `### The results as a table, to check by hand
Each result with its numerator and denominator, its 95% interval (Wilson for a rate; the exact interval of the ratio of two Poisson counts for a change), the target and the reason for the verdict.`,
  },
} as const;
