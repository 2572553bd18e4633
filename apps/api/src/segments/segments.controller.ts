import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, type Segment, type SegmentCoverage } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { CreateSegmentDto } from './dto/create-segment.dto.js';
import { RetireSegmentDto } from './dto/retire-segment.dto.js';
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

  @ApiOperation({ summary: 'Retire a population segment (administrators)', description: 'It keeps its actions and history; pickers for new records leave it out.' })
  @ApiConflictResponse({ description: 'stale_version, or already retired' })
  @Require(Permission.AdminManage)
  @HttpCode(200)
  @Post(':id/retire')
  retire(@SignedInUser() user: CurrentUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: RetireSegmentDto): Promise<Segment> {
    return this.segments.retire(user, id, dto);
  }
}
