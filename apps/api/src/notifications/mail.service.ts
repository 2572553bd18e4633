import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/env.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  /** One-click unsubscribe (RFC 8058): the List-Unsubscribe URL, answered by a POST with no sign-in. */
  unsubscribeUrl?: string;
}

/** Sends e-mail through SMTP_URL when it is set; a failed send is logged, never thrown at the caller. */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : null;
  }

  /** Whether SMTP_URL is set, so e-mail can reach people at all. */
  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(messages: readonly MailMessage[]): Promise<void> {
    if (!this.transport) return;
    for (const message of messages) {
      try {
        const { unsubscribeUrl, ...mail } = message;
        const unsubscribe = unsubscribeUrl ? { list: { unsubscribe: unsubscribeUrl }, headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } } : {};
        await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail, ...unsubscribe });
      } catch (error) {
        this.logger.error(`E-mail to ${message.to} ("${message.subject}") was not sent: ${(error as Error).message}`);
      }
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
