import type { MeResponse } from '@steerline/contracts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useMe } from '../../features/auth/api/get-me';
import { useCreateAction } from '../../features/actions/api/create-action';
import { ActionForm, type ActionFormOptions } from '../../features/actions/components/action-form';
import { mayCreateActions, useActionFormOptions } from '../../features/actions/components/action-form-options';
import { emptyActionForm, inputOrder, locateField, toCreateRequest } from '../../features/actions/components/action-form-values';
import { describeFormErrors } from '../../lib/form-errors';
import { useDocumentTitle } from '../../lib/document-title';
import type { FlashState } from '../../lib/flash-message';
import { ServiceProblemPage } from './service-problem';

const TITLE = 'Create an action';

export function NewActionPage() {
  const { data: me } = useMe();
  if (!me) return null;
  if (!mayCreateActions(me)) return <CannotCreate />;
  return <NewActionLoader me={me} />;
}

function NewActionLoader({ me }: { me: MeResponse }) {
  const choices = useActionFormOptions(me);
  if (choices.status === 'error') return <ServiceProblemPage />;
  if (choices.status === 'pending') return null;
  return <NewActionView options={choices.options} />;
}

function NewActionView({ options }: { options: ActionFormOptions }) {
  const create = useCreateAction();
  const navigate = useNavigate();
  const sent = create.variables;
  const errors = create.isError
    ? describeFormErrors(create.error, locateField, inputOrder({ milestones: sent?.milestones?.length ?? 0, measures: sent?.measures?.length ?? 0 }))
    : undefined;
  useDocumentTitle(errors ? `Error: ${TITLE}` : TITLE);
  // Someone who may only use their own body, and belongs to one, gets it chosen already.
  const [initialValues] = useState(() => emptyActionForm({ owningBodyId: options.bodies.length === 1 ? options.bodies[0].id : '' }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link to="/actions" className="govuk-back-link">
          Back to all actions
        </Link>
        {errors && <ErrorSummary key={create.submittedAt} items={errors.summary} />}
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <ActionForm
          mode="create"
          initialValues={initialValues}
          options={options}
          errors={errors}
          submitting={create.isPending}
          onSubmit={(values) =>
            create.mutate(toCreateRequest(values), {
              onSuccess: (created) => {
                const state: FlashState = { flash: `${created.reference} has been created` };
                navigate(`/actions/${created.id}`, { state });
              },
            })
          }
        />
      </div>
    </div>
  );
}

function CannotCreate() {
  useDocumentTitle('You cannot create actions');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot create actions</h1>
        <p className="govuk-body">Members of the governance bodies can create actions. Ask an administrator if you think you should be able to.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/actions">
            Go to the action plan
          </Link>
        </p>
      </div>
    </div>
  );
}
