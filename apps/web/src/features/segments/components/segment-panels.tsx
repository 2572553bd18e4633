import type { Segment } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { focusProgrammatically } from '../../../components/focus';
import { StaleVersionNotice, useReloadLatest } from '../../../components/stale-version-notice';
import { isStaleVersion } from '../../../lib/form-errors';
import { useCreateSegment } from '../api/create-segment';
import { coverageQueryOptions } from '../api/get-coverage';
import { useUpdateSegment } from '../api/update-segment';
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
  onCancel: () => void;
}

/** Changes a segment; a save based on an out-of-date version is refused and the latest is offered, never overwritten. */
export function EditSegmentPanel({ segment, onSaved, onCancel }: EditSegmentPanelProps) {
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
    </FormPanel>
  );
}
