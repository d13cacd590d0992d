import { Fragment, type ReactElement } from 'react';
import { languageOfText } from '../i18n/index.ts';

/**
 * A message (`t('key')` with its `{name}` placeholders left in) around people's own words — an
 * approver's reason, a source's title: each value goes in its own element with the language it is
 * written in, so a screen reader switches voice for an English reason in the Chinese console. A value
 * that is an element (a `SaidList`, a link) is placed as it is: it marks its own language.
 *
 * @example <MessageWithData template={t('rejectedBecause')} data={{ reason: version.rejectReason }} />
 */
export function MessageWithData({ template, data }: { template: string; data: Record<string, string | ReactElement> }) {
  // Split with a capture group: even indexes are the message's text, odd ones placeholder names.
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const value = data[part];
        if (value === undefined) return `{${part}}`;
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed message, never reordered
        if (typeof value !== 'string') return <Fragment key={index}>{value}</Fragment>;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed message, never reordered
          <span key={index} lang={languageOfText(value)}>
            {value}
          </span>
        );
      })}
    </>
  );
}
