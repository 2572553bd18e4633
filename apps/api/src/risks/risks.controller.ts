import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Escalation, Permission, type RiskDetail, type RiskSummary } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { CachedRead } from '../common/read-cache/read-cache.interceptor.js';
import { RecordIdPipe } from '../common/validation/record-id.pipe.js';
import { RiskIdPipe } from '../common/validation/id-pipes.js';
import { CreateRiskReviewDto } from './dto/create-risk-review.dto.js';
import { CreateRiskDto } from './dto/create-risk.dto.js';
import { ListRisksQuery } from './dto/list-risks.query.js';
import { AddMitigationDto, UpdateMitigationDto } from './dto/mitigation.dto.js';
import { RaiseRiskEscalationDto } from './dto/raise-risk-escalation.dto.js';
import { UpdateRiskDto } from './dto/update-risk.dto.js';
import { RisksService } from './risks.service.js';

const MitigationIdPipe = new RecordIdPipe('The mitigation');

@ApiTags('risks')
@Controller('risks')
export class RisksController {
  constructor(private readonly risks: RisksService) {}

  @ApiOperation({ summary: 'The risk register, highest score first' })
  @Require(Permission.PlanRead)
  @CachedRead()
  @Get()
  list(@SignedInUser() user: CurrentUser, @Query() query: ListRisksQuery): Promise<RiskSummary[]> {
    return this.risks.list(user, query);
  }

  @Require(Permission.RiskCreate)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Body() body: CreateRiskDto): Promise<RiskDetail> {
    return this.risks.create(user, body);
  }

  @Require(Permission.PlanRead)
  @Get(':id')
  get(@SignedInUser() user: CurrentUser, @Param('id', RiskIdPipe) id: string): Promise<RiskDetail> {
    return this.risks.get(user, id);
  }

  @ApiOperation({ summary: 'Edit a risk (its owner or an administrator)', description: 'Likelihood, impact and status change by a review.' })
  @ApiConflictResponse({ description: 'stale_version, or the risk is closed' })
  @Require(Permission.RiskEdit, Permission.RiskEditOwn)
  @Patch(':id')
  update(@SignedInUser() user: CurrentUser, @Param('id', RiskIdPipe) id: string, @Body() body: UpdateRiskDto): Promise<RiskDetail> {
    return this.risks.update(user, id, body);
  }

  @ApiOperation({ summary: "Review a risk: appends to its history and sets its likelihood, impact, status and next review date" })
  @ApiConflictResponse({ description: 'stale_version, or the review cycle named is not open' })
  @Require(Permission.RiskEdit, Permission.RiskEditOwn)
  @Post(':id/reviews')
  review(@SignedInUser() user: CurrentUser, @Param('id', RiskIdPipe) id: string, @Body() body: CreateRiskReviewDto): Promise<RiskDetail> {
    return this.risks.review(user, id, body);
  }

  @ApiOperation({ summary: 'Raise an escalation from a risk, on one of the actions it is linked to' })
  @ApiConflictResponse({ description: 'The risk is closed, or the action is cancelled' })
  @Require(Permission.EscalationRaise)
  @Post(':id/escalations')
  raiseEscalation(@SignedInUser() user: CurrentUser, @Param('id', RiskIdPipe) id: string, @Body() body: RaiseRiskEscalationDto): Promise<Escalation> {
    return this.risks.raiseEscalation(user, id, body);
  }

  @Require(Permission.RiskEdit, Permission.RiskEditOwn)
  @Post(':id/mitigations')
  addMitigation(@SignedInUser() user: CurrentUser, @Param('id', RiskIdPipe) id: string, @Body() body: AddMitigationDto): Promise<RiskDetail> {
    return this.risks.addMitigation(user, id, body);
  }

  @ApiOperation({ summary: "Change a mitigation (the risk's owner, the mitigation's owner or an administrator)" })
  @Require(Permission.RiskEdit, Permission.RiskEditOwn)
  @Patch(':id/mitigations/:mitigationId')
  updateMitigation(
    @SignedInUser() user: CurrentUser,
    @Param('id', RiskIdPipe) id: string,
    @Param('mitigationId', MitigationIdPipe) mitigationId: string,
    @Body() body: UpdateMitigationDto,
  ): Promise<RiskDetail> {
    return this.risks.updateMitigation(user, id, mitigationId, body);
  }
}
