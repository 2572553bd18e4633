import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type CurrentStrategy, Permission, type Strategy } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { CreateStrategyDto, UpdateStrategyDto } from './dto/strategy.dto.js';
import { StrategyService } from './strategy.service.js';

@ApiTags('strategy')
@Controller('strategy')
export class StrategyController {
  constructor(private readonly strategy: StrategyService) {}

  @ApiOperation({ summary: 'The strategy the plan belongs to', description: 'Answers 404 before an administrator has set one up.' })
  @ApiNotFoundResponse({ description: 'No strategy has been set up yet' })
  @Require(Permission.PlanRead)
  @Get()
  get(): Promise<Strategy> {
    return this.strategy.get();
  }

  @ApiOperation({ summary: 'The strategy, or null before it is set up', description: 'What the web app asks: 200 either way, where GET /api/strategy answers 404.' })
  @Require(Permission.PlanRead)
  @Get('current')
  async current(): Promise<CurrentStrategy> {
    return { strategy: await this.strategy.find() };
  }

  @ApiOperation({ summary: 'Set up the strategy (administrators)', description: 'One strategy per Steerline until the Corporate Plan work.' })
  @ApiBadRequestResponse({ description: 'validation_failed, with the fields at fault' })
  @ApiConflictResponse({ description: 'There is a strategy already' })
  @Require(Permission.AdminManage)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Body() dto: CreateStrategyDto): Promise<Strategy> {
    return this.strategy.create(user, dto);
  }

  @ApiOperation({ summary: 'Change the strategy (administrators)' })
  @ApiBadRequestResponse({ description: 'validation_failed, with the fields at fault' })
  @ApiConflictResponse({ description: 'stale_version: someone else changed it since; details.current is the latest' })
  @Require(Permission.AdminManage)
  @Patch(':id')
  update(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateStrategyDto): Promise<Strategy> {
    return this.strategy.update(user, id, dto);
  }
}
