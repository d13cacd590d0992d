import { SelectField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { ANY_KEY, choiceKey, codeOfKey, type FacetChoice, facetChoices } from '../api/facet-choices.ts';
import { auditMessages } from '../messages.ts';

/**
 * A choice among the codes the trail holds (actions, entity types), each in words with its count and
 * the code beneath: "Any", then "Added a person (12 entries)" over `user.create`. Typing a code's
 * first letters moves to it, as people search the trail by code. A code with no words is offered as
 * itself. `value` is the code ('' for any); one the trail does not hold stays chosen and shown (see
 * `facetChoices`).
 */
export function FacetSelect({
  label,
  description,
  anyLabel,
  counts,
  wordsFor,
  value,
  onChange,
}: {
  label: string;
  description: string;
  anyLabel: string;
  /** Undefined until the server has answered. */
  counts: readonly FacetChoice[] | undefined;
  /** A code's words in the officer's language; null when the console has none. */
  wordsFor: (code: string) => string | null;
  value: string;
  onChange: (code: string) => void;
}) {
  const t = useMessages(auditMessages);
  const { format } = useI18n();
  return (
    <SelectField
      label={label}
      description={description}
      value={value ? choiceKey(value) : ANY_KEY}
      onChange={(key) => onChange(codeOfKey(key))}
      options={[
        { id: ANY_KEY, label: anyLabel },
        ...facetChoices(counts, value).map(({ code, count }) => {
          const words = wordsFor(code);
          const name = words ?? code;
          return {
            id: choiceKey(code),
            label: count === null ? name : t('facetOption', { name, count: format.number(count) }),
            textValue: code,
            ...(words === null ? {} : { detail: code }),
          };
        }),
      ]}
    />
  );
}
