import { useState } from 'react';
import { OnOffSwitch, Section } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import type { AuditEntry } from '../api/audit-api.ts';
import { auditMessages } from '../messages.ts';
import { useCodeWords } from './code-words.ts';
import { diffJson } from './json-diff.ts';
import './audit.css';

/** One entry: who, what, when, its place in the chain (hash, previous hash), and what changed, field by field. */
export function EntryDetail({ entry }: { entry: AuditEntry }) {
  const t = useMessages(auditMessages);
  const { format } = useI18n();
  const words = useCodeWords();
  const [showSame, setShowSame] = useState(false);
  const changes = diffJson(entry.before, entry.after);
  const shown = showSame ? changes : changes.filter((change) => change.kind !== 'same');
  const absent = <span className="muted">{t('absent')}</span>;
  return (
    <>
      <Section id="entry-fields" title={t('fieldsCaption')}>
        <dl className="audit-fields">
          <dt>{t('at')}</dt>
          <dd>{format.dateTime(entry.at)}</dd>
          <dt>{t('action')}</dt>
          <dd>
            <WordsAndCode words={words.action(entry.action)} code={entry.action} />
          </dd>
          <dt>{t('entity')}</dt>
          <dd>
            <WordsAndCode words={words.entityType(entry.entityType)} code={entry.entityType} />
            {entry.entityId ? (
              <>
                {' '}
                <code>{entry.entityId}</code>
              </>
            ) : null}
          </dd>
          <dt>{t('actor')}</dt>
          <dd>
            <code>{entry.actorId}</code>
          </dd>
          <dt>{t('role')}</dt>
          <dd>
            <code>{entry.actorRole}</code>
          </dd>
          <dt>{t('department')}</dt>
          <dd>{entry.departmentId ? <code>{entry.departmentId}</code> : absent}</dd>
          <dt>{t('requestId')}</dt>
          <dd>{entry.requestId ? <code>{entry.requestId}</code> : absent}</dd>
          <dt>{t('hash')}</dt>
          <dd>
            <code className="audit-hash">{entry.hash}</code>
          </dd>
          <dt>{t('prevHash')}</dt>
          <dd>
            <code className="audit-hash">{entry.prevHash}</code>
          </dd>
        </dl>
      </Section>
      <Section id="entry-changes" title={t('changesTitle')}>
        {changes.length === 0 ? (
          <p>{t('noChanges')}</p>
        ) : (
          <>
            <OnOffSwitch isSelected={showSame} onChange={setShowSame}>
              {t('showUnchanged')}
            </OnOffSwitch>
            <table className="data">
              <caption>{t('changesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('field')}</th>
                  <th scope="col">{t('change')}</th>
                  <th scope="col">{t('before')}</th>
                  <th scope="col">{t('after')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((change) => (
                  <tr key={change.path} className={`audit-change-${change.kind}`}>
                    <th scope="row">
                      <code>{change.path || '—'}</code>
                    </th>
                    <td>{t(`change_${change.kind}`)}</td>
                    <td>{change.before === undefined ? absent : <pre className="audit-json">{change.before}</pre>}</td>
                    <td>{change.after === undefined ? absent : <pre className="audit-json">{change.after}</pre>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Section>
    </>
  );
}

/** A code in words with the code beside it, as the entry holds it; a code with no words is shown as the code alone. */
function WordsAndCode({ words, code }: { words: string | null; code: string }) {
  return words === null ? (
    <code>{code}</code>
  ) : (
    <>
      {words} <code>{code}</code>
    </>
  );
}
