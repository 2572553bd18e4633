import type { CreateBoardMeetingRequest } from '@steerline/contracts';
import { useState, type FormEvent } from 'react';
import { TextInput } from '../../../components/text-input';
import type { LabelledField, FormErrors } from '../../../lib/form-errors';
import { DATE_HINT } from '../format';

/** The create-meeting form's fields, by API name, in form order. */
export const BOARD_MEETING_FIELDS: Record<string, LabelledField> = {
  meetingDate: { inputId: 'meeting-date', label: 'Date of the meeting' },
  title: { inputId: 'meeting-title', label: 'Title' },
};

export function BoardMeetingForm({ errors, submitting, onSubmit }: { errors?: FormErrors; submitting: boolean; onSubmit: (request: CreateBoardMeetingRequest) => void }) {
  const [meetingDate, setMeetingDate] = useState('');
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSubmit({ meetingDate: meetingDate.trim(), title: title.trim() });
  };
  return (
    <form noValidate onSubmit={submit} aria-label="Add a board meeting">
      <TextInput
        id="meeting-date"
        name="meetingDate"
        label="Date of the meeting"
        hint={DATE_HINT}
        error={errors?.fields.meetingDate}
        value={meetingDate}
        onChange={(event) => setMeetingDate(event.target.value)}
      />
      <TextInput id="meeting-title" name="title" label="Title" error={errors?.fields.title} value={title} onChange={(event) => setTitle(event.target.value)} />
      <button type="submit" className="govuk-button" aria-disabled={submitting || undefined}>
        Add meeting
      </button>
    </form>
  );
}
