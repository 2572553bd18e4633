import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { StrategyModule } from '../strategy/strategy.module.js';
import { ImportController } from './import.controller.js';
import { ImportService } from './import.service.js';
import { SpreadsheetReader } from './reading/read-in-worker.js';
import { ImportTemplateService } from './template/import-template.service.js';

/** Importing an existing action plan from an Excel workbook or CSV file, and the template to fill in. */
@Module({
  imports: [ActionsModule, StrategyModule],
  controllers: [ImportController],
  providers: [ImportService, ImportTemplateService, SpreadsheetReader],
})
export class ImportModule {}
