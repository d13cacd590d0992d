import { commonMessages, languageOfText, useI18n, useMessages } from '../../../i18n/index.ts';
import { knowledgeMessages } from '../messages.ts';
import { type DiffEntry, parseUnifiedDiff } from './unified-diff.ts';

const MARK: Record<DiffEntry['kind'], { symbol: string; label: 'diffAdded' | 'diffRemoved' | 'diffChanged' }> = {
  added: { symbol: '+', label: 'diffAdded' },
  removed: { symbol: '−', label: 'diffRemoved' },
  changed: { symbol: '±', label: 'diffChanged' },
};

/**
 * What changed since the previous version, line by line: each line says in words whether it was
 * added, removed or changed, and the text sits in `<ins>` / `<del>` (read out by screen readers
 * that announce edits), so colour is never the only signal.
 */
export function DiffView({ diff, version }: { diff: string; version: number }) {
  const t = useMessages(knowledgeMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  if (version === 1 || !diff.trim()) {
    return <p className="muted">{version === 1 ? t('diffFirstVersion') : t('diffNone')}</p>;
  }
  const parsed = parseUnifiedDiff(diff);
  if (parsed.entries.length === 0) return <p className="muted">{t('diffNone')}</p>;
  return (
    <>
      <p>
        {t('diffAgainst', { from: version - 1, to: version })}
        {common('fieldSeparator')}
        <strong>
          {t('diffSummary', {
            added: format.number(parsed.added),
            removed: format.number(parsed.removed),
            changed: format.number(parsed.changed),
          })}
        </strong>
      </p>
      <ol className="diff-list">
        {parsed.entries.map((entry, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: computed once from a stored diff, never reordered; lines may repeat
          <li key={`${entry.kind}-${entry.line}-${index}`} className={`diff-entry diff-${entry.kind}`}>
            <span className="diff-mark">
              <span aria-hidden="true">{MARK[entry.kind].symbol}</span> {t(MARK[entry.kind].label)}
              <span className="muted"> · {t('diffLine', { line: entry.line })}</span>
            </span>
            {entry.kind === 'changed' ? (
              <span className="diff-pair">
                <span>
                  <span className="diff-label">{t('diffBefore')}: </span>
                  <del lang={languageOfText(entry.before)}>{entry.before}</del>
                </span>
                <span>
                  <span className="diff-label">{t('diffAfter')}: </span>
                  <ins lang={languageOfText(entry.after)}>{entry.after}</ins>
                </span>
              </span>
            ) : entry.kind === 'added' ? (
              <ins lang={languageOfText(entry.after)}>{entry.after}</ins>
            ) : (
              <del lang={languageOfText(entry.before)}>{entry.before}</del>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
