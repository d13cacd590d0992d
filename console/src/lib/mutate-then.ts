import type { UseMutationResult } from '@tanstack/react-query';

/**
 * Runs a mutation, then `after` with its answer — also when the answer has taken the mutation's own
 * form off the page (a replied case has no reply form, a confirmed incident no draft form): a
 * callback given to `mutate` is dropped with its form, so the officer would not hear what happened.
 * A failure shows through the mutation's `error`, beside the form, as with `mutate`.
 *
 * @returns settles once `after` has run, or the mutation has failed (what `useSendOnce` waits for)
 */
export function mutateThen<Result, Variables>(
  mutation: UseMutationResult<Result, Error, Variables>,
  variables: Variables,
  after: (result: Result) => void,
): Promise<void> {
  return mutation.mutateAsync(variables).then(after, () => {});
}
