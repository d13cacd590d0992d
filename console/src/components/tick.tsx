import type { ReactNode } from 'react';
import { Checkbox, Radio } from 'react-aria-components';
import './tick.css';

/**
 * A tick box drawn beside its label (react-aria: Space toggles it, the label is the accessible name).
 * Alone it is controlled by `isSelected`; inside a CheckboxGroup it is one `value` of the group.
 */
export function Tick({
  children,
  ...props
}: { children: ReactNode; 'aria-describedby'?: string } & (
  | { isSelected: boolean; onChange: (selected: boolean) => void; value?: never }
  | { value: string; isSelected?: never; onChange?: never }
)) {
  return (
    // Errors are the server's, shown in words (aria): a native one would stay on the box after the
    // officer fixed it and silently stop the form from being sent again.
    <Checkbox className="tick" validationBehavior="aria" {...props}>
      <span className="tick-box" aria-hidden="true" />
      <span>{children}</span>
    </Checkbox>
  );
}

/** One choice of a RadioGroup, drawn as a round tick (arrow keys move between choices). */
export function Choice({ value, children }: { value: string; children: ReactNode }) {
  return (
    <Radio value={value} className="tick">
      <span className="tick-box tick-round" aria-hidden="true" />
      <span>{children}</span>
    </Radio>
  );
}
