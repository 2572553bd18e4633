/** The template files, downloaded straight from the API (the session cookie goes with the link). */
export const TEMPLATE_LINKS = [
  { href: '/api/import/template.xlsx', text: 'Download the template as an Excel workbook (.xlsx)' },
  { href: '/api/import/template.csv', text: 'Download the template as a CSV file (.csv)' },
] as const;
