import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ActionDetail, Permission } from '@steerline/contracts';
import { Require } from '../../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../../common/auth/current-user.js';
import { ActionIdPipe } from '../../common/validation/id-pipes.js';
import { RecordIdPipe } from '../../common/validation/record-id.pipe.js';
import { DependenciesService } from './dependencies.service.js';
import { AddBlockerDto } from './dto/add-blocker.dto.js';

const BlockerIdPipe = new RecordIdPipe('That "blocked by" link');

/** The actions an action is blocked by; answered with the action as it is after the change. */
@ApiTags('actions')
@Controller('actions/:id/blockers')
export class DependenciesController {
  constructor(private readonly dependencies: DependenciesService) {}

  @Require(Permission.ActionEdit, Permission.ActionEditOwnBody)
  @Post()
  add(@SignedInUser() user: CurrentUser, @Param('id', ActionIdPipe) id: string, @Body() body: AddBlockerDto): Promise<ActionDetail> {
    return this.dependencies.addBlocker(user, id, body.blockerId);
  }

  @Require(Permission.ActionEdit, Permission.ActionEditOwnBody)
  @Delete(':blockerId')
  @HttpCode(200)
  remove(@SignedInUser() user: CurrentUser, @Param('id', ActionIdPipe) id: string, @Param('blockerId', BlockerIdPipe) blockerId: string): Promise<ActionDetail> {
    return this.dependencies.removeBlocker(user, id, blockerId);
  }
}
