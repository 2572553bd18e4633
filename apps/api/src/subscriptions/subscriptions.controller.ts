import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type ReportSubscription, type UnsubscribeDetails } from '@steerline/contracts';
import { Public, Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { RecordIdPipe } from '../common/validation/record-id.pipe.js';
import { NewExternalSubscriptionDto, NewSubscriptionDto } from './dto/subscription.dto.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { UnsubscribeTokenPipe } from './unsubscribe-token.pipe.js';

const SubscriptionIdPipe = new RecordIdPipe('The subscription');

/** Report e-mails: a reader's own digests, the outside addresses administrators add, and the unsubscribe link. */
@ApiTags('subscriptions')
@Controller()
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Require(Permission.PlanRead)
  @Get('subscriptions')
  mine(@SignedInUser() user: CurrentUser): Promise<ReportSubscription[]> {
    return this.subscriptions.mine(user);
  }

  @Require(Permission.PlanRead)
  @Post('subscriptions')
  subscribe(@SignedInUser() user: CurrentUser, @Body() dto: NewSubscriptionDto): Promise<ReportSubscription> {
    return this.subscriptions.subscribe(user, dto);
  }

  @Require(Permission.PlanRead)
  @Delete('subscriptions/:id')
  @HttpCode(204)
  async unsubscribeMine(@SignedInUser() user: CurrentUser, @Param('id', SubscriptionIdPipe) id: string): Promise<void> {
    await this.subscriptions.remove(user, id, false);
  }

  @Require(Permission.AdminManage)
  @Get('admin/subscriptions')
  external(): Promise<ReportSubscription[]> {
    return this.subscriptions.external();
  }

  @Require(Permission.AdminManage)
  @Post('admin/subscriptions')
  subscribeAddress(@SignedInUser() user: CurrentUser, @Body() dto: NewExternalSubscriptionDto): Promise<ReportSubscription> {
    return this.subscriptions.subscribeAddress(user, dto);
  }

  @Require(Permission.AdminManage)
  @Delete('admin/subscriptions/:id')
  @HttpCode(204)
  async removeAddress(@SignedInUser() user: CurrentUser, @Param('id', SubscriptionIdPipe) id: string): Promise<void> {
    await this.subscriptions.remove(user, id, true);
  }

  /** For the page an e-mail's "stop" link opens: what the link would stop. No sign-in: the token is the key. */
  @Public()
  @Get('unsubscribe/:token')
  details(@Param('token', UnsubscribeTokenPipe) token: string): Promise<UnsubscribeDetails> {
    return this.subscriptions.unsubscribeDetails(token);
  }

  /** One click (RFC 8058: mail programs POST here from the List-Unsubscribe header), and the page's button. */
  @Public()
  @Post('unsubscribe/:token')
  @HttpCode(200)
  async unsubscribe(@Param('token', UnsubscribeTokenPipe) token: string): Promise<{ unsubscribed: true }> {
    await this.subscriptions.unsubscribe(token);
    return { unsubscribed: true };
  }
}
