import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Page, QueryView } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { isFinished, runQuery, suitesQuery } from '../api/evaluations-api.ts';
import { RunItemsTable } from '../components/run-items-table.tsx';
import { statusBadge, valueKey } from '../labels.ts';
import { governanceMessages } from '../messages.ts';

/** `/console/governance/evaluations/:id`: one run and its items (prompt, answer, verdict, why). */
export default function RunPage() {
  const { id = '' } = useParams();
  const t = useMessages(governanceMessages);
  const { format, locale } = useI18n();
  const run = useQuery(runQuery(id));
  const suites = useQuery(suitesQuery);
  return (
    <QueryView query={run} asPage>
      {(loaded) => {
        const suite = suites.data?.find((s) => s.id === loaded.suiteId);
        const suiteName = suite ? suite.name[locale] : loaded.suiteId;
        const status = t(valueKey('run', loaded.status));
        return (
          <Page
            title={t('runTitle', { suite: suiteName })}
            description={t('runIntro', { bot: loaded.botId, version: loaded.botVersion, status })}
            actions={
              <Link className="button" to={`/governance/bots/${loaded.botId}`}>
                {t('backToApplication')}
              </Link>
            }
          >
            <div role="status">
              {isFinished(loaded) ? (
                <p>
                  <span className={statusBadge(loaded.status)}>{status}</span>{' '}
                  {t('runSummary', {
                    passed: format.number(loaded.passedCount),
                    count: format.number(loaded.itemCount),
                    score: loaded.score === null ? '—' : format.number(loaded.score),
                    grade: loaded.grade ?? '—',
                  })}
                </p>
              ) : (
                <p className="muted">{t('runPending', { status })}</p>
              )}
            </div>
            {loaded.error ? <p className="problem">{loaded.error}</p> : null}
            {loaded.items.length > 0 ? <RunItemsTable items={loaded.items} /> : null}
          </Page>
        );
      }}
    </QueryView>
  );
}
