import { Module } from '@nestjs/common';
import { ActionExportService } from './action-export.service.js';
import { ActionListController } from './action-list.controller.js';
import { ActionListService } from './action-list.service.js';

@Module({
  controllers: [ActionListController],
  providers: [ActionListService, ActionExportService],
  exports: [ActionListService],
})
export class ActionListModule {}
