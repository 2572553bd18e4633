import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BoardMeetingsController } from './board-meetings.controller.js';
import { BoardMeetingsService } from './board-meetings.service.js';
import { DecisionsController } from './decisions.controller.js';
import { EscalationsController } from './escalations.controller.js';
import { EscalationsService } from './escalations.service.js';

/** Escalations raised on actions, the board's queue and meetings, its decisions and the decision log. */
@Module({
  imports: [NotificationsModule],
  controllers: [EscalationsController, DecisionsController, BoardMeetingsController],
  providers: [EscalationsService, BoardMeetingsService],
  exports: [EscalationsService],
})
export class EscalationsModule {}
