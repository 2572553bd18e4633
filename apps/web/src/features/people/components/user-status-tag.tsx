import type { AccountStatus } from '@steerline/contracts';

const TAGS: Record<AccountStatus, { text: string; className: string }> = {
  invited: { text: 'Invited', className: 'govuk-tag govuk-tag--blue' },
  active: { text: 'Active', className: 'govuk-tag govuk-tag--green' },
  deactivated: { text: 'Deactivated', className: 'govuk-tag govuk-tag--grey' },
};

/** Whether the person can sign in (invited: not until they set a password), as a GOV.UK tag with the word always shown. */
export function UserStatusTag({ status }: { status: AccountStatus }) {
  const tag = TAGS[status];
  return <strong className={tag.className}>{tag.text}</strong>;
}
