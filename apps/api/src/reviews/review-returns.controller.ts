import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type Page, type ReviewReturn, type ReviewReturnRow } from '@steerline/contracts';
import { Require, SignedIn } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { ReturnVersionDto, SaveReviewReturnDto, SendBackReviewReturnDto } from './dto/review-return.dto.js';
import { ReviewReturnsQuery } from './dto/review-returns.query.js';
import { ReviewCycleIdPipe, ReviewReturnIdPipe } from '../common/validation/id-pipes.js';
import { ReviewReturnsService } from './review-returns.service.js';

@ApiTags('reviews')
@Controller('reviews')
export class ReviewReturnsController {
  constructor(private readonly returns: ReviewReturnsService) {}

  /** A cycle's tracker: which returns are missing, drafted, submitted, sent back or accepted. */
  @SignedIn()
  @Get('cycles/:id/returns')
  tracker(
    @SignedInUser() user: CurrentUser, @Param('id', ReviewCycleIdPipe) cycleId: string, @Query() query: ReviewReturnsQuery,
  ): Promise<Page<ReviewReturnRow>> {
    const { page, pageSize, ...filters } = query;
    return this.returns.tracker(user, cycleId, filters, { page, pageSize });
  }

  /** The signed-in user's returns in cycles that are open or in board review. */
  @SignedIn()
  @Get('returns/mine')
  mine(@SignedInUser() user: CurrentUser): Promise<ReviewReturnRow[]> {
    return this.returns.mine(user);
  }

  @SignedIn()
  @Get('returns/:id')
  get(@SignedInUser() user: CurrentUser, @Param('id', ReviewReturnIdPipe) id: string): Promise<ReviewReturn> {
    return this.returns.get(user, id);
  }

  /** The owner saves a draft. */
  @Require(Permission.ReviewSubmitOwn)
  @Put('returns/:id')
  save(@SignedInUser() user: CurrentUser, @Param('id', ReviewReturnIdPipe) id: string, @Body() body: SaveReviewReturnDto): Promise<ReviewReturn> {
    return this.returns.save(user, id, body);
  }

  @Require(Permission.ReviewSubmitOwn)
  @Post('returns/:id/submit')
  @HttpCode(200)
  submit(@SignedInUser() user: CurrentUser, @Param('id', ReviewReturnIdPipe) id: string, @Body() body: ReturnVersionDto): Promise<ReviewReturn> {
    return this.returns.submit(user, id, body.version);
  }

  @Require(Permission.ReviewManage)
  @Post('returns/:id/send-back')
  @HttpCode(200)
  sendBack(@SignedInUser() user: CurrentUser, @Param('id', ReviewReturnIdPipe) id: string, @Body() body: SendBackReviewReturnDto): Promise<ReviewReturn> {
    return this.returns.sendBack(user, id, body.version, body.comment);
  }

  @Require(Permission.ReviewManage)
  @Post('returns/:id/accept')
  @HttpCode(200)
  accept(@SignedInUser() user: CurrentUser, @Param('id', ReviewReturnIdPipe) id: string, @Body() body: ReturnVersionDto): Promise<ReviewReturn> {
    return this.returns.accept(user, id, body.version);
  }
}
