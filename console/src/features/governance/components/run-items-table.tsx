import { Said } from '../../../components/index.ts';
import { commonMessages, useMessages } from '../../../i18n/index.ts';
import type { EvaluationRunWithItems } from '../api/evaluations-api.ts';
import { valueKey } from '../labels.ts';
import { governanceMessages } from '../messages.ts';
import { ItemReason } from './item-reason.tsx';

/** An expected FAQ entry is named `source-uuid:entry-id:language`: the entry and language say enough. */
const expectedText = (expected: string) => expected.replace(/^[0-9a-f-]{36}:/i, '');

/**
 * A run's items: the prompt asked, what was expected, the bot's answer, the verdict and why. The
 * prompts come from the bot's FAQ entries and the suites' datasets, often in English in the Chinese
 * console (and the reverse): each prompt carries the language the run recorded, the answer and the
 * expected text the language they are written in, so a screen reader reads them with the right voice.
 */
export function RunItemsTable({ items }: { items: EvaluationRunWithItems['items'] }) {
  const t = useMessages(governanceMessages);
  const common = useMessages(commonMessages);
  return (
    <table className="data">
      <caption>{t('itemsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('colPrompt')}</th>
          <th scope="col">{t('colAnswer')}</th>
          <th scope="col">{t('colVerdict')}</th>
          <th scope="col">{t('colReason')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.ordinal}>
            <td>{item.ordinal}</td>
            <th scope="row">
              <Said text={item.prompt} language={item.language} />
              {item.expected ? (
                <div className="muted governance-purpose">
                  {t('colExpected')}
                  {common('fieldSeparator')}
                  <Said text={expectedText(item.expected)} />
                </div>
              ) : null}
            </th>
            <td>
              <Said text={item.answer} />
            </td>
            <td>
              <span className={item.verdict === 'pass' ? 'badge badge-ok' : 'badge badge-danger'}>
                {t(valueKey('verdict', item.verdict))}
              </span>
            </td>
            <td>
              <ItemReason item={item} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
