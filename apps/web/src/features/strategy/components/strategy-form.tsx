import type { BodySummary, Strategy, UpdateStrategyRequest } from '@steerline/contracts';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { describeFormError } from '../../../lib/form-errors';

export const STRATEGY_FIELD_IDS = {
  title: 'strategy-title',
  referencePrefix: 'strategy-reference-prefix',
  periodStart: 'strategy-period-start',
  periodEnd: 'strategy-period-end',
  vision: 'strategy-vision',
  owningBodyId: 'strategy-owning-body',
} as const;
const IDS = STRATEGY_FIELD_IDS;

interface StrategyFormProps {
  /** The strategy being edited; undefined when setting one up. */
  strategy?: Strategy;
  /** The bodies to choose the owner from (live ones, plus the current owner). */
  bodies: BodySummary[];
  submitText: string;
  pending: boolean;
  error: unknown;
  attempt: number;
  onSubmit: (request: Omit<UpdateStrategyRequest, 'version'>) => void;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/** The strategy's title, reference prefix, period, vision and owning body. */
export function StrategyForm({ strategy, bodies, submitText, pending, error, attempt, onSubmit }: StrategyFormProps) {
  const errors = error ? describeFormError(error, IDS) : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    onSubmit({
      title: text(form, 'title'),
      referencePrefix: text(form, 'referencePrefix').trim().toUpperCase(),
      periodStart: text(form, 'periodStart').trim() || null,
      periodEnd: text(form, 'periodEnd').trim() || null,
      vision: text(form, 'vision'),
      owningBodyId: text(form, 'owningBodyId') || null,
    });
  };
  return (
    <form noValidate onSubmit={submit}>
      {errors && <ErrorSummary key={attempt} items={errors.summary} />}
      <TextInput id={IDS.title} name="title" label="Title" defaultValue={strategy?.title} autoComplete="off" error={errors?.fields.title} />
      <TextInput
        id={IDS.referencePrefix}
        name="referencePrefix"
        label="Reference prefix"
        hint="1 to 6 capital letters that start every action's reference, for example DI for DI-001"
        width={5}
        defaultValue={strategy?.referencePrefix}
        autoComplete="off"
        spellCheck={false}
        error={errors?.fields.referencePrefix}
      />
      <TextInput
        id={IDS.periodStart}
        name="periodStart"
        label="Start of the period (optional)"
        hint="For example, 2026-04-01"
        width={10}
        defaultValue={strategy?.periodStart ?? ''}
        autoComplete="off"
        error={errors?.fields.periodStart}
      />
      <TextInput
        id={IDS.periodEnd}
        name="periodEnd"
        label="End of the period (optional)"
        hint="For example, 2029-03-31"
        width={10}
        defaultValue={strategy?.periodEnd ?? ''}
        autoComplete="off"
        error={errors?.fields.periodEnd}
      />
      <Textarea id={IDS.vision} name="vision" label="Vision" hint="What the strategy sets out to achieve" defaultValue={strategy?.vision} error={errors?.fields.vision} />
      <Select
        id={IDS.owningBodyId}
        name="owningBodyId"
        label="Owning body (optional)"
        hint={bodies.length === 0 ? 'Add governance bodies first; then come back to choose the one that owns the strategy' : 'The governance body that owns the strategy'}
        defaultValue={strategy?.owningBody?.id ?? ''}
        options={[{ value: '', text: 'None chosen' }, ...bodies.map((body) => ({ value: body.id, text: body.name }))]}
        error={errors?.fields.owningBodyId}
      />
      <button type="submit" className="govuk-button">
        {submitText}
      </button>
    </form>
  );
}
