import { Controller, Get, Param, Query, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Permission, type CorporatePlanReport, type CycleComparison } from '@steerline/contracts';
import type { Response } from 'express';
import { Require } from '../../common/auth/access.decorators.js';
import { CycleComparisonService } from './cycle-comparison.service.js';
import { CycleIdPipe } from './cycle-id.pipe.js';
import { CompareCyclesQuery } from './dto/compare-cycles.query.js';
import { ExportThrottle } from './export-throttle.js';
import { HTML_REPORT_CSP } from './render/report-html.js';
import { ReportDownloadsService, type DownloadFormat } from './report-downloads.service.js';
import { ReportSource } from './report-source.service.js';

/** The Corporate Plan report of a review cycle, in every format, and the comparison of two cycles. */
@ApiTags('reports')
@Controller('reviews')
export class ReportsController {
  constructor(
    private readonly source: ReportSource,
    private readonly downloads: ReportDownloadsService,
    private readonly comparison: CycleComparisonService,
  ) {}

  @Require(Permission.PlanRead)
  @Get('cycles/:id/report')
  report(@Param('id', CycleIdPipe) id: string): Promise<CorporatePlanReport> {
    return this.source.get(id);
  }

  /** The accessible primary format: a standalone HTML document, locked down by its own Content-Security-Policy. */
  @Require(Permission.PlanRead)
  @Get('cycles/:id/report.html')
  @ApiProduces('text/html')
  async html(@Param('id', CycleIdPipe) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.download(id, 'html');
    response.setHeader('Content-Security-Policy', HTML_REPORT_CSP);
    return file;
  }

  @Require(Permission.PlanRead)
  @Get('cycles/:id/report.pdf')
  @UseGuards(ExportThrottle)
  @ApiProduces('application/pdf')
  pdf(@Param('id', CycleIdPipe) id: string): Promise<StreamableFile> {
    return this.download(id, 'pdf');
  }

  @Require(Permission.PlanRead)
  @Get('cycles/:id/report.docx')
  @UseGuards(ExportThrottle)
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  docx(@Param('id', CycleIdPipe) id: string): Promise<StreamableFile> {
    return this.download(id, 'docx');
  }

  @Require(Permission.PlanRead)
  @Get('cycles/:id/report.xlsx')
  @UseGuards(ExportThrottle)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  xlsx(@Param('id', CycleIdPipe) id: string): Promise<StreamableFile> {
    return this.download(id, 'xlsx');
  }

  @Require(Permission.PlanRead)
  @Get('cycles/:id/report.csv')
  @ApiProduces('text/csv')
  csv(@Param('id', CycleIdPipe) id: string): Promise<StreamableFile> {
    return this.download(id, 'csv');
  }

  /** What changed between any two cycles. */
  @Require(Permission.PlanRead)
  @Get('compare')
  compare(@Query() query: CompareCyclesQuery): Promise<CycleComparison> {
    return this.comparison.compare(query.from, query.to);
  }

  private async download(id: string, format: DownloadFormat): Promise<StreamableFile> {
    const file = await this.downloads.file(id, format);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.filename}"`,
      length: file.content.length,
    });
  }
}
