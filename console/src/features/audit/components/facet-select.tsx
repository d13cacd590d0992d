import { SelectField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { ANY_KEY, choiceKey, codeOfKey, type FacetChoice, facetChoices } from '../api/facet-choices.ts';
import { auditMessages } from '../messages.ts';

/**
 * A choice among the codes the trail holds (actions, entity types), each with its count: "Any", then
 * `user.create (12 entries)`. `value` is the code ('' for any); one the trail does not hold stays
 * chosen and shown (see `facetChoices`).
 */
export function FacetSelect({
  label,
  description,
  anyLabel,
  counts,
  value,
  onChange,
}: {
  label: string;
  description: string;
  anyLabel: string;
  /** Undefined until the server has answered. */
  counts: readonly FacetChoice[] | undefined;
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
        ...facetChoices(counts, value).map(({ code, count }) => ({
          id: choiceKey(code),
          label: count === null ? code : t('facetOption', { code, count: format.number(count) }),
        })),
      ]}
    />
  );
}
