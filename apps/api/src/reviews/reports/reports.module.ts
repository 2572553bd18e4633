import { Module } from '@nestjs/common';
import { CorporatePlanReportBuilder } from './corporate-plan-report.builder.js';
import { CycleComparisonService } from './cycle-comparison.service.js';
import { ExportThrottle } from './export-throttle.js';
import { ReportDownloadsService } from './report-downloads.service.js';
import { ReportSource } from './report-source.service.js';
import { ReportsController } from './reports.controller.js';

/** The Corporate Plan report of a review cycle (JSON, HTML, PDF, Word, Excel, CSV) and the comparison of two cycles. */
@Module({
  controllers: [ReportsController],
  providers: [ExportThrottle, CorporatePlanReportBuilder, ReportSource, ReportDownloadsService, CycleComparisonService],
  exports: [CorporatePlanReportBuilder, ReportSource, ReportDownloadsService],
})
export class ReportsModule {}
