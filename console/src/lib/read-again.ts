import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { isChangedMeanwhile } from './problem.ts';

/**
 * An edit form's `refused` (see useSendOnce): when the save was refused because someone else changed
 * the record meanwhile, the record is read again, and the form moves the officer's changes onto it and
 * marks the fields both changed. `failed` hears a read that failed too (by default the page's own
 * query shows it).
 */
export function readAgainIfChangedMeanwhile<Data, Key extends QueryKey>(
  queryClient: QueryClient,
  query: FetchQueryOptions<Data, Error, Data, Key>,
  failed: (error: unknown) => void = () => {},
): (error: unknown) => void {
  return (error) => {
    if (isChangedMeanwhile(error)) queryClient.fetchQuery({ ...query, staleTime: 0 }).catch(failed);
  };
}
