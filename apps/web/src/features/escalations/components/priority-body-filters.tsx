import { useBodies, usePriorities } from '../../../lib/lookups/lookups';
import { CheckboxGroup } from '../../../components/choices';

interface PriorityBodyValues {
  priority: string[];
  body: string[];
}

/** The priority and owning-body checkboxes that the queue and the decision log both filter by. */
export function PriorityBodyFilters({ values, onChange }: { values: PriorityBodyValues; onChange: (change: Partial<PriorityBodyValues>) => void }) {
  const priorities = usePriorities();
  const bodies = useBodies();
  return (
    <>
      {priorities.data && (
        <CheckboxGroup
          id="filter-priority"
          name="priority"
          legend="Priority"
          choices={priorities.data.map((priority) => ({ value: String(priority.number), text: `${priority.number}. ${priority.title}` }))}
          values={values.priority}
          onChange={(priority) => onChange({ priority })}
        />
      )}
      {bodies.data && (
        <CheckboxGroup
          id="filter-body"
          name="body"
          legend="Owning body"
          choices={bodies.data.map((body) => ({ value: body.id, text: body.name }))}
          values={values.body}
          onChange={(body) => onChange({ body })}
        />
      )}
    </>
  );
}
