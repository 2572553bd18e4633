import type { Escalation } from '@steerline/contracts';
import type { NewNotification } from '../notifications/notifications.service.js';

/** What the raiser and the action's owner are told when the board decides. */
export function decisionNotice(escalation: Escalation): NewNotification {
  const decision = escalation.decision!;
  const verb = decision.outcome === 'agreed' ? 'agreed' : 'declined';
  const lines = [
    `The channel shift board ${verb} the escalation on ${escalation.action.reference} ${escalation.action.title}.`,
    '',
    `Decision asked: ${escalation.decisionSought}`,
    `Decision: ${decision.text}`,
    ...(decision.conditions ? [`Conditions: ${decision.conditions}`] : []),
    `Decided by ${decision.decidedBy.name} on ${decision.decidedAt.slice(0, 10)}.`,
  ];
  return {
    kind: 'escalation_decided',
    title: `Escalation ${verb}: ${escalation.action.reference}`,
    body: lines.join('\n'),
    actionId: escalation.action.id,
    escalationId: escalation.id,
  };
}
