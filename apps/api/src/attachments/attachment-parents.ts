import { Injectable } from '@nestjs/common';
import type { AttachmentParentKind } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { ActionsService } from '../actions/actions.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { EscalationsService } from '../escalations/escalations.service.js';
import { ReviewReturnsService } from '../reviews/review-returns.service.js';
import { selectUpdateAuthor } from './attachment.queries.js';
import { actionAddRefusal, escalationAddRefusal, type ParentFacts, returnAddRefusal, updateAddRefusal } from './attachments.policy.js';

/** Where a file is being added: the parent and, for a progress update, the action it was posted on. */
export type ParentRef = { kind: 'progress_update'; id: string; actionId: string } | { kind: Exclude<AttachmentParentKind, 'progress_update'>; id: string };

/**
 * Reads the record a file goes on through its own feature's service (which answers 404 for one that does not exist)
 * and applies the attachment rules to what that service says of it.
 */
@Injectable()
export class AttachmentParents {
  constructor(
    private readonly db: DataSource,
    private readonly actions: ActionsService,
    private readonly returns: ReviewReturnsService,
    private readonly escalations: EscalationsService,
  ) {}

  async facts(actor: CurrentUser, parent: ParentRef): Promise<ParentFacts> {
    switch (parent.kind) {
      case 'action': {
        const action = await this.actions.get(actor, parent.id);
        return { kind: 'action', id: action.id, actionId: action.id, addRefusal: actionAddRefusal(action) };
      }
      case 'progress_update': {
        const action = await this.actions.get(actor, parent.actionId);
        const authorId = await selectUpdateAuthor(this.db.manager, parent.id, action.id);
        if (!authorId) throw new NotFoundError('The progress update');
        return { kind: 'progress_update', id: parent.id, actionId: action.id, addRefusal: updateAddRefusal(actor, authorId, action) };
      }
      case 'review_return': {
        const review = await this.returns.get(actor, parent.id);
        return { kind: 'review_return', id: review.id, actionId: review.action.id, addRefusal: returnAddRefusal(actor, review) };
      }
      case 'escalation': {
        const escalation = await this.escalations.get(parent.id);
        return { kind: 'escalation', id: escalation.id, actionId: escalation.action.id, addRefusal: escalationAddRefusal(actor, escalation) };
      }
    }
  }
}
