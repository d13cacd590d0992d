import { type RefObject, useId } from 'react';

/**
 * A labelled native file input (keyboard and screen-reader users choose a file as anywhere else),
 * its help and its error tied to it; the error is announced when it appears.
 */
export function FileInput({
  label,
  help,
  error,
  accept,
  inputRef,
  onChange,
}: {
  label: string;
  help: string;
  error: string | undefined;
  accept: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (file: File | null) => void;
}) {
  const inputId = useId();
  const helpId = useId();
  const errorId = useId();
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        name="file"
        accept={accept}
        aria-describedby={error ? `${helpId} ${errorId}` : helpId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
      />
      <span id={helpId} className="field-help">
        {help}
      </span>
      {error ? (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
