import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { mutateThen } from './mutate-then.ts';

/**
 * How a form that creates a record sends it: `mutateThen`, but a press while the form's request is on
 * its way is ignored. The button's `isPending` reaches the page only once React has drawn again, so two
 * presses in one tick (a double-click, a script, a bouncing key) would both send: a second bot with the
 * same id is refused ("is already used", shown for the bot just made), a second API key or incident is
 * made. A ref, set as the request goes and cleared when it settles, sees the second press at once.
 * After a failure the officer can send again.
 *
 * `after` runs with the answer even when the form has left the page (as with `mutateThen`); its
 * `here` says whether the form is still on the page, so that an officer who went elsewhere while the
 * record was being made is not taken back to it.
 *
 * @example
 * const create = useCreateBot();
 * const send = useSendOnce(create);
 * // the button keeps isPending={create.isPending}; the error shows from create.error
 * send(newBotBody(form), (bot, here) => here && navigate(bot.id));
 */
export function useSendOnce<Result, Variables>(
  mutation: UseMutationResult<Result, Error, Variables>,
): (variables: Variables, after?: (result: Result, here: boolean) => void) => void {
  const sending = useRef(false);
  const here = useRef(true);
  useEffect(() => {
    here.current = true;
    return () => {
      here.current = false;
    };
  }, []);
  return (variables, after = () => {}) => {
    if (sending.current) return;
    sending.current = true;
    void mutateThen(mutation, variables, (result) => after(result, here.current)).finally(() => {
      sending.current = false;
    });
  };
}
