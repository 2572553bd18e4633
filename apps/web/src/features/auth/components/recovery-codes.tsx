import { useRef } from 'react';
import { useFocusHeadingIfLost } from '../../../components/focus-heading';

export const RECOVERY_CODES_HEADING = 'Save your recovery codes';

/** Shown once, right after enrolling: the codes are stored only as hashes, so nobody can show them again. */
export function RecoveryCodes({ codes, onContinue }: { codes: string[]; onContinue: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusHeadingIfLost(heading);
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation">
        <p className="govuk-panel__title">Two-factor authentication is on</p>
      </div>
      <h1 className="govuk-heading-l" ref={heading} tabIndex={-1}>
        {RECOVERY_CODES_HEADING}
      </h1>
      <p className="govuk-body">If you lose your phone, sign in with your password and one of these codes instead of a code from the app.</p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Each code works once, and this is the only time they are shown. Print them or keep them in a password manager.
        </strong>
      </div>
      <ol className="govuk-list govuk-list--number" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code className="app-recovery-code">{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="govuk-button" onClick={onContinue}>
        I have saved my recovery codes
      </button>
    </>
  );
}
