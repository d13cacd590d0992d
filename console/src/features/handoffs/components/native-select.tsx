import { useId } from 'react';

/**
 * A labelled native `<select>`, its server-side error tied to it: keyboard and screen readers
 * handle it as the platform does.
 */
export function NativeSelect({
  label,
  placeholder,
  options,
  value,
  onChange,
  error,
}: {
  label: string;
  placeholder: string;
  options: ReadonlyArray<{ id: string; label: string; lang?: string | undefined }>;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id} {...(option.lang ? { lang: option.lang } : {})}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <span className="field-error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
