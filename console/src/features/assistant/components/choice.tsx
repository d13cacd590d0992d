import type { ReactNode } from 'react';
import { Checkbox, Radio } from 'react-aria-components';

/** A checkbox with a visible box (react-aria: Space toggles it, the label is the accessible name). */
export function Tick({ value, children }: { value: string; children: ReactNode }) {
  return (
    <Checkbox value={value} className="assistant-tick">
      <span className="assistant-tick-box" aria-hidden="true" />
      <span>{children}</span>
    </Checkbox>
  );
}

/** A radio button drawn like {@link Tick}, round. */
export function RadioChoice({ value, children }: { value: string; children: ReactNode }) {
  return (
    <Radio value={value} className="assistant-tick">
      <span className="assistant-tick-box assistant-tick-round" aria-hidden="true" />
      <span>{children}</span>
    </Radio>
  );
}
