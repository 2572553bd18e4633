import type { Segment, SegmentCoverage } from '@steerline/contracts';
import { useState } from 'react';
import { CoverageTable, editButtonId } from './coverage-table';
import { AddSegmentPanel, EditSegmentPanel } from './segment-panels';
import { UncoveredSegments } from './uncovered-segments';

const ADD_BUTTON_ID = 'add-segment';

type Panel = { kind: 'add' } | { kind: 'edit'; segmentId: string };

interface CoverageManagerProps {
  segments: SegmentCoverage[];
  /** Administrators (permission admin:manage) may add and edit segments; everyone else reads. */
  canManage: boolean;
  /** A segment was saved: the page shows this message in a success banner, which takes focus. */
  onSaved: (message: string) => void;
  /** A form was opened: the page takes down any earlier success banner. */
  onOpen: () => void;
}

/** The coverage warning and table, with the administrator's in-page forms to add a segment or edit one. */
export function CoverageManager({ segments, canManage, onSaved, onOpen }: CoverageManagerProps) {
  const [panel, setPanel] = useState<Panel | null>(null);
  const open = (next: Panel) => {
    onOpen();
    setPanel(next);
  };
  /** Closing a form without saving puts focus back on the control that opened it. */
  const cancel = () => {
    const openerId = panel?.kind === 'edit' ? editButtonId(panel.segmentId) : ADD_BUTTON_ID;
    setPanel(null);
    requestAnimationFrame(() => document.getElementById(openerId)?.focus());
  };
  const saved = (message: string) => {
    setPanel(null);
    onSaved(message);
  };
  const editing = panel?.kind === 'edit' ? segments.find((segment) => segment.id === panel.segmentId) : undefined;

  return (
    <>
      <UncoveredSegments segments={segments} />
      {canManage && panel === null && (
        <button type="button" id={ADD_BUTTON_ID} className="govuk-button" onClick={() => open({ kind: 'add' })}>
          Add a population segment
        </button>
      )}
      {canManage && panel?.kind === 'add' && (
        <AddSegmentPanel onSaved={(segment: Segment) => saved(`${segment.name} has been added`)} onCancel={cancel} />
      )}
      {canManage && editing && (
        <EditSegmentPanel
          key={editing.id}
          segment={editing}
          onSaved={(segment: Segment) => saved(`${segment.name} has been updated`)}
          onRetired={(segment: Segment) => saved(`${segment.name} has been retired`)}
          onCancel={cancel}
        />
      )}
      <CoverageTable segments={segments} onEdit={canManage ? (segment) => open({ kind: 'edit', segmentId: segment.id }) : undefined} />
    </>
  );
}
