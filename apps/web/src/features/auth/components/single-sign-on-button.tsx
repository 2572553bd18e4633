/** A full-page visit to the API, which sends the browser on to the council's identity provider. */
export function SingleSignOnButton({ label, startUrl }: { label: string; startUrl: string }) {
  return (
    <a href={startUrl} className="govuk-button govuk-button--start" draggable={false}>
      {label}
      <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </a>
  );
}
