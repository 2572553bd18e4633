import { Inject, Injectable, Logger } from '@nestjs/common';
import { ErrorCode, LinkPurpose } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { resetMail } from './account-mail.js';
import { selectAccountByEmail } from './account.queries.js';
import { AccountLinksService } from './account-links.service.js';
import { lockResetsFor, recentResetRequests, recordResetRequest } from './password-reset.queries.js';

/**
 * "Forgot your password?": the answer never says whether the address has an account. The request is counted (per
 * e-mail address and per client address) and answered at once; looking the person up, issuing the link and e-mailing
 * it happen after the answer has gone, so neither its content nor its timing differ.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    private readonly db: DataSource,
    private readonly links: AccountLinksService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async request(email: string, address: string): Promise<void> {
    const account = email.toLowerCase();
    const window = this.config.PASSWORD_RESET_WINDOW_MINUTES;
    await this.db.transaction(async (manager) => {
      await lockResetsFor(manager, account);
      const recent = await recentResetRequests(manager, account, address, window);
      const retryAfter = Math.max(
        recent.byEmail >= this.config.PASSWORD_RESETS_PER_EMAIL ? (recent.emailRetryAfter ?? 1) : 0,
        recent.byAddress >= this.config.PASSWORD_RESETS_PER_ADDRESS ? (recent.addressRetryAfter ?? 1) : 0,
      );
      if (retryAfter > 0) {
        throw new DomainError(ErrorCode.TooManyAttempts, `You have asked for too many password reset links. Wait ${Math.ceil(retryAfter / 60)} minutes and try again.`, {
          retryAfterSeconds: retryAfter,
        });
      }
      await recordResetRequest(manager, account, address, window);
    });
    void this.sendLink(account).catch((error: unknown) => this.logger.error({ err: error }, 'A password reset link could not be sent'));
  }

  private async sendLink(email: string): Promise<void> {
    const person = await selectAccountByEmail(this.db.manager, email);
    if (!person?.isActive) return;
    if (!this.notifications.canEmail) {
      this.logger.warn('A password reset was asked for an account, but SMTP_URL is not set, so no link was sent');
      return;
    }
    const { link } = await this.db.transaction((manager) => this.links.issue(manager, { userId: person.id, purpose: LinkPurpose.Reset, actorId: null }));
    this.notifications.deliver([resetMail(person, link, this.config.RESET_LINK_MINUTES)]);
  }
}
