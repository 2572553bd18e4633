import { Module } from '@nestjs/common';
import { ActionsController } from './actions.controller.js';
import { ActionsService } from './actions.service.js';
import { DependenciesController } from './dependencies/dependencies.controller.js';
import { DependenciesService } from './dependencies/dependencies.service.js';
import { DependencyNoticesService } from './dependencies/dependency-notices.service.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ProgressUpdatesController } from './progress-updates.controller.js';
import { ProgressUpdatesService } from './progress-updates.service.js';

/**
 * One action: read, create, edit, cancel, its history, the progress updates posted on it, and the actions it is
 * blocked by (with the notices to owners when a blocker becomes a concern).
 */
@Module({
  imports: [NotificationsModule],
  controllers: [ActionsController, ProgressUpdatesController, DependenciesController],
  providers: [ActionsService, ProgressUpdatesService, DependenciesService, DependencyNoticesService],
  exports: [ActionsService, DependencyNoticesService],
})
export class ActionsModule {}
