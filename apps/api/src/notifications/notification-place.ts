import type { NewNotification } from './notifications.service.js';

/** The one page a notice sends its reader to, most particular first: their return, the escalation, the cycle, the action. */
export function placeOf(notice: Pick<NewNotification, 'reviewReturnId' | 'escalationId' | 'reviewCycleId' | 'actionId'>): { label: string; path: string } | null {
  if (notice.reviewReturnId) return { label: 'Open your return', path: `/reviews/returns/${notice.reviewReturnId}` };
  if (notice.escalationId) return { label: 'Open the escalation', path: `/escalations/${notice.escalationId}` };
  if (notice.reviewCycleId) return { label: 'Open the review cycle', path: `/reviews/${notice.reviewCycleId}` };
  if (notice.actionId) return { label: 'Open the action', path: `/actions/${notice.actionId}` };
  return null;
}
