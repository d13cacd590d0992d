import type { Key } from 'react-aria-components';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';
import './select-field.css';

export interface SelectOption {
  id: string;
  label: string;
  /** The option's language when it is not the page's (a department's other-language name). */
  lang?: string;
  /**
   * Secondary text shown under the label, in the list and in the chosen value (the code an option
   * stands for, where people know the code: `user.create` under "Added a person"). Part of the
   * option's name, so that what a screen reader says holds what is seen (WCAG 2.5.3).
   */
  detail?: string;
  /** What typing the option's first letters matches, when not its label (the code, for a `detail`). */
  textValue?: string;
}

/** A labelled single choice (react-aria Select: a button opening a listbox, fully keyboard-operable). */
export function SelectField({
  label,
  options,
  value,
  onChange,
  description,
  error,
}: {
  label: string;
  options: readonly SelectOption[];
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string | undefined;
}) {
  return (
    <Select
      className="select-field"
      selectedKey={value}
      onSelectionChange={(key: Key | null) => key !== null && onChange(String(key))}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <Button className="select-field-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </Button>
      {description ? <Text slot="description">{description}</Text> : null}
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="select-field-popover">
        <ListBox items={options}>
          {(option) => (
            <ListBoxItem
              id={option.id}
              textValue={option.textValue ?? option.label}
              {...(option.lang ? { lang: option.lang } : {})}
            >
              {option.detail === undefined ? (
                option.label
              ) : (
                <>
                  {option.label} <span className="select-field-detail">{option.detail}</span>
                </>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
