/** Whether the person can sign in, as a GOV.UK tag with the word always shown. */
export function UserStatusTag({ active }: { active: boolean }) {
  return active ? <strong className="govuk-tag govuk-tag--green">Active</strong> : <strong className="govuk-tag govuk-tag--grey">Deactivated</strong>;
}
