import { Injectable } from '@nestjs/common';
import type { CorporatePlanReport } from '@steerline/contracts';
import { reportToCsv } from './render/report-csv.js';
import { reportToDocx } from './render/report-docx.js';
import { reportToHtml } from './render/report-html.js';
import { reportToPdf } from './render/report-pdf.js';
import { reportFilename } from './render/report-tables.js';
import { reportToXlsx } from './render/report-xlsx.js';
import { ReportSource } from './report-source.service.js';

export type DownloadFormat = 'html' | 'pdf' | 'docx' | 'xlsx' | 'csv';

export interface ReportFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

const RENDERERS: Record<DownloadFormat, { contentType: string; render: (report: CorporatePlanReport, now: Date) => Promise<Buffer> | Buffer }> = {
  html: { contentType: 'text/html; charset=utf-8', render: (report) => Buffer.from(reportToHtml(report), 'utf8') },
  pdf: { contentType: 'application/pdf', render: reportToPdf },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: reportToDocx },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', render: reportToXlsx },
  csv: { contentType: 'text/csv; charset=utf-8', render: (report) => Buffer.from(reportToCsv(report), 'utf8') },
};

/**
 * A cycle's Corporate Plan report as a file, from the same report data whatever the format.
 * One report at a time per process: a 5,000-action report needs ~100 MB of heap while it renders, and the process runs
 * with a capped heap (--max-old-space-size in package.json "start" and the Dockerfile), so two at once could exhaust it.
 * Later requests wait their turn; nothing is shared between replicas.
 */
@Injectable()
export class ReportDownloadsService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly source: ReportSource) {}

  file(cycleId: string, format: DownloadFormat): Promise<ReportFile> {
    const turn = this.queue.then(() => this.render(cycleId, format));
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async render(cycleId: string, format: DownloadFormat): Promise<ReportFile> {
    const report = await this.source.get(cycleId);
    const renderer = RENDERERS[format];
    return { filename: reportFilename(report, format), contentType: renderer.contentType, content: await renderer.render(report, new Date()) };
  }
}
