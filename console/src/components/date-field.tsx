import { type CalendarDate, parseDate } from '@internationalized/date';
import { DateInput, DateSegment, DateField as AriaDateField, FieldError, Label, Text } from 'react-aria-components';

/** `YYYY-MM-DD` as a calendar day, or null for an empty or unreadable value. */
function toCalendarDate(value: string): CalendarDate | null {
  try {
    return value ? parseDate(value) : null;
  } catch {
    return null;
  }
}

/**
 * A labelled calendar day in the officer's language's Hong Kong order (en-HK: day/month/year;
 * zh-HK: 年/月/日), typed segment by segment with the keyboard (arrow keys step a segment), with its
 * description and server-side error tied to it. The value stays `YYYY-MM-DD` ('' when empty), what
 * the API takes. The browser's own date input would show the browser's locale instead.
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
    <AriaDateField
      className="field date-field"
      value={toCalendarDate(value)}
      onChange={(date) => onChange(date ? date.toString() : '')}
      isInvalid={error !== undefined}
      validationBehavior="aria"
      granularity="day"
    >
      <Label>{label}</Label>
      <DateInput className="date-input">
        {(segment) => <DateSegment segment={segment} className="date-segment" />}
      </DateInput>
      {description ? <Text slot="description">{description}</Text> : null}
      <FieldError>{error}</FieldError>
    </AriaDateField>
  );
}
