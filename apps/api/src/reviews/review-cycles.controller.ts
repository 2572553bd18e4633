import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type ReviewCycleDetail, type ReviewCycleSummary } from '@steerline/contracts';
import { Require, SignedIn } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { CreateReviewCycleDto, ReviewCycleTransitionDto, UpdateReviewCycleDto } from './dto/review-cycle.dto.js';
import { ReviewCycleIdPipe } from '../common/validation/id-pipes.js';
import { ReviewCyclesService } from './review-cycles.service.js';
import { ReviewSignOffService } from './review-sign-off.service.js';

@ApiTags('reviews')
@Controller('reviews/cycles')
export class ReviewCyclesController {
  constructor(
    private readonly cycles: ReviewCyclesService,
    private readonly signOffs: ReviewSignOffService,
  ) {}

  /** Every review cycle, newest period first, with how many returns are in each state. */
  @SignedIn()
  @Get()
  list(): Promise<ReviewCycleSummary[]> {
    return this.cycles.list();
  }

  @Require(Permission.ReviewManage)
  @Post()
  create(@SignedInUser() user: CurrentUser, @Body() body: CreateReviewCycleDto): Promise<ReviewCycleDetail> {
    return this.cycles.create(user, body);
  }

  @SignedIn()
  @Get(':id')
  get(@SignedInUser() user: CurrentUser, @Param('id', ReviewCycleIdPipe) id: string): Promise<ReviewCycleDetail> {
    return this.cycles.get(user, id);
  }

  @Require(Permission.ReviewManage)
  @Patch(':id')
  update(@SignedInUser() user: CurrentUser, @Param('id', ReviewCycleIdPipe) id: string, @Body() body: UpdateReviewCycleDto): Promise<ReviewCycleDetail> {
    return this.cycles.update(user, id, body);
  }

  /** Draft -> open: one return per live action, assigned to its owner, who is notified. */
  @Require(Permission.ReviewManage)
  @Post(':id/open')
  @HttpCode(200)
  open(@SignedInUser() user: CurrentUser, @Param('id', ReviewCycleIdPipe) id: string, @Body() body: ReviewCycleTransitionDto): Promise<ReviewCycleDetail> {
    return this.cycles.open(user, id, body.version);
  }

  @Require(Permission.ReviewManage)
  @Post(':id/board-review')
  @HttpCode(200)
  startBoardReview(
    @SignedInUser() user: CurrentUser, @Param('id', ReviewCycleIdPipe) id: string, @Body() body: ReviewCycleTransitionDto,
  ): Promise<ReviewCycleDetail> {
    return this.cycles.startBoardReview(user, id, body.version);
  }

  /** Board review -> signed off: amendments applied, report frozen, cycle locked for good. */
  @Require(Permission.ReviewSignOff)
  @Post(':id/sign-off')
  @HttpCode(200)
  signOff(@SignedInUser() user: CurrentUser, @Param('id', ReviewCycleIdPipe) id: string, @Body() body: ReviewCycleTransitionDto): Promise<ReviewCycleDetail> {
    return this.signOffs.signOff(user, id, body.version);
  }
}
