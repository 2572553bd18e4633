import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type Segment, type SegmentCoverage } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { CreateSegmentDto } from './dto/create-segment.dto.js';
import { UpdateSegmentDto } from './dto/update-segment.dto.js';
import { SegmentsService } from './segments.service.js';

@ApiTags('segments')
@Controller('segments')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Require(Permission.PlanRead)
  @Get()
  list(): Promise<Segment[]> {
    return this.segments.list();
  }

  /** Which live actions reach each segment; uncovered very-low-propensity segments come first. */
  @Require(Permission.PlanRead)
  @Get('coverage')
  coverage(): Promise<SegmentCoverage[]> {
    return this.segments.coverage();
  }

  @Require(Permission.AdminManage)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Body() dto: CreateSegmentDto): Promise<Segment> {
    return this.segments.create(user, dto);
  }

  @Require(Permission.AdminManage)
  @Patch(':id')
  update(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSegmentDto): Promise<Segment> {
    return this.segments.update(user, id, dto);
  }
}
