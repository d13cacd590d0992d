import { FieldError, Input, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The server's reason for refusing this field (ProblemError.fieldMessage), shown beside it. */
  error?: string | undefined;
  description?: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'search' | 'number';
  multiline?: boolean;
  isRequired?: boolean;
  isDisabled?: boolean;
  name?: string;
  /**
   * The language of what is typed, when it is not the page's (a notice's English words in the
   * Chinese console): set on the input only, as the label, help and error are in the page's language.
   */
  inputLang?: string;
  autoComplete?: string;
  rows?: number;
}

/** A labelled input (or textarea) whose description and server-side error are tied to it for assistive tech. */
export function TextField({ label, error, description, multiline, rows, inputLang, ...props }: TextFieldProps) {
  const lang = inputLang ? { lang: inputLang } : {};
  return (
    <AriaTextField className="field" {...props} isInvalid={error !== undefined} validationBehavior="aria">
      <Label>{label}</Label>
      {multiline ? <TextArea rows={rows ?? 4} {...lang} /> : <Input {...lang} />}
      {description ? <Text slot="description">{description}</Text> : null}
      <FieldError>{error}</FieldError>
    </AriaTextField>
  );
}
