import { Module } from '@nestjs/common';
import { PrioritiesController } from './priorities.controller.js';
import { PrioritiesService } from './priorities.service.js';
import { SegmentsController } from './segments.controller.js';
import { SegmentsService } from './segments.service.js';

@Module({
  controllers: [SegmentsController, PrioritiesController],
  providers: [SegmentsService, PrioritiesService],
})
export class SegmentsModule {}
