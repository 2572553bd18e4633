import type { Segment } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { focusProgrammatically } from '../../../components/focus';
import { StaleVersionNotice, useReloadLatest } from '../../../components/stale-version-notice';
import { isStaleVersion } from '../../../lib/form-errors';
import { useCreateSegment } from '../api/create-segment';
import { coverageQueryOptions } from '../api/get-coverage';
import { useRetireSegment } from '../api/retire-segment';
import { useUpdateSegment } from '../api/update-segment';
import { ErrorSummary } from '../../../components/error-summary';
import { describeFormError } from '../../../lib/form-errors';
import { SegmentForm } from './segment-form';
import { SEGMENT_FIELD_IDS, segmentFormValues, toSegmentRequest } from './segment-form-values';
import './segments.css';

/** A form opened in place on the coverage page; its heading takes focus when it opens. */
function FormPanel({ heading, children }: { heading: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (headingRef.current) focusProgrammatically(headingRef.current);
  }, []);
  return (
    <div className="app-segment-form-panel">
      <h2 className="govuk-heading-m" ref={headingRef}>
        {heading}
      </h2>
      {children}
    </div>
  );
}

interface AddSegmentPanelProps {
  onSaved: (segment: Segment) => void;
  onCancel: () => void;
}

export function AddSegmentPanel({ onSaved, onCancel }: AddSegmentPanelProps) {
  const create = useCreateSegment();
  return (
    <FormPanel heading="Add a population segment">
      <SegmentForm
        submitText="Add segment"
        pending={create.isPending}
        error={create.error}
        attempt={create.submittedAt}
        onSubmit={(values) => create.mutate(toSegmentRequest(values), { onSuccess: onSaved })}
        onCancel={onCancel}
      />
    </FormPanel>
  );
}

interface EditSegmentPanelProps {
  /** The segment as last fetched: after "Reload the latest version" this is the newer one, and the form refills. */
  segment: Segment;
  onSaved: (segment: Segment) => void;
  onRetired: (segment: Segment) => void;
  onCancel: () => void;
}

/** Changes a segment; a save based on an out-of-date version is refused and the latest is offered, never overwritten. */
export function EditSegmentPanel({ segment, onSaved, onRetired, onCancel }: EditSegmentPanelProps) {
  const update = useUpdateSegment(segment.id);
  const queryClient = useQueryClient();
  const stale = update.isError && isStaleVersion(update.error);
  const { reload, reloading } = useReloadLatest({
    refetch: () => queryClient.refetchQueries({ queryKey: coverageQueryOptions().queryKey, exact: true }),
    onReloaded: () => update.reset(),
    focusId: SEGMENT_FIELD_IDS.name,
  });
  return (
    <FormPanel heading={`Edit segment: ${segment.name}`}>
      {stale && <StaleVersionNotice what="segment" onReload={reload} reloading={reloading} />}
      <SegmentForm
        key={segment.version}
        defaults={segmentFormValues(segment)}
        submitText="Save changes"
        pending={update.isPending}
        error={update.isError && !stale ? update.error : undefined}
        attempt={update.submittedAt}
        onSubmit={(values) => update.mutate({ version: segment.version, ...toSegmentRequest(values) }, { onSuccess: onSaved })}
        onCancel={onCancel}
      />
      {!segment.retired && <RetireSegment segment={segment} onRetired={onRetired} />}
    </FormPanel>
  );
}

/** Retiring instead of deleting: actions that target the segment, history and reports keep it; new records cannot choose it. */
function RetireSegment({ segment, onRetired }: { segment: Segment; onRetired: (segment: Segment) => void }) {
  const retire = useRetireSegment(segment.id);
  return (
    <section aria-labelledby="retire-segment-heading">
      <h3 id="retire-segment-heading" className="govuk-heading-s">
        Retire this segment
      </h3>
      {retire.isError && <ErrorSummary key={retire.submittedAt} items={describeFormError(retire.error, {}).summary} />}
      <p className="govuk-body">Actions that target it keep it, and it stays in history and reports, but new actions cannot choose it.</p>
      <button
        type="button"
        className="govuk-button govuk-button--warning"
        disabled={retire.isPending}
        onClick={() => retire.mutate({ version: segment.version }, { onSuccess: onRetired })}
      >
        Retire segment<span className="govuk-visually-hidden">: {segment.name}</span>
      </button>
    </section>
  );
}
