import type { ActionStatus, Rag } from '@steerline/contracts';
import type { TourAction, TourIssue } from './tour-actions.js';
import type { TourCalendar } from './tour-calendar.js';

/** The months a story covers, oldest first: position 0 is this many months ago. */
export const STORY_MONTHS = 18;

const RATINGS: Record<string, Rag> = { G: 'green', A: 'amber', R: 'red', B: 'blue' };

export interface TourUpdate {
  at: string;
  rag: Rag;
  percent: number;
  commentary: string;
  issue: TourIssue | null;
  /** The value of each of the action's measures, in their order. */
  values: number[];
}

/** The reason an amber or red rating carries. */
export function issueFor(action: TourAction, rag: Rag): TourIssue | null {
  if (rag !== 'amber' && rag !== 'red') return null;
  const issue = rag === 'red' ? (action.red ?? action.amber) : action.amber;
  if (!issue) throw new Error(`The demo tour rates "${action.title}" ${rag} without saying why`);
  return issue;
}

/** Where the action stood at the end of a month (`month` from this one): from the last rating its story gives by then. */
export function stateAt(action: TourAction, month: number): { status: ActionStatus; rag: Rag; position: number } {
  const upTo = action.story.slice(0, STORY_MONTHS + month + 1);
  const position = Math.max(...[...'GARB'].map((letter) => upTo.lastIndexOf(letter)));
  if (position < 0) return { status: 'not_started', rag: 'grey', position };
  const rag = RATINGS[upTo[position]];
  return { status: rag === 'blue' ? 'complete' : 'in_progress', rag, position };
}

function commentaryFor(action: TourAction, rag: Rag, count: number): string {
  if (rag === 'blue') return action.completed ?? 'Complete.';
  const note = action.notes[count % action.notes.length] ?? 'Work continues as planned.';
  if (rag === 'amber') return `Behind plan. ${note}`;
  if (rag === 'red') return `Off track. ${note}`;
  return note;
}

/**
 * The action's progress updates, month by month as its story says, plus one in the last fortnight for an action in
 * progress that is not left stale. Percentages and measure values rise steadily to where the action is now.
 */
export function tourUpdates(action: TourAction, index: number, calendar: TourCalendar): TourUpdate[] {
  const dated: { at: string; rag: Rag }[] = [];
  [...action.story].forEach((letter, position) => {
    const rag = RATINGS[letter];
    if (!rag) return;
    const month = position - STORY_MONTHS;
    dated.push({ at: calendar.at(calendar.dayOf(month, 4 + ((index * 3 + position) % 20)), 9 + ((index + position) % 8), (index * 7) % 60), rag });
  });
  const last = dated.at(-1);
  if (last && last.rag !== 'blue' && !action.stale && !action.cancelled) {
    const recent = calendar.at(calendar.fromToday(-(2 + (index % 9))), 10 + (index % 6), 15);
    if (recent > last.at) dated.push({ at: recent, rag: last.rag });
  }
  const inProgress = dated.filter((update) => update.rag !== 'blue').length;
  const reached = action.completed ? 90 : action.percent;
  let count = 0;
  return dated.map((update, position) => {
    const percent = update.rag === 'blue' ? 100 : Math.max(1, Math.round((reached * (count + 1)) / inProgress));
    const result: TourUpdate = {
      at: update.at,
      rag: update.rag,
      percent,
      commentary: commentaryFor(action, update.rag, count),
      issue: issueFor(action, update.rag),
      values: action.measures.map((measure) => Math.round((measure.now * (position + 1)) / dated.length)),
    };
    if (update.rag !== 'blue') count += 1;
    return result;
  });
}
