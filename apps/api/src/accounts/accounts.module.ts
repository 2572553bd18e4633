import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AccountLinksService } from './account-links.service.js';
import { AccountService } from './account.service.js';
import { AccountsController } from './accounts.controller.js';
import { InvitationsService } from './invitations.service.js';
import { PasswordResetService } from './password-reset.service.js';

/** One-time links (set-password, invitation, reset), forgotten and changed passwords. */
@Module({
  imports: [AuthModule, NotificationsModule],
  controllers: [AccountsController],
  providers: [AccountLinksService, InvitationsService, PasswordResetService, AccountService],
  exports: [AccountLinksService, InvitationsService],
})
export class AccountsModule {}
