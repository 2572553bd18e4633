import { Module } from '@nestjs/common';
import { ActionsController } from './actions.controller.js';
import { ActionsService } from './actions.service.js';
import { ProgressUpdatesController } from './progress-updates.controller.js';
import { ProgressUpdatesService } from './progress-updates.service.js';

/** One action: read, create, edit, cancel, its history, and the progress updates posted on it. */
@Module({
  controllers: [ActionsController, ProgressUpdatesController],
  providers: [ActionsService, ProgressUpdatesService],
  exports: [ActionsService],
})
export class ActionsModule {}
