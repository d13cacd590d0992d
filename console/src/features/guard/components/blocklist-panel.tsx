import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage, QueryView, TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { blocklistQuery, useBlockDomains, useUnblockDomain } from '../api/guard-api.ts';
import { guardMessages } from '../messages.ts';

/** The platform-wide URL blocklist: search it, block domains, remove a false positive. */
export function BlocklistPanel() {
  const t = useMessages(guardMessages);
  const { format } = useI18n();
  const [search, setSearch] = useState('');
  const contains = search.trim();
  const list = useQuery(blocklistQuery(contains));
  const block = useBlockDomains();
  const send = useSendOnce(block);
  const unblock = useUnblockDomain();
  const sendUnblock = useSendOnce(unblock);
  const [domains, setDomains] = useState('');
  const [announced, setAnnounced] = useState<string | null>(null);
  const [rejected, setRejected] = useState<string[]>([]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAnnounced(null);
    send({ source: t('consoleSource'), content: domains }, (result) => {
      setRejected(result.rejected);
      setAnnounced(t('added', { count: format.number(result.added) }));
      if (result.rejected.length === 0) setDomains('');
    });
  };
  const serverField = block.error instanceof ProblemError ? block.error.fieldMessage('body.content') : undefined;
  const fieldError =
    serverField ?? (rejected.length > 0 ? t('rejectedLines', { lines: format.list(rejected) }) : undefined);
  return (
    <>
      <p>{t('blocklistIntro')}</p>
      <TextField label={t('searchDomains')} type="search" value={search} onChange={setSearch} />
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('noDomains')}</p>
          ) : (
            <table className="data" aria-busy={list.isPlaceholderData || undefined}>
              <caption>{t('blocklistCaption', { count: format.number(data.total) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('colDomain')}</th>
                  <th scope="col">{t('colSource')}</th>
                  <th scope="col">{t('colAdded')}</th>
                  <th scope="col">{t('remove')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.domain}>
                    <th scope="row">
                      <code>{item.domain}</code>
                    </th>
                    <td>{item.source}</td>
                    <td>{format.dateTime(item.createdAt)}</td>
                    <td>
                      <Button
                        className="button button-quiet"
                        aria-label={t('removeDomain', { domain: item.domain })}
                        isPending={unblock.isPending}
                        onPress={() => {
                          setAnnounced(null);
                          sendUnblock(item.domain, () => setAnnounced(t('removed', { domain: item.domain })));
                        }}
                      >
                        {t('remove')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      {unblock.error ? <ProblemMessage error={unblock.error} /> : null}
      <h3>{t('addTitle')}</h3>
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <TextField
          label={t('addDomains')}
          description={t('addHelp')}
          multiline
          rows={3}
          value={domains}
          onChange={setDomains}
          error={fieldError}
        />
        <Button type="submit" className="button" isPending={block.isPending}>
          {t('addButton')}
        </Button>
      </Form>
      {block.error && !serverField ? <ProblemMessage error={block.error} /> : null}
      <p role="status">{announced}</p>
    </>
  );
}
