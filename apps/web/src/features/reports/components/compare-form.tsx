import { useState, type FormEvent } from 'react';
import { Select } from '../../../components/select';

interface Choice {
  id: string;
  name: string;
}

interface CompareFormProps {
  cycles: Choice[];
  from: string;
  to: string;
  error?: string;
  onCompare: (from: string, to: string) => void;
}

/** Two selects to choose the cycles to compare; the choice goes into the page's URL. */
export function CompareForm({ cycles, from, to, error, onCompare }: CompareFormProps) {
  const [values, setValues] = useState({ from, to });
  const options = [{ value: '', text: 'Choose a cycle' }, ...cycles.map((cycle) => ({ value: cycle.id, text: cycle.name }))];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onCompare(values.from, values.to);
  };
  return (
    <form noValidate onSubmit={submit} aria-label="Choose the cycles to compare">
      <Select id="from" name="from" label="Earlier cycle" options={options} value={values.from} onChange={(e) => setValues((v) => ({ ...v, from: e.target.value }))} error={error} />
      <Select id="to" name="to" label="Later cycle" options={options} value={values.to} onChange={(e) => setValues((v) => ({ ...v, to: e.target.value }))} />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Compare
      </button>
    </form>
  );
}
