import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';

/**
 * A labelled calendar day (`YYYY-MM-DD`, the browser's own date input: typed or picked, keyboard
 * operable), with its description and server-side error tied to it.
 */
export function DateField({
  label,
  value,
  onChange,
  description,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string | undefined;
}) {
  return (
    <AriaTextField
      className="field"
      value={value}
      onChange={onChange}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label>{label}</Label>
      <Input type="date" />
      {description ? <Text slot="description">{description}</Text> : null}
      <FieldError>{error}</FieldError>
    </AriaTextField>
  );
}
