import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type ProgressUpdate } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { ActionIdPipe } from '../common/validation/id-pipes.js';
import { CreateProgressUpdateDto } from './dto/create-progress-update.dto.js';
import { ProgressUpdatesService } from './progress-updates.service.js';
import { CachedRead } from '../common/read-cache/read-cache.interceptor.js';

@ApiTags('actions')
@Controller('actions/:id/updates')
export class ProgressUpdatesController {
  constructor(private readonly updates: ProgressUpdatesService) {}

  @Require(Permission.PlanRead)
  @CachedRead()
  @Get()
  list(@Param('id', ActionIdPipe) id: string): Promise<ProgressUpdate[]> {
    return this.updates.list(id);
  }

  @Require(Permission.UpdatePost, Permission.UpdatePostOwn)
  @Post()
  post(@SignedInUser() user: CurrentUser, @Param('id', ActionIdPipe) id: string, @Body() body: CreateProgressUpdateDto): Promise<ProgressUpdate> {
    return this.updates.post(user, id, body);
  }
}
