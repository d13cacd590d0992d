import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Page, QueryView, TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { botsQuery } from '../api/bots.ts';
import { botStatus, matchesFilter } from '../bot-status.ts';
import { botMessages } from '../messages.ts';

/** `/console/bots`: the department's bots, their names in both languages, status and last change. */
export default function BotListPage() {
  const t = useMessages(botMessages);
  const { format } = useI18n();
  const { can } = useCurrentUser();
  const bots = useQuery(botsQuery);
  const [filter, setFilter] = useState('');

  return (
    <Page
      title={t('listTitle')}
      description={t('listIntro')}
      actions={
        can('bot:manage') ? (
          <Link className="button button-primary" to="new">
            {t('newBot')}
          </Link>
        ) : null
      }
    >
      <div className="list-filter">
        <TextField
          label={t('filterLabel')}
          type="search"
          name="filter"
          value={filter}
          onChange={setFilter}
          description={t('filterHelp')}
        />
      </div>
      <QueryView query={bots}>
        {(items) => {
          const shown = items.filter((bot) => matchesFilter(bot, filter));
          return (
            <>
              <p role="status" className="visually-hidden">
                {t('tableCaption', { count: format.number(shown.length) })}
              </p>
              <table className="data">
                <caption>{t('tableCaption', { count: format.number(shown.length) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colId')}</th>
                    <th scope="col">{t('colNameZh')}</th>
                    <th scope="col">{t('colNameEn')}</th>
                    <th scope="col">{t('colStatus')}</th>
                    <th scope="col">{t('colChanged')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((bot) => {
                    const status = botStatus(bot);
                    return (
                      <tr key={bot.id}>
                        <th scope="row">
                          <Link to={bot.id}>{bot.id}</Link>
                        </th>
                        <td lang="zh-Hant-HK">{bot.name.zh}</td>
                        <td lang="en">{bot.name.en}</td>
                        <td>
                          <span className={status.published ? 'badge badge-ok' : 'badge badge-neutral'}>
                            {t(status.key, status.values)}
                          </span>
                        </td>
                        <td>{format.dateTime(bot.changedAt)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {shown.length === 0 ? <p className="muted">{t('noBots')}</p> : null}
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
