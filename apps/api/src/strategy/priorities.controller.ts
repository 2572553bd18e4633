import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, type Priority } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { CreatePriorityDto, UpdatePriorityDto } from './dto/priority.dto.js';
import { RetireDto } from './dto/retire.dto.js';
import { PrioritiesService } from './priorities.service.js';
import { StrategyService } from './strategy.service.js';

@ApiTags('strategy')
@Controller('priorities')
export class PrioritiesController {
  constructor(
    private readonly strategy: StrategyService,
    private readonly priorities: PrioritiesService,
  ) {}

  @ApiOperation({ summary: "The strategy's priorities", description: 'Live ones first, in display order; retired ones after, marked retired.' })
  @Require(Permission.PlanRead)
  @Get()
  list(): Promise<Priority[]> {
    return this.strategy.priorities();
  }

  @ApiOperation({ summary: 'Add a priority (administrators)' })
  @ApiBadRequestResponse({ description: 'validation_failed, with the fields at fault' })
  @ApiConflictResponse({ description: 'The number is taken, or there is no strategy yet' })
  @Require(Permission.AdminManage)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Body() dto: CreatePriorityDto): Promise<Priority> {
    return this.priorities.create(user, dto);
  }

  @ApiOperation({ summary: 'Change a priority (administrators)' })
  @ApiBadRequestResponse({ description: 'validation_failed, with the fields at fault' })
  @ApiConflictResponse({ description: 'stale_version, or the number is taken' })
  @Require(Permission.AdminManage)
  @Patch(':id')
  update(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdatePriorityDto): Promise<Priority> {
    return this.priorities.update(user, id, dto);
  }

  @ApiOperation({ summary: 'Retire a priority (administrators)', description: 'It keeps its actions and history; pickers for new records leave it out.' })
  @ApiConflictResponse({ description: 'stale_version, or already retired' })
  @Require(Permission.AdminManage)
  @HttpCode(200)
  @Post(':id/retire')
  retire(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RetireDto): Promise<Priority> {
    return this.priorities.retire(user, id, dto);
  }
}
