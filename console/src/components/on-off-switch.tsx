import type { ReactNode } from 'react';
import { Switch } from 'react-aria-components';
import './on-off-switch.css';

/** A setting that is on or off, drawn as a switch beside its label (react-aria: Space flips it). */
export function OnOffSwitch({
  isSelected,
  onChange,
  children,
}: {
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  children: ReactNode;
}) {
  return (
    <Switch className="on-off" isSelected={isSelected} onChange={onChange}>
      <span className="on-off-track" aria-hidden="true" />
      <span>{children}</span>
    </Switch>
  );
}
