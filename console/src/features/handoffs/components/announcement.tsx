/**
 * Where an action's result is announced: the live region is always in the page, so a screen reader
 * hears the text when it appears.
 */
export function Announcement({ message }: { message: string | null }) {
  return (
    <p role="status" className={message ? 'notice' : 'handoff-announcement-empty'}>
      {message}
    </p>
  );
}
