import { Said, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { assistantMessages } from '../messages.ts';

/** Cantonese lines beside their written-Chinese rewrite. */
export function RewriteView({
  lines,
  changed,
}: {
  lines: readonly { text: string; written: string }[];
  changed: number;
}) {
  const t = useMessages(assistantMessages);
  const { format } = useI18n();
  return (
    <Section id="rewrite" title={t('taskRewrite')}>
      <table className="data">
        <caption>{t('rewriteCaption', { changed: format.number(changed) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colSaid')}</th>
            <th scope="col">{t('colWritten')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, row) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines keep the transcript's order
            <tr key={row}>
              <td lang="yue-Hant">{line.text}</td>
              <td>
                <Said text={line.written} language="zh-Hant" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
