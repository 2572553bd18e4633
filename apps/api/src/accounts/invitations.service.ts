import { Injectable } from '@nestjs/common';
import { type InvitationSent, LinkPurpose } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { invitationMail } from './account-mail.js';
import { AccountLinksService, type IssuedLink } from './account-links.service.js';

export interface PendingInvitation extends IssuedLink {
  person: { name: string; email: string };
  inviter: string;
}

/** Invitations for people an administrator adds: e-mailed through SMTP_URL, or else shown to the administrator once. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly links: AccountLinksService,
    private readonly notifications: NotificationsService,
  ) {}

  /** On the caller's transaction, so the invitation exists exactly when the person (or the resend) does. */
  async issue(manager: EntityManager, person: { id: string; name: string; email: string }, actor: CurrentUser): Promise<PendingInvitation> {
    const issued = await this.links.issue(manager, { userId: person.id, purpose: LinkPurpose.Invitation, actorId: actor.id });
    return { ...issued, person: { name: person.name, email: person.email }, inviter: actor.name };
  }

  /** After commit: the e-mail goes out, or the link comes back for the administrator to pass on. */
  deliver(invitation: PendingInvitation): InvitationSent {
    const expiresAt = invitation.expiresAt.toISOString();
    if (!this.notifications.canEmail) return { emailedTo: null, link: invitation.link, expiresAt };
    this.notifications.deliver([invitationMail(invitation.person, invitation.inviter, invitation.link, invitation.expiresAt)]);
    return { emailedTo: invitation.person.email, link: null, expiresAt };
  }

  withdrawAll(manager: EntityManager, userId: string): Promise<void> {
    return this.links.withdrawAll(manager, userId);
  }
}
