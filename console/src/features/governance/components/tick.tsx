import type { ReactNode } from 'react';
import { Checkbox, Radio } from 'react-aria-components';

/** A tick box drawn beside its label (react-aria: Space toggles it). */
export function Tick({
  isSelected,
  onChange,
  children,
}: {
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  children: ReactNode;
}) {
  return (
    <Checkbox className="gov-tick" isSelected={isSelected} onChange={onChange}>
      <span className="gov-tick-box" aria-hidden="true" />
      <span>{children}</span>
    </Checkbox>
  );
}

/** One choice of a RadioGroup, drawn as a round tick (arrow keys move between choices). */
export function Choice({ value, children }: { value: string; children: ReactNode }) {
  return (
    <Radio value={value} className="gov-tick">
      <span className="gov-tick-box gov-tick-round" aria-hidden="true" />
      <span>{children}</span>
    </Radio>
  );
}
