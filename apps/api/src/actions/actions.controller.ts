import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ActionDetail, type ActionHistoryEntry, Permission } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { ActionIdPipe } from '../common/validation/id-pipes.js';
import { ActionsService } from './actions.service.js';
import { CancelActionDto } from './dto/cancel-action.dto.js';
import { CreateActionDto } from './dto/create-action.dto.js';
import { UpdateActionDto } from './dto/update-action.dto.js';
import { CachedRead } from '../common/read-cache/read-cache.interceptor.js';

@ApiTags('actions')
@Controller('actions')
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Require(Permission.PlanRead)
  @CachedRead()
  @Get(':id')
  get(@SignedInUser() user: CurrentUser, @Param('id', ActionIdPipe) id: string): Promise<ActionDetail> {
    return this.actions.get(user, id);
  }

  @Require(Permission.ActionCreate, Permission.ActionEditOwnBody)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Body() body: CreateActionDto): Promise<ActionDetail> {
    return this.actions.create(user, body);
  }

  @Require(Permission.ActionEdit, Permission.ActionEditOwnBody)
  @Patch(':id')
  edit(@SignedInUser() user: CurrentUser, @Param('id', ActionIdPipe) id: string, @Body() body: UpdateActionDto): Promise<ActionDetail> {
    return this.actions.edit(user, id, body);
  }

  @Require(Permission.ActionEdit, Permission.ActionEditOwnBody)
  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@SignedInUser() user: CurrentUser, @Param('id', ActionIdPipe) id: string, @Body() body: CancelActionDto): Promise<ActionDetail> {
    return this.actions.cancel(user, id, body);
  }

  @Require(Permission.PlanRead)
  @CachedRead()
  @Get(':id/history')
  history(@Param('id', ActionIdPipe) id: string): Promise<ActionHistoryEntry[]> {
    return this.actions.history(id);
  }
}
