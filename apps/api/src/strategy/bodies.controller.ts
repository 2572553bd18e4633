import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Permission, type BodyDetail, type BodySummary } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { BodiesService } from './bodies.service.js';
import { CreateBodyDto, UpdateBodyDto } from './dto/body.dto.js';
import { RetireDto } from './dto/retire.dto.js';
import { StrategyService } from './strategy.service.js';

@ApiTags('strategy')
@Controller('bodies')
export class BodiesController {
  constructor(
    private readonly strategy: StrategyService,
    private readonly bodies: BodiesService,
  ) {}

  @ApiOperation({ summary: 'The governance bodies', description: 'With how many active members each has and whom it reports to; live ones first.' })
  @Require(Permission.PlanRead)
  @Get()
  list(): Promise<BodySummary[]> {
    return this.strategy.bodies();
  }

  @ApiOperation({ summary: 'A governance body with its members (active and deactivated)' })
  @ApiNotFoundResponse()
  @Require(Permission.PlanRead)
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<BodyDetail> {
    return this.bodies.get(id);
  }

  @ApiOperation({ summary: 'Add a governance body (administrators)' })
  @ApiBadRequestResponse({ description: 'validation_failed, with the fields at fault' })
  @ApiConflictResponse({ description: 'The name is taken, or there is no strategy yet' })
  @Require(Permission.AdminManage)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Body() dto: CreateBodyDto): Promise<BodySummary> {
    return this.bodies.create(user, dto);
  }

  @ApiOperation({ summary: 'Change a governance body (administrators)' })
  @ApiBadRequestResponse({ description: 'validation_failed, with the fields at fault' })
  @ApiConflictResponse({ description: 'stale_version, or the name is taken' })
  @ApiUnprocessableEntityResponse({ description: 'rule_broken: the body would report to itself through others (field reportsToId)' })
  @Require(Permission.AdminManage)
  @Patch(':id')
  update(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateBodyDto): Promise<BodySummary> {
    return this.bodies.update(user, id, dto);
  }

  @ApiOperation({ summary: 'Retire a governance body (administrators)', description: 'Refused while it has active members; it keeps its actions and history.' })
  @ApiConflictResponse({ description: 'stale_version, already retired, or it still has active members' })
  @Require(Permission.AdminManage)
  @HttpCode(200)
  @Post(':id/retire')
  retire(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RetireDto): Promise<BodySummary> {
    return this.bodies.retire(user, id, dto);
  }
}
