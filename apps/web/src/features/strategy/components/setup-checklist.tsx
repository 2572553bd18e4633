import type { SetupProgress, SetupStepKey } from '@steerline/contracts';
import { Link } from 'react-router';

interface StepText {
  title: string;
  href: string;
  /** The count in words, e.g. "3 priorities". */
  counted: (count: number) => string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const SETUP_STEPS: Record<SetupStepKey, StepText> = {
  strategy: { title: 'Set up the strategy', href: '/admin/strategy', counted: (n) => (n > 0 ? 'Set up' : 'Not set up') },
  priorities: { title: 'Add priorities', href: '/admin/priorities', counted: (n) => plural(n, 'priority', 'priorities') },
  bodies: { title: 'Add governance bodies', href: '/admin/bodies', counted: (n) => plural(n, 'body', 'bodies') },
  segments: { title: 'Add population segments', href: '/coverage', counted: (n) => plural(n, 'segment', 'segments') },
  people: { title: 'Invite people', href: '/admin/users', counted: (n) => plural(n, 'person besides administrators', 'people besides administrators') },
  actions: { title: 'Add actions or import a spreadsheet', href: '/admin/import', counted: (n) => plural(n, 'action', 'actions') },
};

/** GOV.UK task list: each step of setting Steerline up, with a link, its count and its status in words. */
export function SetupChecklist({ progress }: { progress: SetupProgress }) {
  return (
    <ul className="govuk-task-list">
      {progress.steps.map((step) => {
        const text = SETUP_STEPS[step.key];
        const hintId = `setup-${step.key}-hint`;
        const statusId = `setup-${step.key}-status`;
        return (
          <li className="govuk-task-list__item govuk-task-list__item--with-link" key={step.key}>
            <div className="govuk-task-list__name-and-hint">
              <Link className="govuk-link govuk-task-list__link" to={text.href} aria-describedby={`${hintId} ${statusId}`}>
                {text.title}
              </Link>
              <div id={hintId} className="govuk-task-list__hint">
                {text.counted(step.count)}
              </div>
            </div>
            <div className="govuk-task-list__status" id={statusId}>
              {step.done ? 'Done' : <strong className="govuk-tag govuk-tag--blue">To do</strong>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
