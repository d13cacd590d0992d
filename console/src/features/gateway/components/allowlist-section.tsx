import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ProblemMessage, QueryView, Section, SelectField, TextField } from '../../../components/index.ts';
import { useI18n, useMessages } from '../../../i18n/index.ts';
import { ProblemError } from '../../../lib/problem.ts';
import { useSendOnce } from '../../../lib/send-once.ts';
import { type AllowlistEntry, allowlistQuery, providersQuery, usePutAllowlist } from '../api/gateway.ts';
import { theirChanges } from '../allowlist-changes.ts';
import { gatewayMessages } from '../messages.ts';

/**
 * The department's allow-list: every role that reads the gateway sees it; platform admins add and
 * remove entries. Each save sends the list as the page read it, so the server makes only this
 * change to the list as it is now; what someone else changed meanwhile is kept, and said.
 */
export function AllowlistSection({ departmentId, canManage }: { departmentId: string; canManage: boolean }) {
  const t = useMessages(gatewayMessages);
  const { format } = useI18n();
  const allowlist = useQuery(allowlistQuery(departmentId));
  const put = usePutAllowlist(departmentId);
  const sendPut = useSendOnce(put);
  const [announcement, setAnnouncement] = useState('');
  const save = (entries: AllowlistEntry[], base: AllowlistEntry[]) =>
    sendPut({ entries, base }, (saved) => {
      const theirs = theirChanges(entries, saved.entries);
      const kept =
        theirs.added.length + theirs.removed.length > 0
          ? ` ${t('allowlistTheirsKept', {
              added: format.list(theirs.added) || t('nothing'),
              removed: format.list(theirs.removed) || t('nothing'),
            })}`
          : '';
      setAnnouncement(`${t('allowlistSaved', { count: saved.entries.length })}${kept}`);
    });
  return (
    <Section id="gateway-allowlist" title={t('allowlist')}>
      <p className="muted">{t('allowlistIntro')}</p>
      <p role="status" className={announcement ? 'notice' : 'visually-hidden'}>
        {announcement}
      </p>
      <QueryView query={allowlist}>
        {(data) => {
          const entries = data.entries.map(({ provider, model }) => ({ provider, model }));
          return (
            <>
              {entries.length === 0 ? <p>{t('allowlistEmpty')}</p> : null}
              <table className="data">
                <caption>{t('allowlistCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('provider')}</th>
                    <th scope="col">{t('model')}</th>
                    <th scope="col">{t('added')}</th>
                    {canManage ? <th scope="col">{t('remove')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {data.entries.map((entry, index) => (
                    <tr key={`${entry.provider}/${entry.model}`}>
                      <th scope="row">{entry.provider}</th>
                      <td>{entry.model}</td>
                      <td>{format.date(entry.createdAt)}</td>
                      {canManage ? (
                        <td>
                          <Button
                            className="button button-danger"
                            isPending={put.isPending}
                            aria-label={t('removeEntry', { provider: entry.provider, model: entry.model })}
                            onPress={() =>
                              save(
                                entries.filter((_, i) => i !== index),
                                entries,
                              )
                            }
                          >
                            {t('remove')}
                          </Button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
              {canManage ? (
                <AddEntryForm
                  pending={put.isPending}
                  error={put.error}
                  onAdd={(entry) => save([...entries, entry], entries)}
                />
              ) : null}
            </>
          );
        }}
      </QueryView>
    </Section>
  );
}

/** Provider (a Select of the registered providers) and model (`*` by default), then add. */
function AddEntryForm({
  pending,
  error,
  onAdd,
}: {
  pending: boolean;
  error: Error | null;
  onAdd: (entry: AllowlistEntry) => void;
}) {
  const t = useMessages(gatewayMessages);
  const providers = useQuery(providersQuery);
  const [provider, setProvider] = useState('');
  const [model, setModel] = useState('*');
  const problem = error instanceof ProblemError ? error : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onAdd({ provider, model: model.trim() });
  };
  const names = (providers.data ?? []).map((p) => ({ id: p.name, label: p.name }));
  return (
    <Form
      className="form gateway-inline-form"
      onSubmit={submit}
      aria-labelledby="allowlist-add"
      validationBehavior="aria"
    >
      <h3 id="allowlist-add">{t('addEntry')}</h3>
      <SelectField
        label={t('provider')}
        options={names}
        value={provider}
        onChange={setProvider}
        error={problem?.fieldMessage('body.entries')}
      />
      <TextField
        label={t('model')}
        name="model"
        value={model}
        onChange={setModel}
        description={t('modelHelp')}
        error={problem?.problem.errors.find((issue) => issue.field.endsWith('.model'))?.message}
        isRequired
      />
      {error ? <ProblemMessage error={error} /> : null}
      <div className="form-actions">
        <Button
          type="submit"
          className="button button-primary"
          isPending={pending}
          isDisabled={!provider || !model.trim()}
        >
          {t('addEntry')}
        </Button>
      </div>
    </Form>
  );
}
