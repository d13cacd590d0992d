import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useParams } from 'react-router';
import { SaidList, Section } from '../../../components/index.ts';
import { languageOfText, useMessages } from '../../../i18n/index.ts';
import type { Minutes } from '../api/task-result.ts';
import { assistantMessages } from '../messages.ts';
import { MinutesEditor } from './minutes-editor.tsx';

/** Minutes as the record reads them: attendees, then each item's discussion, decisions and action items. */
export function MinutesView({ minutes }: { minutes: Minutes }) {
  const t = useMessages(assistantMessages);
  const { jobId } = useParams();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  if (editing && jobId)
    return (
      <Section id="edit-minutes" title={t('editMinutes')}>
        <MinutesEditor
          jobId={jobId}
          minutes={minutes}
          onClose={(saved) => {
            setEditing(false);
            setSaved(saved);
          }}
        />
      </Section>
    );
  return (
    <>
      {jobId ? (
        <div className="page-actions">
          <Button className="button" onPress={() => setEditing(true)}>
            {t('editMinutes')}
          </Button>
          <span role="status">{saved ? t('minutesSaved') : null}</span>
        </div>
      ) : null}
      <Section id="attendees" title={t('attendees')}>
        {minutes.attendees.length === 0 ? (
          <p>{t('noAttendees')}</p>
        ) : (
          <p>
            <SaidList items={minutes.attendees} />
          </p>
        )}
        {minutes.rewrittenCantonese ? <p className="muted">{t('rewrittenCantonese')}</p> : null}
      </Section>
      {minutes.items.map((item, index) => {
        const number = index + 1;
        return (
          <Section
            key={number}
            id={`item-${number}`}
            title={t('itemTitle', { number })}
            titleData={{ title: item.title }}
          >
            <h3>{t('summary')}</h3>
            <p lang={languageOfText(item.summary)}>{item.summary}</p>
            <h3>{t('decisions')}</h3>
            {item.decisions.length === 0 ? (
              <p className="muted">{t('noDecisions')}</p>
            ) : (
              <ul>
                {item.decisions.map((decision) => (
                  <li key={decision} lang={languageOfText(decision)}>
                    {decision}
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('actions')}</h3>
            {item.actions.length === 0 ? (
              <p className="muted">{t('noActions')}</p>
            ) : (
              <table className="data">
                <caption>{t('actionsCaption', { number })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colAction')}</th>
                    <th scope="col">{t('colOwner')}</th>
                    <th scope="col">{t('colDue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {item.actions.map((action, row) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: action items are a fixed list
                    <tr key={row}>
                      <th scope="row" lang={languageOfText(action.action)}>
                        {action.action}
                      </th>
                      <td lang={languageOfText(action.owner ?? '')}>{action.owner ?? t('notStated')}</td>
                      <td>{action.due ?? t('notStated')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
        );
      })}
    </>
  );
}
