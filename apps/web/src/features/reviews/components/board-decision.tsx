import { useState, type FormEvent } from 'react';
import { Textarea } from '../../../components/textarea';

interface BoardDecisionProps {
  canSendBack: boolean;
  canAccept: boolean;
  commentError?: string;
  submitting: boolean;
  onSendBack: (comment: string) => void;
  onAccept: () => void;
}

/** The board's answer to a submitted return: accept it, or send it back to the owner with a comment. */
export function BoardDecision({ canSendBack, canAccept, commentError, submitting, onSendBack, onAccept }: BoardDecisionProps) {
  const [comment, setComment] = useState('');
  const sendBack = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) onSendBack(comment.trim());
  };
  return (
    <>
      <h2 className="govuk-heading-m">Board decision</h2>
      {canAccept && (
        <>
          <p className="govuk-body">Accept the return if it is complete. Its proposed amendments are applied to the action when the cycle is signed off.</p>
          <button type="button" className="govuk-button" aria-disabled={submitting || undefined} onClick={() => !submitting && onAccept()}>
            Accept return
          </button>
        </>
      )}
      {canSendBack && (
        <form noValidate onSubmit={sendBack}>
          <Textarea
            id="comment"
            name="comment"
            label="Comment for the owner"
            hint="Say what needs to change. Required to send the return back."
            rows={4}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={commentError}
          />
          <button type="submit" className="govuk-button govuk-button--warning" aria-disabled={submitting || undefined}>
            Send back
          </button>
        </form>
      )}
    </>
  );
}
