/** The names of the report's files and folders, relative to the report folder. */
export const REPORT_FILES = {
  manifest: 'manifest.json',
  scorecardJson: 'scorecard.json',
  scorecardCsv: 'scorecard.csv',
  scorecardXlsx: 'scorecard.xlsx',
  charts: 'charts',
  notebooks: 'notebooks',
  briefingHtml: (year: number) => `briefing-${year}.html`,
  briefingDocx: (year: number) => `briefing-${year}.docx`,
} as const;

/** What a report's manifest.json says it is, so that a later run recognises an earlier report. */
export const MANIFEST_KIND = 'chitieu-report';
