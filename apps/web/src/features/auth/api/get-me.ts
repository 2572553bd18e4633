import { useQuery } from '@tanstack/react-query';
import { meQueryOptions } from '../../../lib/session';

export { getMe, meQueryOptions } from '../../../lib/session';

export const useMe = () => useQuery(meQueryOptions());
