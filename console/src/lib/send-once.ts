import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

/**
 * How a form sends: `send(variables, after)` runs the mutation, then `after` with its answer.
 *
 * - Once, however fast it is pressed. The button's `isPending` reaches the page only once React has
 *   drawn again, so two presses in one tick (a double-click, a script, a bouncing key) would both send:
 *   a second bot with the same id refused ("is already used", shown for the bot just made), a second
 *   API key made, a case replied to and then "already replied". A ref, set as the request goes and
 *   cleared when it settles, sees the second press at once. After a failure the officer can send again.
 * - `after` runs even when the answer has taken the form off the page (a replied case has no reply
 *   form, a confirmed incident no draft form): a callback given to `mutate` is dropped with its form,
 *   and the officer would not hear what happened. Its `here` says whether the form is still on the
 *   page, so that an officer who went elsewhere while a record was made is not taken back to it.
 * - A failure shows through the mutation's `error`, beside the form, as with `mutate`; `refused`, if
 *   given, runs too (an edit refused as changed meanwhile reads the record again, to show theirs).
 *
 * @example
 * const create = useCreateBot();
 * const send = useSendOnce(create);
 * // the button keeps isPending={create.isPending}; the error shows from create.error
 * send(newBotBody(form), (bot, here) => here && navigate(bot.id));
 */
export function useSendOnce<Result, Variables, Failure = Error>(
  // Any failure type: a mutation whose onError takes `unknown` has `unknown` errors.
  mutation: UseMutationResult<Result, Failure, Variables>,
): (
  variables: Variables,
  after?: (result: Result, here: boolean) => void,
  refused?: (error: Failure, here: boolean) => void,
) => void {
  const sending = useRef(false);
  const here = useRef(true);
  useEffect(() => {
    here.current = true;
    return () => {
      here.current = false;
    };
  }, []);
  return (variables, after = () => {}, refused = () => {}) => {
    if (sending.current) return;
    sending.current = true;
    // biome-ignore lint/plugin/send-once: this is where every form's mutation is sent.
    mutation
      .mutateAsync(variables)
      .then(
        (result) => after(result, here.current),
        (error: Failure) => refused(error, here.current),
      )
      .finally(() => {
        sending.current = false;
      });
  };
}
