/** The report's downloads: the four export formats and the standalone HTML page. */
export const DOWNLOADS = [
  { format: 'pdf', name: 'PDF', description: 'PDF (tagged, for printing and sharing)' },
  { format: 'docx', name: 'Word document', description: 'Word document (.docx)' },
  { format: 'xlsx', name: 'Excel workbook', description: 'Excel workbook (.xlsx), one sheet per section' },
  { format: 'csv', name: 'CSV file', description: 'CSV file' },
  { format: 'html', name: 'HTML page', description: 'Standalone HTML page' },
] as const;

export type DownloadFormat = (typeof DOWNLOADS)[number]['format'];

export const reportFileUrl = (cycleId: string, format: DownloadFormat) => `/api/reviews/cycles/${encodeURIComponent(cycleId)}/report.${format}`;

/** A name for the file if the server does not give one: "corporate-plan-report-april-to-september-2026.pdf". */
export function fallbackFilename(cycleName: string, format: DownloadFormat): string {
  const slug = cycleName
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `corporate-plan-report${slug ? `-${slug}` : ''}.${format}`;
}
