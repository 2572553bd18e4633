import { Permission, type ActionListQuery } from '@steerline/contracts';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { StrategyNotSetUp } from '../../features/strategy/components/strategy-not-set-up';
import { ActionFilters } from '../../features/action-list/components/action-filters';
import { ActionResults } from '../../features/action-list/components/action-results';
import { queryFromSearchParams, searchParamsFromQuery, toSearch } from '../../features/action-list/list-params';
import { useDocumentTitle } from '../../lib/document-title';

/**
 * The filter form is uncontrolled, so it is mounted anew to show a list reached another way (a sort link, a page link,
 * the back button). A list the form itself applied already shows in it: re-mounting then would lose the keyboard focus.
 */
function useFilterFormKey(search: string) {
  const [appliedByForm, setAppliedByForm] = useState<string | null>(null);
  const [shown, setShown] = useState({ key: 0, search });
  if (shown.search !== search) {
    setShown({ key: search === appliedByForm ? shown.key : shown.key + 1, search });
    setAppliedByForm(null);
  }
  return {
    key: shown.key,
    applying: (next: string) => setAppliedByForm(next === search ? null : next),
  };
}

/** The action plan as a list: every filter, the sort and the page are in the URL, so a list is a link to share. */
export function ActionsListPage() {
  useDocumentTitle('Actions');
  const { data: me } = useMe();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => queryFromSearchParams(searchParams), [searchParams]);
  const search = searchParamsFromQuery(query).toString();
  const filterForm = useFilterFormKey(search);
  const apply = (next: ActionListQuery) => {
    const params = searchParamsFromQuery(next);
    filterForm.applying(params.toString());
    setSearchParams(params);
  };
  const mayCreate = me?.permissions.some((permission) => permission === Permission.ActionCreate || permission === Permission.ActionEditOwnBody);
  const mine = query.owner === 'me';

  return (
    <>
      <h1 className="govuk-heading-l">Actions</h1>
      <StrategyNotSetUp isAdmin={me?.isAdmin ?? false} />
      {mayCreate && (
        <Link to="/actions/new" className="govuk-button">
          Create an action
        </Link>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={{ pathname: '/actions', search: toSearch({ ...query, owner: mine ? undefined : 'me', page: undefined }) }}>
          {mine ? 'Show everyone’s actions' : 'My actions'}
        </Link>
      </p>
      <ActionFilters key={filterForm.key} query={query} onApply={apply} />
      <ActionResults query={query} />
    </>
  );
}
