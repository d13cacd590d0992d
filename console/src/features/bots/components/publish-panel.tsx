import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { ProblemMessage } from '../../../components/index.ts';
import { useMessages } from '../../../i18n/index.ts';
import { useCurrentUser } from '../../../lib/current-user.tsx';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type BotView, usePublishBot, useUnpublishBot } from '../api/bots.ts';
import { botMessages } from '../messages.ts';

/**
 * Publish the latest draft or withdraw the bot. Only roles with `bot:publish` see the buttons; the
 * server stays the authority and its refusal is shown as it gives it.
 */
export function PublishPanel({ view }: { view: BotView }) {
  const t = useMessages(botMessages);
  const { can } = useCurrentUser();
  const publish = usePublishBot(view.id);
  const unpublish = useUnpublishBot(view.id);
  const sendPublish = useSendOnce(publish);
  const sendUnpublish = useSendOnce(unpublish);
  const mayPublish = can('bot:publish');
  const latestIsServed = view.publishedVersion === view.latest.version;
  const done = publish.isSuccess
    ? t('published', { version: publish.data.publishedVersion ?? view.latest.version })
    : unpublish.isSuccess
      ? t('unpublished')
      : null;

  return (
    <div className="publish-panel">
      <p>
        {t('servedNow', {
          status:
            view.publishedVersion === null ? t('servedNone') : t('servedVersion', { version: view.publishedVersion }),
        })}
      </p>
      <p className="field-help">{t('publishIntro')}</p>
      {mayPublish ? (
        <div className="button-row">
          {latestIsServed ? (
            <p className="muted">{t('nothingToPublish')}</p>
          ) : (
            <Button
              className="button button-primary"
              isPending={publish.isPending}
              onPress={() => {
                // Only the other step's answer is cleared: sending replaces this one's, and a reset
                // would part the mutation from a publication already on its way (a second press).
                unpublish.reset();
                sendPublish(view.latest.version);
              }}
            >
              {publish.isPending ? t('publishing') : t('publish', { version: view.latest.version })}
            </Button>
          )}
          {view.publishedVersion !== null ? (
            <Button
              className="button button-danger"
              isPending={unpublish.isPending}
              onPress={() => {
                publish.reset();
                sendUnpublish(undefined);
              }}
            >
              {unpublish.isPending ? t('unpublishing') : t('unpublish')}
            </Button>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t('noPublishRight')}</p>
      )}
      <div role="status">{done ? <p className="notice">{done}</p> : null}</div>
      {publish.error ? <PublishRefusal botId={view.id} error={publish.error} /> : null}
      {unpublish.error ? <ProblemMessage error={unpublish.error} /> : null}
    </div>
  );
}

/**
 * A refused publication: the go-live gate's unmet conditions (409, one issue per condition named
 * `gate.<id>`, worded in the officer's language by the server) with a link to the bot's governance
 * page, where each condition says what to do; any other refusal as the server gave it.
 */
export function PublishRefusal({ botId, error }: { botId: string; error: unknown }) {
  const t = useMessages(botMessages);
  const conditions =
    error instanceof ProblemError && error.problem.status === 409
      ? error.problem.errors.filter((issue) => issue.field.startsWith('gate.'))
      : [];
  if (conditions.length === 0) return <ProblemMessage error={error} />;
  return (
    <div className="problem" role="alert">
      <p className="problem-title">{t('gateRefused', { count: conditions.length })}</p>
      <ul>
        {conditions.map((condition) => (
          <li key={condition.field}>{condition.message}</li>
        ))}
      </ul>
      <p>
        <Link to={`/governance/bots/${botId}`}>{t('gateOpenApplication')}</Link>
      </p>
    </div>
  );
}
