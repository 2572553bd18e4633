import { ACTION_LIST_DEFAULT_PAGE_SIZE, ACTION_LIST_MAX_PAGE_SIZE, type ActionListQuery } from '@steerline/contracts';
import { PageNumber, PageSize } from '../../../common/validation/paging.js';
import { ActionFiltersQuery } from './action-filters.query.js';

export class ListActionsQuery extends ActionFiltersQuery implements ActionListQuery {
  @PageNumber()
  page = 1;

  @PageSize(ACTION_LIST_DEFAULT_PAGE_SIZE, ACTION_LIST_MAX_PAGE_SIZE)
  pageSize = ACTION_LIST_DEFAULT_PAGE_SIZE;
}
