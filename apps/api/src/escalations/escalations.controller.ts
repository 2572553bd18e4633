import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Escalation, type Page, Permission } from '@steerline/contracts';
import { ActionIdPipe, EscalationIdPipe } from '../common/validation/id-pipes.js';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { CreateEscalationDto } from './dto/create-escalation.dto.js';
import { EscalationQueueQuery } from './dto/escalation-queue.query.js';
import { DecideEscalationDto, ResolveEscalationDto, TakeEscalationDto } from './dto/transition.dto.js';

import { EscalationsService } from './escalations.service.js';
import { CachedRead } from '../common/read-cache/read-cache.interceptor.js';

@ApiTags('escalations')
@Controller()
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Require(Permission.EscalationRaise)
  @Post('actions/:id/escalations')
  raise(@SignedInUser() user: CurrentUser, @Param('id', ActionIdPipe) actionId: string, @Body() body: CreateEscalationDto): Promise<Escalation> {
    return this.escalations.raise(user, actionId, body);
  }

  @Require(Permission.PlanRead)
  @CachedRead()
  @Get('actions/:id/escalations')
  listForAction(@Param('id', ActionIdPipe) actionId: string): Promise<Escalation[]> {
    return this.escalations.listForAction(actionId);
  }

  /** One page of the board's queue, with the count of the whole queue. */
  @Require(Permission.PlanRead)
  @CachedRead()
  @Get('escalations/queue')
  queue(@Query() query: EscalationQueueQuery): Promise<Page<Escalation>> {
    const { page, pageSize, ...filters } = query;
    return this.escalations.queue(filters, { page, pageSize });
  }

  @Require(Permission.PlanRead)
  @Get('escalations/:id')
  get(@Param('id', EscalationIdPipe) id: string): Promise<Escalation> {
    return this.escalations.get(id);
  }

  @Require(Permission.EscalationDecide)
  @Post('escalations/:id/take')
  @HttpCode(200)
  take(@SignedInUser() user: CurrentUser, @Param('id', EscalationIdPipe) id: string, @Body() body: TakeEscalationDto): Promise<Escalation> {
    return this.escalations.take(user, id, body);
  }

  @Require(Permission.EscalationDecide)
  @Post('escalations/:id/decision')
  @HttpCode(200)
  decide(@SignedInUser() user: CurrentUser, @Param('id', EscalationIdPipe) id: string, @Body() body: DecideEscalationDto): Promise<Escalation> {
    return this.escalations.decide(user, id, body);
  }

  @Require(Permission.EscalationDecide)
  @Post('escalations/:id/resolve')
  @HttpCode(200)
  resolve(@SignedInUser() user: CurrentUser, @Param('id', EscalationIdPipe) id: string, @Body() body: ResolveEscalationDto): Promise<Escalation> {
    return this.escalations.resolve(user, id, body);
  }
}
