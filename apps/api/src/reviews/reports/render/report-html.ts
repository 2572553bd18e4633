import { createHash } from 'node:crypto';
import type { CorporatePlanReport } from '@steerline/contracts';
import { DRAFT_NOTICE, reportIntro, reportSections, reportTitle, type TableModel } from './report-tables.js';

const STYLE = [
  'body{font-family:Arial,Helvetica,sans-serif;color:#0b0c0c;margin:2rem;line-height:1.4}',
  'table{border-collapse:collapse;margin:0 0 2rem;width:100%}',
  'caption{text-align:left;font-weight:bold;margin-bottom:.5rem}',
  'th,td{border-bottom:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}',
  '.draft{border:4px solid #d4351c;color:#d4351c;font-weight:bold;font-size:1.5rem;padding:1rem;text-transform:uppercase}',
  '@media print{.draft{position:fixed;top:40%;left:10%;transform:rotate(-30deg);opacity:.3;font-size:4rem}}',
].join('');

/**
 * The Content-Security-Policy the HTML report is served with: nothing may load or run except its own inline style,
 * named by hash, so the page is complete on its own (saved to disk, or printed) and still locked down.
 */
export const HTML_REPORT_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every piece of text goes through here: nothing a user typed can become markup. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => ENTITIES[character]);

function table(model: TableModel, id: string): string {
  const head = model.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const rowHeader = (text: string, index: number) => {
    const href = model.rowLinks?.[index];
    return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
  };
  const body = model.rows
    .map(([first, ...rest], index) => `<tr><th scope="row">${rowHeader(first, index)}</th>${rest.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table id="${id}">\n<caption>${escapeHtml(model.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A standalone, accessible HTML document: landmarks, one h1, h2 per section, captioned tables with header cells, RAG in words. */
export function reportToHtml(report: CorporatePlanReport): string {
  const title = reportTitle(report);
  const sections = reportSections(report)
    .map((section, index) => {
      const parts = [`<section aria-labelledby="section-${index}">`, `<h2 id="section-${index}">${escapeHtml(section.heading)}</h2>`];
      if (section.intro) parts.push(`<p>${escapeHtml(section.intro)}</p>`);
      if (section.empty) parts.push(`<p>${escapeHtml(section.empty)}</p>`);
      section.tables.forEach((model, tableIndex) => parts.push(table(model, `table-${index}-${tableIndex}`)));
      parts.push('</section>');
      return parts.join('\n');
    })
    .join('\n');
  const draft = report.draft ? `<p class="draft" role="note">${escapeHtml(DRAFT_NOTICE)}</p>\n` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.draft ? `Draft: ${title}` : title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    draft + reportIntro(report).map((line) => `<p>${escapeHtml(line)}</p>`).join('\n'),
    sections,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
