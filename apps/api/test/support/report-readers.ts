import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** Real readers for the report's downloads: poppler for PDF, unzip for Word, exceljs for Excel, papaparse for CSV. */
function withFile<T>(content: Buffer, name: string, read: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, content);
    return read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const pdfText = (pdf: Buffer) => withFile(pdf, 'report.pdf', (path) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }));

export function pdfInfo(pdf: Buffer): Record<string, string> {
  const text = withFile(pdf, 'report.pdf', (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  return Object.fromEntries(text.split('\n').filter((line) => line.includes(':')).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}

export const docxPart = (docx: Buffer, part: string) => withFile(docx, 'report.docx', (path) => execFileSync('unzip', ['-p', path, part], { encoding: 'utf8' }));

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

/** The paragraphs of a Word document body with their style, e.g. { style: 'Heading1', text: '...' }. */
export function docxParagraphs(documentXml: string): { style: string | null; text: string }[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: unescapeXml([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')),
  }));
}

/** The rows of the Word table that follows the paragraph saying `caption`, as cell texts. */
export function docxTable(documentXml: string, caption: string): { header: boolean; cells: string[] }[] {
  const start = documentXml.indexOf(`>${caption}</w:t>`);
  if (start < 0) throw new Error(`No table captioned ${caption}`);
  const tableXml = documentXml.slice(documentXml.indexOf('<w:tbl>', start), documentXml.indexOf('</w:tbl>', start));
  return [...tableXml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([, row]) => ({
    header: row.includes('<w:tblHeader'),
    cells: [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell]) => unescapeXml([...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))),
  }));
}

/** The rows of the HTML table with this caption: header cells marked, text unescaped. */
export function htmlTable(html: string, caption: string): { cells: string[]; headerScopes: string[] }[] {
  const at = html.indexOf(`<caption>${caption}</caption>`);
  if (at < 0) throw new Error(`No table captioned ${caption}`);
  const tableHtml = html.slice(at, html.indexOf('</table>', at));
  return [...tableHtml.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) => ({
    cells: [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((match) => unescapeXml(match[1])),
    headerScopes: [...row.matchAll(/<th scope="(\w+)">/g)].map((match) => match[1]),
  }));
}

export async function xlsxSheets(xlsx: Buffer): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheets: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    sheets[sheet.name] = rows;
  });
  return sheets;
}

export async function xlsxProperties(xlsx: Buffer): Promise<{ created: Date; modified: Date; title: string }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return { created: workbook.created, modified: workbook.modified, title: workbook.title };
}

export function csvRecords(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

/** Debian's Python, which finds the `python3-openpyxl` package that `.ci/run` installs (a pyenv `python3` would not). */
const DEBIAN_PYTHON = '/usr/bin/python3';

const OPENPYXL_READ = `
import json, sys, warnings
from openpyxl import load_workbook
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    workbook = load_workbook(sys.argv[1])
    sheets = {
        sheet.title: {
            'header': {part: getattr(sheet.oddHeader, part).text for part in ('left', 'center', 'right')},
            'footer': {part: getattr(sheet.oddFooter, part).text for part in ('left', 'center', 'right')},
            'title': sheet.cell(row=1, column=1).value,
        }
        for sheet in workbook.worksheets
    }
print(json.dumps({'warnings': [str(warning.message) for warning in caught], 'sheets': sheets}))
`;

export interface OpenpyxlSheet {
  header: { left: string | null; center: string | null; right: string | null };
  footer: { left: string | null; center: string | null; right: string | null };
  title: string | null;
}

/** The workbook as openpyxl (Python's reader, which is strict about header and footer codes) sees it, with its warnings. */
export function xlsxByOpenpyxl(xlsx: Buffer): { warnings: string[]; sheets: Record<string, OpenpyxlSheet> } {
  const dir = mkdtempSync(join(tmpdir(), 'steerline-openpyxl-'));
  try {
    const file = join(dir, 'report.xlsx');
    writeFileSync(file, xlsx);
    return JSON.parse(execFileSync(DEBIAN_PYTHON, ['-c', OPENPYXL_READ, file], { encoding: 'utf8' })) as ReturnType<typeof xlsxByOpenpyxl>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
