import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AppNotification, NotificationList } from '@steerline/contracts';
import { SignedIn } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { NotificationsService } from './notifications.service.js';

const notificationId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError('The notification') });

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @SignedIn()
  @Get()
  list(@SignedInUser() user: CurrentUser): Promise<NotificationList> {
    return this.notifications.list(user);
  }

  @SignedIn()
  @Post(':id/read')
  @HttpCode(200)
  markRead(@SignedInUser() user: CurrentUser, @Param('id', notificationId) id: string): Promise<AppNotification> {
    return this.notifications.markRead(user, id);
  }
}
