import { useQuery } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { QueryView, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { type ChainVerdict, chainVerdictQuery } from '../api/audit-api.ts';
import { auditMessages } from '../messages.ts';
import './audit.css';

/**
 * The chain's verdict, said in words with a symbol (never colour alone): verified, or broken at
 * entry N and why; then what the anchor outside the database says.
 */
export function ChainStatus() {
  const t = useMessages(auditMessages);
  const verdict = useQuery(chainVerdictQuery);
  return (
    <Section id="chain" title={t('chainTitle')}>
      <QueryView query={verdict}>{(data) => <ChainVerdictView verdict={data} />}</QueryView>
      <Button className="button" isPending={verdict.isFetching} onPress={() => void verdict.refetch()}>
        {verdict.isFetching ? t('checking') : t('recheck')}
      </Button>
    </Section>
  );
}

/** The verdict as words: what the status region announces. */
export function ChainVerdictView({ verdict }: { verdict: ChainVerdict }) {
  const t = useMessages(auditMessages);
  const { format } = useI18n();
  const chainOk = verdict.firstBrokenSeq === undefined;
  const anchor = verdict.anchor;
  const anchorText = !anchor.anchored
    ? t('anchorNotAnchored')
    : anchor.ok
      ? anchor.latest
        ? t('anchorOk', {
            count: format.number(anchor.checkpoints ?? 0),
            seq: anchor.latest.seq,
            at: format.dateTime(anchor.latest.at),
          })
        : t('anchorOkNoLatest', { count: format.number(anchor.checkpoints ?? 0) })
      : anchor.seq !== undefined
        ? t('anchorProblem', {
            problem: t(`problem_${anchor.problem ?? 'unreadable'}`),
            seq: anchor.seq,
            reason: anchor.reason ?? '',
          })
        : t('anchorProblemNoSeq', {
            problem: t(`problem_${anchor.problem ?? 'unreadable'}`),
            reason: anchor.reason ?? '',
          });
  return (
    <div role="status" className="audit-verdict">
      <p className={`audit-verdict-line ${chainOk ? 'audit-ok' : 'audit-broken'}`}>
        <span aria-hidden="true" className="audit-verdict-mark">
          {chainOk ? '✓' : '✗'}
        </span>
        <strong>{chainOk ? t('statusOk') : t('statusBroken')}</strong>{' '}
        {chainOk
          ? t('chainVerified', { count: format.number(verdict.entries) })
          : t('chainBroken', { seq: verdict.firstBrokenSeq ?? 0, reason: verdict.reason ?? '' })}
      </p>
      <p
        className={`audit-verdict-line ${!anchor.anchored ? 'audit-unanchored' : anchor.ok ? 'audit-ok' : 'audit-broken'}`}
      >
        <span aria-hidden="true" className="audit-verdict-mark">
          {!anchor.anchored ? '–' : anchor.ok ? '✓' : '✗'}
        </span>
        <strong>{t('anchorTitle')}:</strong> {anchorText}
      </p>
      {verdict.headHash ? (
        <p className="muted">
          {t('headHash')}: <code className="audit-hash">{verdict.headHash}</code>
        </p>
      ) : null}
    </div>
  );
}
