import { guardPolicyMessages, piiTypeLabel } from '../../../components/guard-policy-messages.ts';
import { GuardReasons } from '../../../components/guard-reasons.tsx';
import { languageOfText, useMessages } from '../../../i18n/index.ts';
import type { VersionDetail } from '../api/knowledge.ts';
import { knowledgeMessages } from '../messages.ts';
import type { DraftFinding } from './draft-finding.ts';

const KIND: Record<
  DraftFinding['kinds'][number],
  { symbol: string; label: 'findingInjection' | 'findingPii' | 'findingUrl' }
> = {
  injection: { symbol: '⚠', label: 'findingInjection' },
  pii: { symbol: '◆', label: 'findingPii' },
  url: { symbol: '↗', label: 'findingUrl' },
};

/** The import scan's findings, each with the entry it is in (key, number, question, page) and why. */
export function FindingsTable({ findings, chunks }: { findings: DraftFinding[]; chunks: VersionDetail['chunks'] }) {
  const t = useMessages(knowledgeMessages);
  const words = useMessages(guardPolicyMessages);
  const piiLabel = (type: string) => piiTypeLabel(words, type);
  if (findings.length === 0) return <p>{t('noFindings')}</p>;
  return (
    <table className="data">
      <caption>{t('findingsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colLocation')}</th>
          <th scope="col">{t('colKinds')}</th>
          <th scope="col">{t('colDetails')}</th>
        </tr>
      </thead>
      <tbody>
        {findings.map((finding) => {
          const chunk = chunks.find((candidate) => candidate.ordinal === finding.ordinal);
          return (
            <tr key={`${finding.ordinal}-${finding.entryKey}`}>
              <th scope="row">
                <code>{finding.entryKey}</code>
                <br />
                <span className="muted">
                  {t('entryNumber', { number: finding.ordinal + 1 })}
                  {chunk?.page ? ` · ${t('pageNumber', { page: chunk.page })}` : null}
                </span>
                {chunk?.question ? (
                  <div lang={languageOfText(chunk.question, chunk.language)}>{chunk.question}</div>
                ) : null}
              </th>
              <td>
                <ul className="plain-list">
                  {finding.kinds.map((kind) => (
                    <li key={kind}>
                      <span aria-hidden="true">{KIND[kind].symbol}</span> {t(KIND[kind].label)}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <ul className="plain-list">
                  {finding.kinds.includes('injection') ? (
                    <li>
                      {finding.injectionScore !== null
                        ? t('injectionDetail', { score: finding.injectionScore.toFixed(2) })
                        : null}
                      {/* In the page's language where the detector has the words; else English, marked so. */}
                      {finding.injectionReasons.length ? (
                        <>
                          {' — '}
                          <GuardReasons reasons={finding.injectionReasons} />
                        </>
                      ) : null}{' '}
                      <strong>{t('injectionWithheld')}</strong>
                    </li>
                  ) : null}
                  {finding.pii.map((pii) => (
                    <li key={pii.type}>{t('piiDetail', { type: piiLabel(pii.type), count: pii.count })}</li>
                  ))}
                  {finding.urls.map((url) => (
                    <li key={`${url.host}-${url.verdict}`}>
                      {t('urlDetail', { host: url.host, verdict: url.verdict })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
