import { useId } from 'react';

/**
 * A few choices side by side, one of them chosen (the inbox's view, the dashboard's period): native
 * radios in a labelled radio group, each drawn as a toggle. The platform gives what a screen reader
 * and the keyboard expect (Tab reaches the chosen one, arrow keys move between them), at a fraction
 * of the drawing cost of react-aria's RadioGroup on the two pages officers open most.
 */
export function ToggleChoices<T extends string | number>({
  label,
  className,
  choices,
  value,
  onChange,
}: {
  label: string;
  /** The group's class; its choices sit in `${className}-options`. */
  className: string;
  choices: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div role="radiogroup" aria-labelledby={`${id}-label`} className={className}>
      <span id={`${id}-label`} className="toggle-choices-label">
        {label}
      </span>
      <div className={`${className}-options`}>
        {choices.map((choice) => (
          <label key={choice.value} className="toggle">
            <input
              type="radio"
              className="visually-hidden"
              name={id}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </div>
  );
}
