import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.ts';

/**
 * Items that are elements (links, people's words with their `lang`) joined as a list in the
 * officer's language: "A, B and C" / "甲、乙及丙" (`format.listParts`). A list of plain words takes
 * `format.list` instead.
 *
 * @example <InlineList items={ids.map((id) => <Link key={id} to={id}>{nameOf(id)}</Link>)} />
 */
export function InlineList({ items }: { items: readonly ReactNode[] }) {
  const { format } = useI18n();
  // The formatter places the items; their stand-ins are their indexes, taken back in order.
  let next = 0;
  return (
    <>
      {format.listParts(items.map((_, index) => String(index))).map((part, index) =>
        part.type === 'element' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one list, in its order
          <Fragment key={index}>{items[next++]}</Fragment>
        ) : (
          part.value
        ),
      )}
    </>
  );
}
