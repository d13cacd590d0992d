import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { LazyDayBars, ProblemMessage, QueryView, Section, SelectField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { useSendOnce } from '../../../lib/send-once.ts';
import { botRunsQuery, suitesQuery, useStartRun } from '../api/evaluations-api.ts';
import { statusBadge, valueKey } from '../labels.ts';
import { governanceMessages } from '../messages.ts';

/**
 * A bot's evaluations: start a run of a suite (evaluation:run), the chosen suite's scores run by
 * run as a chart, and every run in a table (the chart's numbers, for screen readers too).
 */
export function EvaluationsSection({ botId }: { botId: string }) {
  const t = useMessages(governanceMessages);
  const { format, locale } = useI18n();
  const { can } = useCurrentUser();
  const suites = useQuery(suitesQuery);
  const runs = useQuery(botRunsQuery(botId));
  const start = useStartRun(botId);
  const send = useSendOnce(start);
  const [suiteId, setSuiteId] = useState('golden-qa');
  const suiteName = (id: string) => {
    const suite = suites.data?.find((s) => s.id === id);
    return suite ? suite.name[locale] : id;
  };
  const history = (runs.data ?? [])
    .filter((run) => run.suiteId === suiteId && run.score !== null)
    .reverse()
    .map((run) => ({ label: format.dateTime(run.createdAt), score: run.score ?? 0 }));

  return (
    <Section id="evaluations" title={t('sectionEvaluations')}>
      <div className="governance-search">
        <SelectField
          label={t('runSuite')}
          value={suiteId}
          onChange={(value) => {
            setSuiteId(value);
            start.reset();
          }}
          options={(suites.data ?? []).map((suite) => ({ id: suite.id, label: suite.name[locale] }))}
        />
        {can('evaluation:run') ? (
          <Button className="button button-primary" isPending={start.isPending} onPress={() => send(suiteId)}>
            {t('startRun')}
          </Button>
        ) : null}
      </div>
      <div role="status">
        {start.isSuccess ? (
          <p className="notice">{t('runStarted', { suite: suiteName(start.data.run.suiteId) })}</p>
        ) : null}
      </div>
      {start.error ? <ProblemMessage error={start.error} /> : null}
      <QueryView query={runs}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{t('noRuns')}</p>
          ) : (
            <>
              {history.length > 0 ? (
                <figure className="chart">
                  <figcaption>{t('historyChart', { suite: suiteName(suiteId) })}</figcaption>
                  <LazyDayBars
                    rows={history}
                    series={[{ key: 'score', name: t('chartScore'), colour: '#0b57a3' }]}
                    height={180}
                  />
                </figure>
              ) : null}
              <table className="data">
                <caption>{t('historyCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colWhen')}</th>
                    <th scope="col">{t('colSuite')}</th>
                    <th scope="col">{t('colVersion')}</th>
                    <th scope="col">{t('colRunStatus')}</th>
                    <th scope="col" className="number">
                      {t('colScore')}
                    </th>
                    <th scope="col">{t('colGrade')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((run) => (
                    <tr key={run.id}>
                      <th scope="row">
                        <Link to={`/governance/evaluations/${run.id}`}>
                          {t('openRun', { suite: suiteName(run.suiteId), date: format.dateTime(run.createdAt) })}
                        </Link>
                      </th>
                      <td>{suiteName(run.suiteId)}</td>
                      <td>{run.botVersion}</td>
                      <td>
                        <span className={statusBadge(run.status)}>{t(valueKey('run', run.status))}</span>
                      </td>
                      <td className="number">
                        {run.score === null
                          ? ''
                          : t('scoreValue', {
                              score: format.number(run.score),
                              threshold: format.number(run.passThreshold),
                            })}
                      </td>
                      <td>{run.grade ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </QueryView>
    </Section>
  );
}
